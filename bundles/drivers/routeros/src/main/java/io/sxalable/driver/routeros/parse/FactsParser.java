package io.sxalable.driver.routeros.parse;

import io.sxalable.sdk.driver.DeviceFacts;
import io.sxalable.sdk.driver.UnexpectedOutputException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Device facts from four prints.
 *
 * <ul>
 *   <li>{@value #RESOURCE}: {@code version} ({@code "7.16.1 (stable)"} → osVersion {@code "RouterOS 7.16.1"}),
 *       {@code uptime} ({@code 1w2d3h4m5s}), {@code board-name} (model when there is no RouterBOARD);</li>
 *   <li>{@value #ROUTERBOARD}: {@code routerboard=true} with {@code model} and {@code serial-number} on MikroTik
 *       hardware; {@code routerboard=false} (or no such menu) on CHR and x86;</li>
 *   <li>{@value #LICENSE}: {@code system-id}, the serial stand-in of CHR (only read when there is no RouterBOARD);</li>
 *   <li>{@value #IDENTITY}: {@code name} → hostname.</li>
 * </ul>
 */
public final class FactsParser {

    public static final String RESOURCE = "/system/resource/print";
    public static final String ROUTERBOARD = "/system/routerboard/print";
    public static final String LICENSE = "/system/license/print";
    public static final String IDENTITY = "/system/identity/print";

    private static final Pattern VERSION = Pattern.compile("(\\d+)\\.(\\d+)(?:[.\\w]*)");

    private FactsParser() {
    }

    /**
     * @param resource    the single item of {@value #RESOURCE}
     * @param routerboard the single item of {@value #ROUTERBOARD}, empty when the menu does not exist
     * @param license     the single item of {@value #LICENSE}, empty when not read or not there
     * @param identity    the single item of {@value #IDENTITY}
     * @param interfaces  interface names in device order
     */
    public static DeviceFacts parse(Map<String, String> resource, Optional<Map<String, String>> routerboard,
                                    Optional<Map<String, String>> license, Map<String, String> identity,
                                    List<String> interfaces) throws UnexpectedOutputException {
        String version = Values.required(resource, "version", RESOURCE);
        String osVersion = "RouterOS " + version.replaceFirst("\\s*\\(.*\\)\\s*$", "").strip();
        String uptimeText = Values.required(resource, "uptime", RESOURCE);
        Duration uptime = Durations.parse(uptimeText).orElseThrow(() -> new UnexpectedOutputException(
                "'" + RESOURCE + "': cannot read uptime '" + uptimeText + "'"));

        String model;
        String serial;
        if (isRouterBoard(routerboard)) {
            Map<String, String> rb = routerboard.get();
            model = firstNonBlank(rb.get("model"), rb.get("board-name"), resource.get("board-name"));
            serial = rb.getOrDefault("serial-number", "").strip();
        } else {
            model = firstNonBlank(resource.get("board-name"));
            serial = license.map(l -> l.getOrDefault("system-id", "")).orElse("").strip();
        }
        String hostname = Values.required(identity, "name", IDENTITY);
        return new DeviceFacts("MikroTik", model, osVersion, serial, hostname, uptime, interfaces);
    }

    /** Whether the routerboard print describes MikroTik hardware (with a serial number). */
    public static boolean isRouterBoard(Optional<Map<String, String>> routerboard) {
        return routerboard.isPresent() && Values.bool(routerboard.get().getOrDefault("routerboard", "false"));
    }

    /** The major version of a {@code version} value: {@code "6.49.10 (long-term)"} → 6, {@code "7.16.1 (stable)"} → 7. */
    public static int majorVersion(String version) throws UnexpectedOutputException {
        Matcher m = VERSION.matcher(version == null ? "" : version.strip());
        if (!m.lookingAt()) {
            throw new UnexpectedOutputException("'" + RESOURCE + "': cannot read version '" + version + "'");
        }
        return Integer.parseInt(m.group(1));
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return "";
    }
}

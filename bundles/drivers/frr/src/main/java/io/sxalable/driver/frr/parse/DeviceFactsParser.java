package io.sxalable.driver.frr.parse;

import io.sxalable.sdk.driver.DeviceFacts;
import io.sxalable.sdk.driver.UnexpectedOutputException;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds {@link DeviceFacts} from the outputs of a few commands; FRR has no single "show facts" command.
 *
 * <ul>
 *   <li>vendor: {@code "FRRouting"}, and osVersion {@code "FRRouting 8.4.4"}: first line of {@code show version}
 *       ({@code FRRouting 8.4.4 (r1) on Linux(6.1.0-13-amd64).})</li>
 *   <li>model: {@code "Linux " + uname -m}, e.g. {@code "Linux x86_64"} (FRR runs on generic hosts)</li>
 *   <li>serialNumber: {@code /etc/machine-id}, else {@code /sys/class/dmi/id/product_uuid}, else {@code ""}</li>
 *   <li>hostname: the {@code hostname} line of the running config, else the name in {@code show version}</li>
 *   <li>uptime: first field of {@code /proc/uptime} (the host's uptime), whole seconds</li>
 * </ul>
 */
public final class DeviceFactsParser {

    /** The raw outputs the facts are made from. */
    public record Outputs(String showVersion, String runningConfig, String unameMachine, String procUptime,
                          String machineId) {
    }

    private static final Pattern VERSION_LINE = Pattern.compile("^FRRouting (\\S+) \\(([^)]*)\\) on (.+)$");
    private static final Pattern UPTIME = Pattern.compile("^(\\d+)(\\.\\d+)?\\s+.*");

    private DeviceFactsParser() {
    }

    public static DeviceFacts parse(Outputs outputs, List<String> interfaceNames) throws UnexpectedOutputException {
        String firstLine = firstLine(outputs.showVersion());
        Matcher version = VERSION_LINE.matcher(firstLine);
        if (!version.matches()) {
            throw new UnexpectedOutputException("'show version' does not start with 'FRRouting <version> (<host>) on"
                    + " <os>': " + JsonInput.excerpt(firstLine));
        }
        String hostname = RunningConfigParser.hostname(outputs.runningConfig()).orElse(version.group(2));
        String machine = firstLine(outputs.unameMachine());
        String model = machine.isEmpty() ? "Linux" : "Linux " + machine;
        Matcher uptime = UPTIME.matcher(firstLine(outputs.procUptime()));
        if (!uptime.matches()) {
            throw new UnexpectedOutputException("/proc/uptime is not '<seconds> <idle seconds>': "
                    + JsonInput.excerpt(outputs.procUptime() == null ? "" : outputs.procUptime()));
        }
        return new DeviceFacts("FRRouting", model, "FRRouting " + version.group(1), firstLine(outputs.machineId()),
                hostname, Duration.ofSeconds(Long.parseLong(uptime.group(1))), interfaceNames);
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "";
        }
        String stripped = text.strip();
        int newline = stripped.indexOf('\n');
        return (newline < 0 ? stripped : stripped.substring(0, newline)).strip();
    }
}

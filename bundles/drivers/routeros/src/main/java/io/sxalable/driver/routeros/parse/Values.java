package io.sxalable.driver.routeros.parse;

import io.sxalable.sdk.driver.UnexpectedOutputException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** Small conversions of RouterOS API attribute values. */
public final class Values {

    private static final Pattern MAC = Pattern.compile("([0-9A-Fa-f]{2}:){5}[0-9A-Fa-f]{2}");

    private Values() {
    }

    /** API booleans are {@code true}/{@code false}; the CLI and scripts say {@code yes}/{@code no}. */
    public static boolean bool(String value) {
        if (value == null) {
            return false;
        }
        String v = value.strip().toLowerCase(Locale.ROOT);
        return v.equals("true") || v.equals("yes");
    }

    /** Whether {@code value} is a RouterOS boolean spelling. */
    public static boolean isBool(String value) {
        String v = value.strip().toLowerCase(Locale.ROOT);
        return v.equals("true") || v.equals("yes") || v.equals("false") || v.equals("no");
    }

    /** A non-negative counter; absent → 0. */
    public static long counter(Map<String, String> item, String key, String command) throws UnexpectedOutputException {
        String value = item.get(key);
        if (value == null || value.isEmpty()) {
            return 0;
        }
        try {
            long v = Long.parseLong(value.strip());
            if (v < 0) {
                throw new NumberFormatException("negative");
            }
            return v;
        } catch (NumberFormatException e) {
            throw new UnexpectedOutputException("'" + command + "': " + key + "='" + value + "' of "
                    + item.getOrDefault("name", item.getOrDefault(".id", "?")) + " is not a counter");
        }
    }

    /** A decimal number, if it is one ({@code mtu} is {@code "auto"} on some interfaces). */
    public static Optional<Long> number(String value) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(value.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** {@code 48:A9:8A:12:34:56} → {@code 48:a9:8a:12:34:56}; the all-zero MAC of loopbacks and tunnels → {@code ""}. */
    public static String mac(String value) {
        if (value == null || !MAC.matcher(value.strip()).matches()) {
            return "";
        }
        String mac = value.strip().toLowerCase(Locale.ROOT);
        return mac.equals("00:00:00:00:00:00") ? "" : mac;
    }

    /** The required attribute, or an {@link UnexpectedOutputException} naming the command. */
    public static String required(Map<String, String> item, String key, String command) throws UnexpectedOutputException {
        String value = item.get(key);
        if (value == null || value.isBlank()) {
            throw new UnexpectedOutputException("'" + command + "' returned no '" + key + "' attribute");
        }
        return value;
    }
}

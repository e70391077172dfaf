package io.sxalable.testing.sim.routeros;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** How RouterOS writes times and values. */
final class Formats {

    private Formats() {
    }

    /** The API's compact time: {@code 1w2d3h4m5s}, largest unit first, zero units left out; {@code 0s} for zero. */
    static String duration(Duration d) {
        long s = Math.max(0, d.toSeconds());
        StringBuilder out = new StringBuilder();
        append(out, s / 604800, 'w');
        append(out, s / 86400 % 7, 'd');
        append(out, s / 3600 % 24, 'h');
        append(out, s / 60 % 60, 'm');
        if (s % 60 > 0 || out.length() == 0) {
            out.append(s % 60).append('s');
        }
        return out.toString();
    }

    private static void append(StringBuilder out, long n, char unit) {
        if (n > 0) {
            out.append(n).append(unit);
        }
    }

    /**
     * A value as export writes it: bare when only letters, digits and {@code -_.:/,*+@!}; otherwise in double
     * quotes with {@code " \ $ ?} escaped by a backslash and other bytes below 0x20 or above 0x7E as {@code \HH}.
     */
    static String value(String v) {
        boolean bare = !v.isEmpty();
        for (int i = 0; i < v.length() && bare; i++) {
            char c = v.charAt(i);
            bare = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-_.:/,*+@!".indexOf(c) >= 0;
        }
        if (bare) {
            return v;
        }
        StringBuilder out = new StringBuilder("\"");
        for (byte b : v.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c == '"' || c == '\\' || c == '$' || c == '?') {
                out.append('\\').append((char) c);
            } else if (c < 0x20 || c > 0x7E) {
                out.append('\\').append(String.format("%02X", c));
            } else {
                out.append((char) c);
            }
        }
        return out.append('"').toString();
    }
}

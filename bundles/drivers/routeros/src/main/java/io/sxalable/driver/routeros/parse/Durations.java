package io.sxalable.driver.routeros.parse;

import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * RouterOS time values. The API prints them compactly, largest unit first: {@code 1w2d3h4m5s}, {@code 45m12s},
 * {@code 3s250ms}; the console prints {@code 1w2d03:04:05} and {@code 03:04:05}. Both parse; precision below
 * one second is dropped.
 */
public final class Durations {

    private static final Pattern COMPACT = Pattern.compile("(?:(\\d+)w)?(?:(\\d+)d)?(?:(\\d+)h)?(?:(\\d+)m(?!s))?"
            + "(?:(\\d+)s)?(?:(\\d+)ms)?(?:(\\d+)us)?");
    private static final Pattern CLOCK = Pattern.compile("(?:(\\d+)w)?(?:(\\d+)d)?(\\d{1,2}):(\\d{2}):(\\d{2})(?:\\.\\d+)?");

    private Durations() {
    }

    public static Optional<Duration> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.strip();
        Matcher clock = CLOCK.matcher(t);
        if (clock.matches()) {
            return Optional.of(Duration.ofDays(7 * num(clock.group(1)) + num(clock.group(2)))
                    .plusHours(num(clock.group(3))).plusMinutes(num(clock.group(4))).plusSeconds(num(clock.group(5))));
        }
        Matcher m = COMPACT.matcher(t);
        if (!m.matches() || t.chars().noneMatch(Character::isDigit)) {
            return Optional.empty();
        }
        return Optional.of(Duration.ofDays(7 * num(m.group(1)) + num(m.group(2))).plusHours(num(m.group(3)))
                .plusMinutes(num(m.group(4))).plusSeconds(num(m.group(5))));
    }

    /** The compact form RouterOS prints, e.g. {@code PT50H4M5S} → {@code 2d2h4m5s}; zero → {@code 0s}. */
    public static String format(Duration duration) {
        long s = Math.max(0, duration.getSeconds());
        StringBuilder out = new StringBuilder();
        long w = s / 604800;
        long d = s / 86400 % 7;
        long h = s / 3600 % 24;
        long m = s / 60 % 60;
        long sec = s % 60;
        if (w > 0) {
            out.append(w).append('w');
        }
        if (d > 0) {
            out.append(d).append('d');
        }
        if (h > 0) {
            out.append(h).append('h');
        }
        if (m > 0) {
            out.append(m).append('m');
        }
        if (sec > 0 || out.length() == 0) {
            out.append(sec).append('s');
        }
        return out.toString();
    }

    private static long num(String group) {
        return group == null ? 0 : Long.parseLong(group);
    }
}

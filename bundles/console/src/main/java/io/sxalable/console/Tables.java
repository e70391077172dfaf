package io.sxalable.console;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Optional;
import java.util.stream.Collectors;

/** Formatting shared by the table-printing commands. */
final class Tables {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss'Z'")
            .withZone(ZoneOffset.UTC);

    private Tables() {
    }

    static String time(Instant at) {
        return TIME.format(at);
    }

    static String time(Optional<Instant> at) {
        return at.map(Tables::time).orElse("-");
    }

    static String list(Collection<?> values) {
        return values.stream().map(String::valueOf).sorted().collect(Collectors.joining(","));
    }

    static String duration(Duration d) {
        long s = d.getSeconds();
        return s >= 86400 ? String.format("%dd%02dh%02dm", s / 86400, s % 86400 / 3600, s % 3600 / 60)
                : String.format("%02dh%02dm%02ds", s / 3600, s % 3600 / 60, s % 60);
    }
}

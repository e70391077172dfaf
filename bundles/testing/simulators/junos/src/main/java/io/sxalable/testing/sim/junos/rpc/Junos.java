package io.sxalable.testing.sim.junos.rpc;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Junos's namespaces and time formats. */
public final class Junos {

    static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);
    static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("h:mma").withZone(ZoneOffset.UTC);

    private Junos() {
    }

    /** {@code http://xml.juniper.net/junos/23.4R1/junos}: the release part is the major release of the version. */
    public static String namespace(String version, String suffix) {
        int r = version.indexOf('R');
        String release = r > 0 && r + 1 < version.length() ? version.substring(0, r + 2) : version;
        return "http://xml.juniper.net/junos/" + release + "/" + suffix;
    }

    public static String dateTime(Instant at) {
        return DATE_TIME.format(at);
    }

    /** Junos's short durations: {@code 00:24:37}, {@code 3d 05:12}, {@code 1w2d 05:12}. */
    public static String timeLength(Duration d) {
        long s = Math.max(0, d.getSeconds());
        long weeks = s / (7 * 86400);
        long days = s / 86400 % 7;
        long hours = s / 3600 % 24;
        long minutes = s / 60 % 60;
        if (weeks > 0) {
            return String.format("%dw%dd %02d:%02d", weeks, days, hours, minutes);
        }
        if (days > 0) {
            return String.format("%dd %02d:%02d", days, hours, minutes);
        }
        return String.format("%02d:%02d:%02d", hours, minutes, s % 60);
    }

    /** BGP's "Last Up/Dwn" column: {@code 56:12}, {@code 3:05:12}, {@code 3d 5:12:40}, {@code 1w2d 5:12:40}. */
    public static String bgpElapsed(Duration d) {
        long s = Math.max(0, d.getSeconds());
        long weeks = s / (7 * 86400);
        long days = s / 86400 % 7;
        long hours = s / 3600 % 24;
        long minutes = s / 60 % 60;
        long seconds = s % 60;
        if (weeks > 0) {
            return String.format("%dw%dd %d:%02d:%02d", weeks, days, hours, minutes, seconds);
        }
        if (days > 0) {
            return String.format("%dd %d:%02d:%02d", days, hours, minutes, seconds);
        }
        if (hours > 0) {
            return String.format("%d:%02d:%02d", hours, minutes, seconds);
        }
        return String.format("%d:%02d", minutes, seconds);
    }

    /** BSD {@code uptime} style: {@code 3 days,  5:12}, {@code 5:12}, {@code 12 mins}. */
    public static String upTime(Duration d) {
        long s = Math.max(0, d.getSeconds());
        long days = s / 86400;
        long hours = s / 3600 % 24;
        long minutes = s / 60 % 60;
        String clock = hours > 0 ? String.format("%2d:%02d", hours, minutes) : minutes + " mins";
        if (days > 0) {
            return days + (days == 1 ? " day, " : " days, ") + clock;
        }
        return clock.strip();
    }
}

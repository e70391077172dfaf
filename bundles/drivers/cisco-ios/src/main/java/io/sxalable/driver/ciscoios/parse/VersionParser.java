package io.sxalable.driver.ciscoios.parse;

import io.sxalable.sdk.driver.UnexpectedOutputException;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses {@code show version} of IOS and IOS-XE.
 *
 * <ul>
 *   <li>osVersion: {@code IOS-XE 17.3.4a} when the output has a {@code Cisco IOS XE Software} line, else
 *       {@code IOS 15.9(3)M4}; the version is the one of the {@code Cisco IOS Software ..., Version X,} line</li>
 *   <li>model: the word after {@code cisco} in {@code cisco CSR1000V (VXE) processor ...} or
 *       {@code Cisco CISCO2911/K9 (revision 1.0) with ...}</li>
 *   <li>serialNumber: {@code Processor board ID 9ZL7QYV4K2M}</li>
 *   <li>hostname and uptime: {@code r1 uptime is 1 week, 2 days, 3 hours, 4 minutes}</li>
 * </ul>
 */
public final class VersionParser {

    public static final String COMMAND = "show version";

    /** What {@code show version} says. */
    public record Version(String osVersion, String model, String serialNumber, String hostname, Duration uptime) {
    }

    private static final Pattern XE = Pattern.compile("(?m)^Cisco IOS[ -]XE Software");
    /** The IOS (daemon) version line, in preference order: IOS-XE and IOS 12+, old IOS, the IOS-XE package line. */
    private static final java.util.List<Pattern> IOS_VERSION = java.util.List.of(
            Pattern.compile("(?m)^Cisco IOS Software.*?, Version ([^ ,]+)"),
            Pattern.compile("(?m)^IOS \\(tm\\).*?, Version ([^ ,]+)"),
            Pattern.compile("(?m)^Cisco IOS[ -]XE Software, Version ([^ ,]+)"));
    private static final Pattern MODEL = Pattern.compile("(?im)^cisco\\s+(\\S+)\\s+\\([^)]*\\)\\s+(?:processor|with)");
    private static final Pattern SERIAL = Pattern.compile("(?m)^Processor board ID (\\S+)");
    private static final Pattern UPTIME = Pattern.compile("(?m)^(\\S+) uptime is (.+?)\\s*$");
    private static final Pattern UNIT = Pattern.compile("(\\d+) (year|week|day|hour|minute|second)s?");

    private VersionParser() {
    }

    public static Version parse(String output) throws UnexpectedOutputException {
        String text = output == null ? "" : output.replace("\r", "");
        Matcher version = null;
        for (Pattern p : IOS_VERSION) {
            Matcher m = p.matcher(text);
            if (m.find()) {
                version = m;
                break;
            }
        }
        if (version == null) {
            throw new UnexpectedOutputException("'" + COMMAND + "' has no 'Cisco IOS Software ..., Version X' line");
        }
        Matcher uptime = UPTIME.matcher(text);
        if (!uptime.find()) {
            throw new UnexpectedOutputException("'" + COMMAND + "' has no '<hostname> uptime is ...' line");
        }
        Matcher model = MODEL.matcher(text);
        Matcher serial = SERIAL.matcher(text);
        String os = (XE.matcher(text).find() ? "IOS-XE " : "IOS ") + version.group(1);
        return new Version(os, model.find() ? model.group(1) : "", serial.find() ? serial.group(1) : "",
                uptime.group(1), uptime(uptime.group(2)));
    }

    /** {@code 1 year, 2 weeks, 3 days, 4 hours, 5 minutes} (any subset) as a duration. */
    public static Duration uptime(String text) throws UnexpectedOutputException {
        Matcher m = UNIT.matcher(text);
        Duration total = Duration.ZERO;
        boolean any = false;
        while (m.find()) {
            any = true;
            long n = Long.parseLong(m.group(1));
            total = total.plus(switch (m.group(2)) {
                case "year" -> Duration.ofDays(365 * n);
                case "week" -> Duration.ofDays(7 * n);
                case "day" -> Duration.ofDays(n);
                case "hour" -> Duration.ofHours(n);
                case "minute" -> Duration.ofMinutes(n);
                default -> Duration.ofSeconds(n);
            });
        }
        if (!any) {
            throw new UnexpectedOutputException("'" + COMMAND + "': cannot read the uptime '" + text + "'");
        }
        return total;
    }
}

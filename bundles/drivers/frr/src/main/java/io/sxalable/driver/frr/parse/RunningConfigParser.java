package io.sxalable.driver.frr.parse;

import io.sxalable.sdk.driver.UnexpectedOutputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Normalises {@code vtysh -c 'show running-config'} so that two reads of an unchanged router are byte-equal:
 * drops vtysh's {@code Building configuration...} / {@code Current configuration:} preamble and any
 * {@code ! Last configuration change ...}-style timestamp comments, strips trailing blanks, uses {@code \n} line
 * ends and ends with exactly one newline. Everything else is kept as FRR prints it (starting at the first
 * {@code !} or {@code frr version} line, ending with {@code end}).
 */
public final class RunningConfigParser {

    public static final String COMMAND = "show running-config";

    private static final Pattern HOSTNAME = Pattern.compile("(?m)^hostname (\\S+)\\s*$");
    private static final Pattern TIMESTAMP_COMMENT = Pattern.compile(
            "^!\\s*(Last configuration change|NVRAM config last updated|Time:|Generated).*", Pattern.CASE_INSENSITIVE);

    private RunningConfigParser() {
    }

    public static String normalize(String output) throws UnexpectedOutputException {
        String text = output == null ? "" : output.replace("\r\n", "\n").replace('\r', '\n');
        List<String> lines = new ArrayList<>();
        boolean preamble = true;
        for (String raw : text.split("\n", -1)) {
            String line = raw.stripTrailing();
            if (preamble && (line.isEmpty() || line.equals("Building configuration...")
                    || line.equals("Current configuration:"))) {
                continue;
            }
            preamble = false;
            if (TIMESTAMP_COMMENT.matcher(line).matches()) {
                continue;
            }
            lines.add(line);
        }
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        if (lines.isEmpty()) {
            throw new UnexpectedOutputException("'" + COMMAND + "' returned no configuration");
        }
        if (lines.get(0).startsWith("%")) {
            throw new UnexpectedOutputException("'" + COMMAND + "' failed: " + lines.get(0));
        }
        if (!lines.get(lines.size() - 1).equals("end")) {
            throw new UnexpectedOutputException("'" + COMMAND + "' output does not end with 'end' (truncated?): "
                    + JsonInput.excerpt(lines.get(lines.size() - 1)));
        }
        return String.join("\n", lines) + "\n";
    }

    /** The {@code hostname} line of a running configuration, if any. */
    public static Optional<String> hostname(String config) {
        Matcher m = HOSTNAME.matcher(config == null ? "" : config);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }
}

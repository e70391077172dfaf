package io.sxalable.driver.ciscoios.parse;

import io.sxalable.sdk.driver.UnexpectedOutputException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Normalises {@code show running-config} so that two reads of an unchanged router are byte-equal.
 *
 * <p>Dropped: the {@code Building configuration...} and {@code Current configuration : N bytes} preamble (the byte
 * count changes with every edit elsewhere), IOS's time-stamp comments ({@code ! Last configuration change at ...},
 * {@code ! NVRAM config last updated at ...}, {@code ! No configuration change since last restart}) and
 * {@code ntp clock-period} (IOS rewrites it as the clock drifts). Trailing blanks are stripped, line ends become
 * {@code \n}, the text ends with {@code end} and one newline. Everything else is kept exactly as IOS prints it.
 */
public final class RunningConfigParser {

    public static final String COMMAND = "show running-config";

    private static final Pattern VOLATILE = Pattern.compile(
            "^(! Last configuration change at .*|! NVRAM config last updated at .*|! No configuration change since .*"
                    + "|ntp clock-period \\d+)$");

    private RunningConfigParser() {
    }

    public static String normalize(String output) throws UnexpectedOutputException {
        String text = output == null ? "" : output.replace("\r\n", "\n").replace('\r', '\n');
        List<String> lines = new ArrayList<>();
        boolean preamble = true;
        for (String raw : text.split("\n", -1)) {
            String line = raw.stripTrailing();
            if (preamble && (line.isEmpty() || line.equals("Building configuration...")
                    || line.startsWith("Current configuration :"))) {
                continue;
            }
            preamble = false;
            if (VOLATILE.matcher(line).matches()) {
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
        if (lines.get(0).startsWith("%") || lines.get(0).strip().equals("^")) {
            throw new UnexpectedOutputException("'" + COMMAND + "' failed: "
                    + CliText.error(String.join("\n", lines)).orElse(lines.get(0)));
        }
        if (!lines.get(lines.size() - 1).equals("end")) {
            throw new UnexpectedOutputException("'" + COMMAND + "' output does not end with 'end' (truncated?): '"
                    + lines.get(lines.size() - 1) + "'");
        }
        return String.join("\n", lines) + "\n";
    }

    /**
     * A configuration given by a user (a replace candidate) in the same normal form, so that it can be compared with
     * the running config line by line: the same comments and preamble dropped, {@code end} added when missing.
     */
    public static String normalizeCandidate(String config) {
        List<String> lines = new ArrayList<>();
        boolean preamble = true;
        for (String raw : config.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
            String line = raw.stripTrailing();
            if (preamble && (line.isEmpty() || line.equals("Building configuration...")
                    || line.startsWith("Current configuration :"))) {
                continue;
            }
            preamble = false;
            if (!VOLATILE.matcher(line).matches()) {
                lines.add(line);
            }
        }
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        if (lines.isEmpty() || !lines.get(lines.size() - 1).equals("end")) {
            lines.add("end");
        }
        return String.join("\n", lines) + "\n";
    }
}

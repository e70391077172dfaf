package ${package}.parse;

import io.sxalable.sdk.driver.UnexpectedOutputException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * {@code SHOW CONFIG} output to the normalised running configuration. A pure function, tested against recorded
 * outputs in src/test/resources/golden.
 *
 * <p>The device prints a header comment with a timestamp, then one statement per line:
 * <pre>
 * ! sample-os running configuration, generated 2025-01-01T12:00:00Z
 * hostname sim1
 * interface eth0 description uplink
 * </pre>
 * Normalisation (documented in the README): comment lines (starting with {@code !}), blank lines and trailing
 * blanks are dropped, line ends become {@code \n}, and the text ends with exactly one {@code \n}. Two reads of an
 * unchanged device are therefore identical, as the conformance kit requires.
 */
public final class RunningConfigParser {

    /** What the session runs. */
    public static final String COMMAND = "SHOW CONFIG";

    static final String HEADER = "! sample-os running configuration";

    private RunningConfigParser() {
    }

    public static String parse(String output) throws UnexpectedOutputException {
        List<String> lines = output.lines().toList();
        if (lines.isEmpty() || !lines.get(0).startsWith(HEADER)) {
            throw new UnexpectedOutputException("'" + COMMAND + "': expected the header '" + HEADER + "', got '"
                    + (lines.isEmpty() ? "" : lines.get(0)) + "'");
        }
        String body = lines.stream()
                .map(String::stripTrailing)
                .filter(line -> !line.isEmpty() && !line.startsWith("!"))
                .collect(Collectors.joining("\n"));
        return body.isEmpty() ? "" : body + "\n";
    }
}

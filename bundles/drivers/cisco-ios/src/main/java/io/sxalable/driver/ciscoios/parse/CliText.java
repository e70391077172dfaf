package io.sxalable.driver.ciscoios.parse;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pure helpers for IOS terminal text: recognising prompts and {@code --More--}, turning what the terminal received
 * for one command into its output (paging markers, echo and prompt removed), and spotting the parser's errors.
 */
public final class CliText {

    /** Any IOS prompt at the end of the text: {@code r1>}, {@code r1#}, {@code r1(config-if)#}. */
    private static final Pattern ANY_PROMPT = Pattern.compile(
            "(?:^|[\\r\\n])([A-Za-z0-9][A-Za-z0-9._:/-]{0,62})(\\([A-Za-z0-9._-]+\\))?([>#]) ?$");

    /** IOS's pager: {@code " --More-- "} at the end of the text, waiting for a key. */
    private static final Pattern MORE_AT_END = Pattern.compile("--More--\\s*$");

    /** The pager marker and the erase sequence IOS sends after the key (backspaces, blanks, backspaces). */
    private static final Pattern MORE = Pattern.compile(" ?--More-- ?(?:\\x08+ *\\x08+)?");

    /** Error lines of the IOS parser and of file operations. */
    private static final List<String> ERRORS = List.of("% Invalid input", "% Incomplete command", "% Ambiguous command",
            "% Unknown command", "%Error", "% Error", "% Bad ", "% Access denied", "Command authorization failed",
            "% Authorization failed", "% Specify ", "% BGP is already running", "% VRF ");

    private CliText() {
    }

    /** A prompt seen at the end of terminal text. */
    public record Prompt(String hostname, String mode, boolean privileged) {
        /** The prompt text, e.g. {@code r1(config-if)#}. */
        public String text() {
            return hostname + (mode.isEmpty() ? "" : "(" + mode + ")") + (privileged ? "#" : ">");
        }

        /** In a configuration mode ({@code (config...)}). */
        public boolean configuring() {
            return mode.startsWith("config");
        }
    }

    /** The prompt the text ends with, if any. With {@code hostname}, only that device's prompt counts. */
    public static Optional<Prompt> promptAtEnd(String text, Optional<String> hostname) {
        Matcher m = ANY_PROMPT.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        if (hostname.isPresent() && !hostname.get().equals(m.group(1))) {
            return Optional.empty();
        }
        String mode = m.group(2) == null ? "" : m.group(2).substring(1, m.group(2).length() - 1);
        return Optional.of(new Prompt(m.group(1), mode, m.group(3).equals("#")));
    }

    /** Whether the pager waits for a key. */
    public static boolean moreAtEnd(String text) {
        return MORE_AT_END.matcher(text).find();
    }

    /**
     * The output of {@code command} from what the terminal received after it was sent: paging markers removed,
     * line ends normalised to {@code \n}, the echoed command line and the final prompt line dropped.
     */
    public static String output(String received, String command) {
        String text = MORE.matcher(received).replaceAll("");
        text = text.replace("\r\n", "\n").replace("\r", "").replace("\u0008", "");
        int firstNewline = text.indexOf('\n');
        if (firstNewline >= 0 && echoes(text.substring(0, firstNewline), command)) {
            text = text.substring(firstNewline + 1);
        } else if (firstNewline < 0 && echoes(text, command)) {
            text = "";
        }
        int lastNewline = text.lastIndexOf('\n');
        String lastLine = text.substring(lastNewline + 1);
        if (promptAtEnd(lastLine, Optional.empty()).isPresent() || lastLine.isBlank()) {
            text = text.substring(0, lastNewline + 1);
        }
        return text;
    }

    private static boolean echoes(String line, String command) {
        String l = line.strip();
        String c = command.strip();
        return !c.isEmpty() && (l.equals(c) || l.endsWith(c));
    }

    /**
     * The parser's complaint in {@code output} (the error line, with the caret line above it), if any. IOS prints
     * it right after the command, so only the first lines are looked at: a {@code %} inside a long output (a banner,
     * a description) is not an error.
     */
    public static Optional<String> error(String output) {
        String[] lines = output.split("\n");
        for (int i = 0; i < Math.min(lines.length, 4); i++) {
            String line = lines[i].strip();
            for (String e : ERRORS) {
                if (line.startsWith(e)) {
                    boolean caret = i > 0 && lines[i - 1].strip().equals("^");
                    return Optional.of(caret ? lines[i - 1].stripTrailing() + "\n" + line : line);
                }
            }
        }
        return Optional.empty();
    }
}

package io.sxalable.driver.frr.parse;

import java.util.List;
import java.util.Optional;

/**
 * Recognises vtysh's refusal of a command. vtysh prints these on stdout and exits 1 for unknown commands, but
 * exits 0 for some others, so the text is checked as well as the exit status.
 */
public final class CliOutput {

    private static final List<String> SYNTAX_ERRORS = List.of(
            "% Unknown command", "% Ambiguous command", "% Command incomplete", "% Invalid input", "% Unknown action",
            "% There is no matched command");

    private CliOutput() {
    }

    /** The error line when vtysh rejected the command, else empty. */
    public static Optional<String> rejection(String output, int exitStatus) {
        String text = output == null ? "" : output.strip();
        for (String error : SYNTAX_ERRORS) {
            if (text.startsWith(error)) {
                return Optional.of(text.lines().findFirst().orElse(text));
            }
        }
        if (exitStatus != 0) {
            return Optional.of(text.isEmpty() ? "vtysh exited with status " + exitStatus
                    : text.lines().findFirst().orElse(text));
        }
        return Optional.empty();
    }
}

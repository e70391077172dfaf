package io.sxalable.driver.frr;

import io.sxalable.sdk.driver.ConfigRejectedException;
import java.util.Locale;

/**
 * Builds the shell command lines the driver sends, and guards the free-form CLI: only single {@code show}
 * commands pass, so the CLI capability stays read-only (configuration will go through frr-reload.py later).
 */
final class Vtysh {

    private Vtysh() {
    }

    /** {@code vtysh -c '<command>'}, quoted for the remote POSIX shell. */
    static String command(String vtyshCommand) {
        return "vtysh -c " + shellQuote(vtyshCommand);
    }

    /**
     * Checks that a free-form command is one read-only {@code show} command.
     *
     * <p>Output filters such as {@code show ip route | include 10.0} are allowed: vtysh applies them itself
     * (include, exclude, begin, ...) and refuses anything else with {@code % Unknown action}; nothing reaches a shell
     * because the whole command is one single-quoted argument.
     *
     * @throws ConfigRejectedException otherwise: anything but {@code show ...}, or more than one line
     */
    static String requireShowCommand(String command) throws ConfigRejectedException {
        if (command == null || command.isBlank()) {
            throw new ConfigRejectedException("empty command");
        }
        String trimmed = command.strip();
        if (trimmed.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            throw new ConfigRejectedException("command must be a single line without control characters");
        }
        String first = trimmed.split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
        if (!first.equals("show")) {
            throw new ConfigRejectedException("read-only CLI: only 'show' commands are allowed, not '" + first + "'");
        }
        return trimmed;
    }

    static String shellQuote(String text) {
        return "'" + text.replace("'", "'\"'\"'") + "'";
    }
}

package io.sxalable.driver.junos;

import io.sxalable.sdk.driver.ConfigRejectedException;
import java.util.Locale;
import java.util.Set;

/**
 * Keeps the free-form CLI capability read-only. The {@code <command>} RPC runs any operational command, including
 * {@code request system reboot} and {@code clear ...}; only single-line {@code show} commands pass ({@code sh} and
 * {@code sho} too, as the Junos CLI accepts them), with the display pipes that only filter text ({@code | match},
 * {@code | except}, {@code | count}, {@code | last}, {@code | find}, {@code | trim}, {@code | no-more}).
 * {@code | save}, {@code | request}, {@code | display ...} and everything else are refused before anything is sent.
 */
final class CliGuard {

    /** {@code show} and the abbreviations Junos accepts for it ({@code s} alone is ambiguous: set, ssh, start...). */
    static final Set<String> SHOW = Set.of("sh", "sho", "show");
    static final Set<String> PIPES = Set.of("match", "except", "count", "last", "find", "trim", "no-more");

    private CliGuard() {
    }

    static String requireShowCommand(String command) throws ConfigRejectedException {
        if (command == null || command.isBlank()) {
            throw new ConfigRejectedException("empty command");
        }
        String trimmed = command.strip();
        if (trimmed.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            throw new ConfigRejectedException("command must be a single line without control characters");
        }
        String[] stages = trimmed.split("\\|", -1);
        String first = stages[0].strip().split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
        if (!SHOW.contains(first)) {
            throw new ConfigRejectedException("read-only CLI: only 'show' commands are allowed, not '" + first + "'");
        }
        for (int i = 1; i < stages.length; i++) {
            String pipe = stages[i].strip().split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
            if (!PIPES.contains(pipe)) {
                throw new ConfigRejectedException("read-only CLI: pipe '| " + pipe + "' is not allowed (allowed: "
                        + String.join(", ", PIPES.stream().sorted().toList()) + ")");
            }
        }
        return trimmed;
    }
}

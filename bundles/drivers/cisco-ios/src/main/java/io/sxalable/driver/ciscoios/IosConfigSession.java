package io.sxalable.driver.ciscoios;

import io.sxalable.driver.ciscoios.parse.CliText;
import io.sxalable.driver.ciscoios.parse.ConfigText;
import io.sxalable.driver.ciscoios.parse.RunningConfigParser;
import io.sxalable.driver.ciscoios.parse.UnifiedDiff;
import io.sxalable.driver.ciscoios.ssh.CliChannel;
import io.sxalable.driver.ciscoios.ssh.SshConnection;
import io.sxalable.sdk.driver.ConfigRejectedException;
import io.sxalable.sdk.driver.ConfigSession;
import io.sxalable.sdk.driver.DeviceException;
import io.sxalable.sdk.driver.DeviceTarget;
import io.sxalable.sdk.driver.UnexpectedOutputException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * NAPALM-style candidate configuration on IOS, which has no candidate datastore: the candidate is kept by the
 * driver, and committed with IOS's own tools.
 *
 * <ul>
 *   <li>{@link #loadMerge} / {@link #loadReplace} only store text (no device round trip)</li>
 *   <li>{@link #compare()}: a unified diff from the running config to the candidate — for a replace the candidate
 *       itself, for a merge a preview of the running config with the snippet merged in ({@link ConfigText})</li>
 *   <li>{@link #commit}: first {@code copy running-config flash:sxalable-rollback.cfg} (the rollback point), then
 *       <ul>
 *         <li>merge: {@code configure terminal} and the lines; any parser error → {@code end},
 *             {@code configure replace flash:sxalable-rollback.cfg force} (nothing stays applied) and
 *             {@link ConfigRejectedException} with the device's message</li>
 *         <li>replace: SCP of the candidate to {@code flash:sxalable-candidate.cfg}, then
 *             {@code configure replace flash:sxalable-candidate.cfg force}; anything but {@code Rollback Done} →
 *             restore and {@link ConfigRejectedException}</li>
 *         <li>with a confirm timeout: {@code configure terminal revert timer N} (merge) or
 *             {@code configure replace ... force time N} (replace) — IOS's Rollback Confirmed Change: the router
 *             reverts by itself after N minutes (rounded up, 1..120) unless {@link #confirm()} sends
 *             {@code configure confirm}; needs {@code archive / path} on the router</li>
 *         <li>then {@code write memory} (unless the {@code save-config} option is {@code false}; for a confirmed
 *             commit only at {@link #confirm()})</li>
 *       </ul></li>
 *   <li>{@link #rollback()}: {@code configure replace flash:sxalable-rollback.cfg force}: the config before the
 *       last commit made through this driver, from any session</li>
 * </ul>
 */
final class IosConfigSession implements ConfigSession {

    static final String FILE_SYSTEM = "file-system";
    static final String SAVE_CONFIG = "save-config";
    static final String ROLLBACK_FILE = "sxalable-rollback.cfg";
    static final String CANDIDATE_FILE = "sxalable-candidate.cfg";
    static final int MAX_TIMER_MINUTES = 120;

    private static final List<CliChannel.Answer> COPY_ANSWERS = List.of(
            CliChannel.Answer.of("Destination filename \\[[^\\]]*\\]\\? ?$", ""),
            CliChannel.Answer.of("\\[confirm\\] ?$", ""));

    private enum Kind { NONE, MERGE, REPLACE }

    private final CiscoIosSession session;
    private final SshConnection connection;
    private final DeviceTarget target;
    private final String fileSystem;
    private final boolean save;
    private Kind kind = Kind.NONE;
    private String candidate = "";

    IosConfigSession(CiscoIosSession session, SshConnection connection, DeviceTarget target) {
        this.session = session;
        this.connection = connection;
        this.target = target;
        String fs = target.options().getOrDefault(FILE_SYSTEM, "flash:");
        this.fileSystem = fs.endsWith(":") || fs.endsWith("/") ? fs : fs + ":";
        this.save = !"false".equalsIgnoreCase(target.options().getOrDefault(SAVE_CONFIG, "true"));
    }

    @Override
    public void loadMerge(String config) throws DeviceException {
        String text = validated(config);
        switch (kind) {
            case REPLACE -> candidate = ConfigText.parse(candidate).merge(text);
            case MERGE -> candidate = candidate + text;
            default -> {
                candidate = text;
                kind = Kind.MERGE;
            }
        }
    }

    @Override
    public void loadReplace(String config) throws DeviceException {
        candidate = RunningConfigParser.normalizeCandidate(validated(config));
        kind = Kind.REPLACE;
    }

    private static String validated(String config) throws ConfigRejectedException {
        if (config == null || config.isBlank()) {
            throw new ConfigRejectedException("empty configuration");
        }
        String text = config.replace("\r\n", "\n").replace('\r', '\n');
        for (String line : text.split("\n")) {
            if (line.chars().anyMatch(c -> (c < 0x20 && c != '\t') || c == 0x7f)) {
                throw new ConfigRejectedException("configuration lines must not contain control characters");
            }
            String command = line.strip().toLowerCase(Locale.ROOT);
            if (command.equals("do") || command.startsWith("do ")) {
                throw new ConfigRejectedException("EXEC commands ('" + line.strip() + "') are not configuration");
            }
        }
        return text.endsWith("\n") ? text : text + "\n";
    }

    @Override
    public String compare() throws DeviceException {
        if (kind == Kind.NONE) {
            return "";
        }
        String running = session.runningConfig();
        String after = kind == Kind.REPLACE ? candidate : ConfigText.parse(running).merge(candidate);
        return UnifiedDiff.diff(running, after, "running-config", "candidate-config");
    }

    @Override
    public void commit(Optional<Duration> confirmTimeout) throws DeviceException {
        if (kind == Kind.NONE) {
            return;
        }
        Optional<Integer> minutes = confirmTimeout.isPresent() ? Optional.of(minutes(confirmTimeout.get()))
                : Optional.empty();
        saveRollbackPoint();
        if (kind == Kind.MERGE) {
            merge(minutes);
        } else {
            replace(minutes);
        }
        kind = Kind.NONE;
        candidate = "";
        if (minutes.isEmpty()) {
            writeMemory("the commit");
        }
    }

    /** IOS's timers count whole minutes, 1 to 120: the timeout is rounded up. */
    static int minutes(Duration timeout) throws ConfigRejectedException {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new ConfigRejectedException("confirm timeout must be positive: " + timeout);
        }
        long minutes = (timeout.toSeconds() + 59) / 60;
        if (minutes > MAX_TIMER_MINUTES) {
            throw new ConfigRejectedException("IOS confirm timers last at most " + MAX_TIMER_MINUTES + " minutes: "
                    + timeout);
        }
        return (int) Math.max(1, minutes);
    }

    private void saveRollbackPoint() throws DeviceException {
        String out = cli().command("copy running-config " + fileSystem + ROLLBACK_FILE, COPY_ANSWERS,
                target.commandTimeout(), false);
        if (!out.contains("bytes copied")) {
            throw new ConfigRejectedException(endpoint() + ": cannot save the rollback point " + fileSystem
                    + ROLLBACK_FILE + "; nothing was changed: " + excerpt(out));
        }
    }

    private void merge(Optional<Integer> minutes) throws DeviceException {
        CliChannel cli = cli();
        String enter = minutes.map(m -> "configure terminal revert timer " + m).orElse("configure terminal");
        String entered = cli.command(enter, target.commandTimeout());
        if (!cli.prompt().configuring()) {
            throw new ConfigRejectedException(endpoint() + ": '" + enter + "' refused; nothing was changed: "
                    + excerpt(entered) + (minutes.isPresent() ? " (confirmed commits need 'archive / path' on the router)" : ""));
        }
        for (String line : ConfigText.commands(candidate)) {
            // any prompt: a "hostname" line renames the device under our feet
            String out = cli.command(line, List.of(), target.commandTimeout(), true);
            Optional<String> error = CliText.error(out);
            if (error.isPresent()) {
                leaveConfigMode();
                undo(minutes.isPresent());
                throw new ConfigRejectedException(endpoint() + ": the device rejected '" + line + "': " + error.get()
                        + "; the configuration before the commit was restored");
            }
            if (!cli.prompt().configuring()) {
                cli.command("configure terminal", target.commandTimeout());   // an "exit" too many
            }
        }
        leaveConfigMode();
    }

    private void replace(Optional<Integer> minutes) throws DeviceException {
        connection.upload(fileSystem + CANDIDATE_FILE, candidate.getBytes(StandardCharsets.UTF_8), target.commandTimeout());
        String command = "configure replace " + fileSystem + CANDIDATE_FILE + " force"
                + minutes.map(m -> " time " + m).orElse("");
        String out = cli().command(command, List.of(), target.commandTimeout(), true);
        if (!replaced(out)) {
            undo(out.contains("Backing up"));
            throw new ConfigRejectedException(endpoint() + ": '" + command + "' failed; the configuration before the "
                    + "commit was restored: " + excerpt(out));
        }
    }

    private static boolean replaced(String out) {
        String lower = out.toLowerCase(Locale.ROOT);
        return out.contains("Rollback Done") && !lower.contains("aborted") && !lower.contains("failed")
                && !out.contains("%Error") && !out.contains("% Invalid");
    }

    /** After a failed commit: stop a confirm timer we started and restore the rollback point. */
    private void undo(boolean timerStarted) throws DeviceException {
        if (timerStarted) {
            cli().command("configure confirm", target.commandTimeout());
        }
        String out = cli().command("configure replace " + fileSystem + ROLLBACK_FILE + " force", List.of(),
                target.commandTimeout(), true);
        if (!replaced(out)) {
            throw new UnexpectedOutputException(endpoint() + ": the commit failed and restoring " + fileSystem
                    + ROLLBACK_FILE + " failed too: " + excerpt(out));
        }
    }

    private void leaveConfigMode() throws DeviceException {
        cli().command("end", List.of(), target.commandTimeout(), true);
    }

    @Override
    public void confirm() throws DeviceException {
        String out = cli().command("configure confirm", target.commandTimeout());
        if (out.contains("No Rollback Confirmed Change pending")) {
            throw new ConfigRejectedException(endpoint() + ": no commit is waiting for confirmation (its timer may "
                    + "have expired and reverted it)");
        }
        Optional<String> error = CliText.error(out);
        if (error.isPresent()) {
            throw new ConfigRejectedException(endpoint() + ": 'configure confirm' failed: " + error.get());
        }
        writeMemory("the confirmed commit");
    }

    @Override
    public void discard() {
        kind = Kind.NONE;
        candidate = "";
    }

    @Override
    public void rollback() throws DeviceException {
        // a commit still waiting for confirmation must not revert later on top of the rollback
        cli().command("configure confirm", target.commandTimeout());
        String command = "configure replace " + fileSystem + ROLLBACK_FILE + " force";
        String out = cli().command(command, List.of(), target.commandTimeout(), true);
        if (out.contains("%Error opening")) {
            throw new ConfigRejectedException(endpoint() + ": nothing to roll back: " + fileSystem + ROLLBACK_FILE
                    + " does not exist (no commit was made through this driver)");
        }
        if (!replaced(out)) {
            throw new ConfigRejectedException(endpoint() + ": '" + command + "' failed: " + excerpt(out));
        }
        writeMemory("the rollback");
    }

    private void writeMemory(String after) throws DeviceException {
        if (!save) {
            return;
        }
        String out = cli().command("write memory", target.commandTimeout());
        if (!out.contains("[OK]")) {
            throw new UnexpectedOutputException(endpoint() + ": " + after + " is applied, but 'write memory' did not "
                    + "save it to the startup config: " + excerpt(out));
        }
    }

    private CliChannel cli() throws DeviceException {
        return connection.cli();
    }

    private String endpoint() {
        return connection.endpoint();
    }

    private static String excerpt(String output) {
        String t = output.strip().replace("\n", " / ");
        return t.length() > 300 ? t.substring(0, 300) + "..." : t;
    }
}

package ${package};

import ${package}.parse.FactsParser;
import ${package}.parse.RunningConfigParser;
import ${package}.transport.LineConnection;
import io.sxalable.sdk.driver.Capability;
import io.sxalable.sdk.driver.CommandRunner;
import io.sxalable.sdk.driver.ConfigRejectedException;
import io.sxalable.sdk.driver.ConfigSession;
import io.sxalable.sdk.driver.DeviceException;
import io.sxalable.sdk.driver.DeviceFacts;
import io.sxalable.sdk.driver.DeviceSession;
import io.sxalable.sdk.driver.DriverDescriptor;
import io.sxalable.sdk.driver.FactsReader;
import io.sxalable.sdk.driver.RunningConfigReader;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * One authenticated connection, offering the capabilities the descriptor declares. Wires commands to parsers;
 * knows nothing about sockets (that is {@link LineConnection}) nor about text formats (that is {@code parse/}).
 * Used by one caller at a time.
 */
public final class ${classPrefix}Session implements DeviceSession, FactsReader, RunningConfigReader, CommandRunner,
        ConfigSession {

    /** Only read-only commands go through {@code run}. */
    static final String READ_ONLY_PREFIX = "SHOW ";

    private final LineConnection connection;
    private final DriverDescriptor descriptor;

    ${classPrefix}Session(LineConnection connection, DriverDescriptor descriptor) {
        this.connection = connection;
        this.descriptor = descriptor;
    }

    /** Present exactly for the declared capabilities, so the two can never disagree. */
    @Override
    public <T> Optional<T> capability(Class<T> type) {
        for (Capability c : descriptor.capabilities()) {
            if (c.type() == type && type.isInstance(this)) {
                return Optional.of(type.cast(this));
            }
        }
        return Optional.empty();
    }

    // ---- FACTS, RUNNING_CONFIG, CLI ---------------------------------------------------------------------------

    @Override
    public DeviceFacts facts() throws DeviceException {
        return FactsParser.parse(connection.command(FactsParser.COMMAND));
    }

    @Override
    public String runningConfig() throws DeviceException {
        return RunningConfigParser.parse(connection.command(RunningConfigParser.COMMAND));
    }

    /** Read-only {@code SHOW ...} commands only; anything else is refused without contacting the device. */
    @Override
    public String run(String command) throws DeviceException {
        if (command == null || !command.startsWith(READ_ONLY_PREFIX) || command.contains("\n")
                || command.contains("\r")) {
            throw new ConfigRejectedException(connection.endpoint() + ": only single-line read-only commands starting"
                    + " with '" + READ_ONLY_PREFIX + "' are allowed, got '" + command + "'");
        }
        return connection.command(command);
    }

    // ---- CONFIG_SESSION: the device keeps a private candidate per connection ----------------------------------

    /** Each non-blank line becomes one {@code SET} statement; merging a line the config has is a no-op. */
    @Override
    public void loadMerge(String config) throws DeviceException {
        load(config);
    }

    /** {@code CLEAR} empties the candidate, then every line is {@code SET}. */
    @Override
    public void loadReplace(String config) throws DeviceException {
        connection.command("CLEAR");
        load(config);
    }

    private void load(String config) throws DeviceException {
        List<String> statements = config.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
        try {
            for (String statement : statements) {
                connection.command("SET " + statement);
            }
        } catch (ConfigRejectedException e) {
            discardQuietly(e);      // a refused load leaves no half-loaded candidate behind
            throw e;
        }
    }

    /** The device's diff ({@code SHOW DIFF}): {@code ""} when the candidate equals the running config. */
    @Override
    public String compare() throws DeviceException {
        return connection.command("SHOW DIFF");
    }

    @Override
    public void commit(Optional<Duration> confirmTimeout) throws DeviceException {
        if (confirmTimeout.isPresent()) {
            long seconds = Math.max(1, (confirmTimeout.get().toMillis() + 999) / 1000);
            connection.command("COMMIT CONFIRMED " + seconds);
        } else {
            connection.command("COMMIT");
        }
    }

    @Override
    public void confirm() throws DeviceException {
        connection.command("CONFIRM");
    }

    @Override
    public void discard() throws DeviceException {
        connection.command("DISCARD");
    }

    @Override
    public void rollback() throws DeviceException {
        connection.command("ROLLBACK");
    }

    private void discardQuietly(Exception failure) {
        try {
            connection.command("DISCARD");
        } catch (DeviceException e) {
            failure.addSuppressed(e);
        }
    }

    /** Never throws; may be called more than once. */
    @Override
    public void close() {
        connection.close();
    }
}

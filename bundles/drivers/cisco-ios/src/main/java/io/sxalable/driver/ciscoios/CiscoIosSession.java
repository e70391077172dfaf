package io.sxalable.driver.ciscoios;

import io.sxalable.driver.ciscoios.parse.BgpSummaryParser;
import io.sxalable.driver.ciscoios.parse.CliText;
import io.sxalable.driver.ciscoios.parse.InterfacesParser;
import io.sxalable.driver.ciscoios.parse.IpInterfaceBriefParser;
import io.sxalable.driver.ciscoios.parse.RunningConfigParser;
import io.sxalable.driver.ciscoios.parse.ShowInterfacesParser;
import io.sxalable.driver.ciscoios.parse.VersionParser;
import io.sxalable.driver.ciscoios.ssh.SshConnection;
import io.sxalable.sdk.driver.BgpNeighbor;
import io.sxalable.sdk.driver.BgpNeighborsReader;
import io.sxalable.sdk.driver.Capability;
import io.sxalable.sdk.driver.CommandRunner;
import io.sxalable.sdk.driver.ConfigRejectedException;
import io.sxalable.sdk.driver.ConfigSession;
import io.sxalable.sdk.driver.DeviceException;
import io.sxalable.sdk.driver.DeviceFacts;
import io.sxalable.sdk.driver.DeviceSession;
import io.sxalable.sdk.driver.DeviceTarget;
import io.sxalable.sdk.driver.DriverDescriptor;
import io.sxalable.sdk.driver.FactsReader;
import io.sxalable.sdk.driver.InterfaceCounters;
import io.sxalable.sdk.driver.InterfaceCountersReader;
import io.sxalable.sdk.driver.InterfaceInfo;
import io.sxalable.sdk.driver.InterfacesReader;
import io.sxalable.sdk.driver.RunningConfigReader;
import io.sxalable.sdk.driver.UnexpectedOutputException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A session to one IOS / IOS-XE router: one SSH connection, one interactive CLI in privileged EXEC. Each read
 * capability runs fixed {@code show} commands and hands their output to a pure parser; the configuration session is
 * {@link IosConfigSession}.
 */
public final class CiscoIosSession implements DeviceSession, FactsReader, InterfacesReader, InterfaceCountersReader,
        BgpNeighborsReader, RunningConfigReader, CommandRunner {

    private final SshConnection connection;
    private final DriverDescriptor descriptor;
    private final DeviceTarget target;
    private final IosConfigSession config;
    private boolean closed;

    CiscoIosSession(SshConnection connection, DriverDescriptor descriptor, DeviceTarget target) {
        this.connection = connection;
        this.descriptor = descriptor;
        this.target = target;
        this.config = new IosConfigSession(this, connection, target);
    }

    @Override
    public Optional<String> hostKeyFingerprint() {
        return Optional.of(connection.hostKeyFingerprint());
    }

    @Override
    public <T> Optional<T> capability(Class<T> type) {
        Map<Class<?>, Object> implementations = Map.of(ConfigSession.class, config);
        for (Capability c : descriptor.capabilities()) {
            if (c.type() == type) {
                Object impl = implementations.getOrDefault(type, this);
                return type.isInstance(impl) ? Optional.of(type.cast(impl)) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    @Override
    public DeviceFacts facts() throws DeviceException {
        VersionParser.Version v = VersionParser.parse(show(VersionParser.COMMAND));
        List<String> names = IpInterfaceBriefParser.names(show(IpInterfaceBriefParser.COMMAND));
        return new DeviceFacts("Cisco", v.model(), v.osVersion(), v.serialNumber(), v.hostname(), v.uptime(), names);
    }

    @Override
    public List<InterfaceInfo> interfaces() throws DeviceException {
        return InterfacesParser.parse(show(ShowInterfacesParser.COMMAND), runningConfig());
    }

    @Override
    public List<InterfaceCounters> counters() throws DeviceException {
        return InterfacesParser.counters(show(ShowInterfacesParser.COMMAND));
    }

    @Override
    public List<BgpNeighbor> bgpNeighbors() throws DeviceException {
        String summary = connection.cli().command(BgpSummaryParser.COMMAND, target.commandTimeout());
        if (CliText.error(summary).isPresent()) {
            // IOS releases before "show bgp all": the IPv4 unicast table only
            summary = show("show ip bgp summary");
        }
        return BgpSummaryParser.parse(summary, runningConfig());
    }

    @Override
    public String runningConfig() throws DeviceException {
        return RunningConfigParser.normalize(show(RunningConfigParser.COMMAND));
    }

    /**
     * Runs one read-only command: {@code show ...} (abbreviations such as {@code sh ip int br} and output filters
     * such as {@code | include} are IOS's own and allowed).
     */
    @Override
    public String run(String command) throws DeviceException {
        String show = requireShowCommand(command);
        String output = connection.cli().command(show, target.commandTimeout());
        Optional<String> error = CliText.error(output);
        if (error.isPresent()) {
            throw new ConfigRejectedException(connection.endpoint() + ": the device rejected '" + show + "': "
                    + error.get());
        }
        return output;
    }

    /** Checks that a free-form command is one line starting with {@code show} (or an abbreviation of it). */
    static String requireShowCommand(String command) throws ConfigRejectedException {
        if (command == null || command.isBlank()) {
            throw new ConfigRejectedException("empty command");
        }
        String trimmed = command.strip();
        if (trimmed.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            throw new ConfigRejectedException("command must be a single line without control characters");
        }
        String first = trimmed.split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
        if (first.length() < 2 || !"show".startsWith(first)) {
            throw new ConfigRejectedException("read-only CLI: only 'show' commands are allowed, not '" + first + "'");
        }
        return trimmed;
    }

    /** A fixed command of the driver; a parser error here means the device is not what the driver expects. */
    String show(String command) throws DeviceException {
        String output = connection.cli().command(command, target.commandTimeout());
        Optional<String> error = CliText.error(output);
        if (error.isPresent()) {
            throw new UnexpectedOutputException(connection.endpoint() + ": '" + command + "' failed: " + error.get());
        }
        return output;
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            connection.close();
        }
    }
}

package io.sxalable.driver.frr;

import io.sxalable.driver.frr.parse.BgpNeighborsParser;
import io.sxalable.driver.frr.parse.CliOutput;
import io.sxalable.driver.frr.parse.DeviceFactsParser;
import io.sxalable.driver.frr.parse.InterfaceCountersParser;
import io.sxalable.driver.frr.parse.InterfacesParser;
import io.sxalable.driver.frr.parse.RunningConfigParser;
import io.sxalable.driver.frr.ssh.CommandResult;
import io.sxalable.driver.frr.ssh.SshConnection;
import io.sxalable.sdk.driver.BgpNeighbor;
import io.sxalable.sdk.driver.BgpNeighborsReader;
import io.sxalable.sdk.driver.Capability;
import io.sxalable.sdk.driver.CommandRunner;
import io.sxalable.sdk.driver.ConfigRejectedException;
import io.sxalable.sdk.driver.DeviceException;
import io.sxalable.sdk.driver.DeviceFacts;
import io.sxalable.sdk.driver.DeviceSession;
import io.sxalable.sdk.driver.DriverDescriptor;
import io.sxalable.sdk.driver.FactsReader;
import io.sxalable.sdk.driver.InterfaceCounters;
import io.sxalable.sdk.driver.InterfaceCountersReader;
import io.sxalable.sdk.driver.InterfaceInfo;
import io.sxalable.sdk.driver.InterfacesReader;
import io.sxalable.sdk.driver.RunningConfigReader;
import io.sxalable.sdk.driver.UnexpectedOutputException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A session to one FRR router. Each capability runs a fixed command over its own SSH exec channel and hands
 * the output to a pure parser; this class only wires the two together.
 */
public final class FrrSession implements DeviceSession, FactsReader, InterfacesReader, InterfaceCountersReader,
        BgpNeighborsReader, RunningConfigReader, CommandRunner {

    /** Serial number sources, first that prints something wins. */
    static final String MACHINE_ID = "cat /etc/machine-id 2>/dev/null || cat /sys/class/dmi/id/product_uuid 2>/dev/null || true";

    private final SshConnection connection;
    private final DriverDescriptor descriptor;
    private final Duration commandTimeout;

    FrrSession(SshConnection connection, DriverDescriptor descriptor, Duration commandTimeout) {
        this.connection = connection;
        this.descriptor = descriptor;
        this.commandTimeout = commandTimeout;
    }

    /** The SHA256 fingerprint of the host key the router presented ({@code SHA256:...}), for pinning. */
    @Override
    public Optional<String> hostKeyFingerprint() {
        return Optional.of(connection.hostKeyFingerprint());
    }

    @Override
    public <T> Optional<T> capability(Class<T> type) {
        for (Capability c : descriptor.capabilities()) {
            if (c.type() == type && type.isInstance(this)) {
                return Optional.of(type.cast(this));
            }
        }
        return Optional.empty();
    }

    @Override
    public DeviceFacts facts() throws DeviceException {
        DeviceFactsParser.Outputs outputs = new DeviceFactsParser.Outputs(
                vtysh("show version"), vtysh(RunningConfigParser.COMMAND), shell("uname -m"),
                shell("cat /proc/uptime"), shell(MACHINE_ID));
        List<String> names = interfaces().stream().map(InterfaceInfo::name).toList();
        return DeviceFactsParser.parse(outputs, names);
    }

    @Override
    public List<InterfaceInfo> interfaces() throws DeviceException {
        return InterfacesParser.parse(vtysh(InterfacesParser.COMMAND));
    }

    @Override
    public List<InterfaceCounters> counters() throws DeviceException {
        return InterfaceCountersParser.parse(shell(InterfaceCountersParser.COMMAND));
    }

    @Override
    public List<BgpNeighbor> bgpNeighbors() throws DeviceException {
        String output = vtysh(BgpNeighborsParser.COMMAND);
        if (output.isBlank() || output.strip().startsWith("% BGP instance not found")) {
            return List.of();   // bgpd runs without any "router bgp": no neighbors, not an error
        }
        return BgpNeighborsParser.parse(output);
    }

    @Override
    public String runningConfig() throws DeviceException {
        return RunningConfigParser.normalize(vtysh(RunningConfigParser.COMMAND));
    }

    @Override
    public String run(String command) throws DeviceException {
        String show = Vtysh.requireShowCommand(command);
        CommandResult result = connection.exec(Vtysh.command(show), commandTimeout);
        Optional<String> rejection = CliOutput.rejection(result.stdout(), result.exitStatus());
        if (rejection.isPresent()) {
            throw new ConfigRejectedException("vtysh rejected '" + show + "': " + rejection.get());
        }
        return result.stdout();
    }

    /** Runs a fixed vtysh command of the driver; a failure here means the router is not set up as documented. */
    private String vtysh(String command) throws DeviceException {
        CommandResult result = connection.exec(Vtysh.command(command), commandTimeout);
        Optional<String> rejection = CliOutput.rejection(result.stdout(), result.exitStatus());
        if (rejection.isPresent()) {
            throw new UnexpectedOutputException("'vtysh -c \"" + command + "\"' failed: " + rejection.get()
                    + stderrHint(result));
        }
        return result.stdout();
    }

    private String shell(String command) throws DeviceException {
        CommandResult result = connection.exec(command, commandTimeout);
        if (result.exitStatus() != 0) {
            throw new UnexpectedOutputException("'" + command + "' exited with status " + result.exitStatus()
                    + stderrHint(result));
        }
        return result.stdout();
    }

    private static String stderrHint(CommandResult result) {
        String err = result.stderr().strip();
        if (err.isEmpty()) {
            return "";
        }
        // e.g. "vtysh: command not found" or "Exiting: failed to connect to any daemons" (user not in frrvty)
        return "; stderr: " + err.lines().limit(3).reduce((a, b) -> a + " / " + b).orElse("");
    }

    @Override
    public void close() {
        connection.close();
    }
}

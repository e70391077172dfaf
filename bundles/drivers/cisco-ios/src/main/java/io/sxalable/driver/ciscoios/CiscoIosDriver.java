package io.sxalable.driver.ciscoios;

import io.sxalable.driver.ciscoios.ssh.SshConnection;
import io.sxalable.sdk.driver.Capability;
import io.sxalable.sdk.driver.DeviceDriver;
import io.sxalable.sdk.driver.DeviceException;
import io.sxalable.sdk.driver.DeviceSession;
import io.sxalable.sdk.driver.DeviceTarget;
import io.sxalable.sdk.driver.DriverDescriptor;
import io.sxalable.sdk.ssh.SshSessions;
import java.util.EnumSet;
import org.apache.sshd.client.SshClient;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

/**
 * Driver for Cisco IOS and IOS-XE routers over the SSH CLI: the interactive shell (prompts, {@code enable},
 * paging), SCP to the device's flash for replace candidates, and IOS's own {@code configure replace},
 * {@code configure terminal revert timer} and {@code configure confirm} for commits, confirmed commits and
 * rollback. See the module README for the commands and the router preparation.
 */
@Component(service = DeviceDriver.class)
public final class CiscoIosDriver implements DeviceDriver, AutoCloseable {

    static final String ID = "cisco-ios";
    static final int DEFAULT_PORT = 22;

    private final DriverDescriptor descriptor;
    private final SshClient ssh;

    /** DS: the driver's version is its bundle's version. */
    @Activate
    public CiscoIosDriver(BundleContext context) {
        this(context.getBundle().getVersion().toString());
    }

    /** Outside OSGi (tests, tools). Call {@link #close()} when done. */
    public CiscoIosDriver(String version) {
        this.descriptor = new DriverDescriptor(ID, "Cisco", "Cisco IOS / IOS-XE over the SSH CLI (configure replace, SCP)",
                version, DEFAULT_PORT, EnumSet.of(Capability.FACTS, Capability.INTERFACES,
                Capability.INTERFACE_COUNTERS, Capability.BGP_NEIGHBORS, Capability.RUNNING_CONFIG, Capability.CLI,
                Capability.CONFIG_SESSION));
        this.ssh = SshSessions.newClient();
    }

    @Override
    public DriverDescriptor descriptor() {
        return descriptor;
    }

    @Override
    public DeviceSession open(DeviceTarget target) throws DeviceException {
        SshConnection connection = SshConnection.open(ssh, target, target.port());
        try {
            Login.prepare(connection, target);
            return new CiscoIosSession(connection, descriptor, target);
        } catch (DeviceException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    /** Stops the SSH client and its I/O threads; open sessions are closed with it. */
    @Deactivate
    @Override
    public void close() {
        ssh.stop();
    }
}

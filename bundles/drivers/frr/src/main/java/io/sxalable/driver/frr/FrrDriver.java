package io.sxalable.driver.frr;

import io.sxalable.driver.frr.ssh.SshConnection;
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
 * Driver for Linux routers running FRRouting, over SSH: {@code vtysh -c '... json'} for routing state,
 * iproute2 for kernel counters. Read-only for now; CONFIG_SESSION is deliberately not offered (it will come
 * through {@code frr-reload.py}).
 */
@Component(service = DeviceDriver.class)
public final class FrrDriver implements DeviceDriver, AutoCloseable {

    static final String ID = "frr";
    static final int DEFAULT_PORT = 22;

    private final DriverDescriptor descriptor;
    private final SshClient ssh;

    /** DS: the driver's version is its bundle's version. */
    @Activate
    public FrrDriver(BundleContext context) {
        this(context.getBundle().getVersion().toString());
    }

    /** Outside OSGi (tests, tools). Call {@link #close()} when done. */
    public FrrDriver(String version) {
        this.descriptor = new DriverDescriptor(ID, "FRRouting", "Linux / FRRouting over SSH, vtysh and iproute2",
                version, DEFAULT_PORT, EnumSet.of(Capability.FACTS, Capability.INTERFACES,
                Capability.INTERFACE_COUNTERS, Capability.BGP_NEIGHBORS, Capability.RUNNING_CONFIG, Capability.CLI));
        this.ssh = SshSessions.newClient();
    }

    @Override
    public DriverDescriptor descriptor() {
        return descriptor;
    }

    @Override
    public DeviceSession open(DeviceTarget target) throws DeviceException {
        return new FrrSession(SshConnection.open(ssh, target, target.port()), descriptor, target.commandTimeout());
    }

    /** Stops the SSH client and its I/O threads; open sessions are closed with it. */
    @Deactivate
    @Override
    public void close() {
        ssh.stop();
    }
}

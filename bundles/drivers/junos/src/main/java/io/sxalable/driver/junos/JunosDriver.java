package io.sxalable.driver.junos;

import io.sxalable.driver.junos.netconf.NetconfConnector;
import io.sxalable.sdk.driver.Capability;
import io.sxalable.sdk.driver.DeviceDriver;
import io.sxalable.sdk.driver.DeviceException;
import io.sxalable.sdk.driver.DeviceSession;
import io.sxalable.sdk.driver.DeviceTarget;
import io.sxalable.sdk.driver.DriverDescriptor;
import java.util.EnumSet;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

/**
 * Driver for Juniper routers running Junos OS, over NETCONF on SSH (RFC 6241 / RFC 6242, port 830) with the Junos
 * XML API: operational RPCs for state, text-format configuration with Junos's candidate, {@code show | compare},
 * {@code commit confirmed} and rollback.
 */
@Component(service = DeviceDriver.class)
public final class JunosDriver implements DeviceDriver, AutoCloseable {

    static final String ID = "junos";
    static final int DEFAULT_PORT = 830;

    private final DriverDescriptor descriptor;
    private final NetconfConnector netconf;

    /** DS: the driver's version is its bundle's version. */
    @Activate
    public JunosDriver(BundleContext context) {
        this(context.getBundle().getVersion().toString());
    }

    /** Outside OSGi (tests, tools). Call {@link #close()} when done. */
    public JunosDriver(String version) {
        this.descriptor = new DriverDescriptor(ID, "Juniper Networks",
                "Junos OS over NETCONF (RFC 6241/6242) on SSH with the Junos XML API", version, DEFAULT_PORT,
                EnumSet.of(Capability.FACTS, Capability.INTERFACES, Capability.INTERFACE_COUNTERS,
                        Capability.BGP_NEIGHBORS, Capability.RUNNING_CONFIG, Capability.CLI, Capability.CONFIG_SESSION));
        this.netconf = new NetconfConnector();
    }

    @Override
    public DriverDescriptor descriptor() {
        return descriptor;
    }

    @Override
    public DeviceSession open(DeviceTarget target) throws DeviceException {
        return new JunosSession(netconf.open(target, target.port()), descriptor, target.commandTimeout());
    }

    /** Stops the SSH client and its I/O threads; open sessions are closed with it. */
    @Deactivate
    @Override
    public void close() {
        netconf.close();
    }
}

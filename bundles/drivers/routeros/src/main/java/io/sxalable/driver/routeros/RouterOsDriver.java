package io.sxalable.driver.routeros;

import io.sxalable.driver.routeros.api.ApiConnector;
import io.sxalable.sdk.driver.Capability;
import io.sxalable.sdk.driver.DeviceDriver;
import io.sxalable.sdk.driver.DeviceException;
import io.sxalable.sdk.driver.DeviceSession;
import io.sxalable.sdk.driver.DeviceTarget;
import io.sxalable.sdk.driver.DriverDescriptor;
import java.util.EnumSet;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

/**
 * Driver for MikroTik RouterOS over the RouterOS API (binary protocol on TCP 8728, API-SSL on 8729 with option
 * {@code tls=true}). The API codec is the driver's own ({@code api/}); nothing but the JDK and the SDK is imported.
 *
 * <p>One timer thread, shared by all sessions, runs the driver-side commit-confirm timers (RouterOS safe mode is
 * a console feature the API does not offer).
 */
@Component(service = DeviceDriver.class)
public final class RouterOsDriver implements DeviceDriver, AutoCloseable {

    static final String ID = "routeros";
    static final int DEFAULT_PORT = 8728;

    private final DriverDescriptor descriptor;
    private final ApiConnector connector = new ApiConnector();
    private final ScheduledThreadPoolExecutor timers;

    /** DS: the driver's version is its bundle's version. */
    @Activate
    public RouterOsDriver(BundleContext context) {
        this(context.getBundle().getVersion().toString());
    }

    /** Outside OSGi (tests, tools). Call {@link #close()} when done. */
    public RouterOsDriver(String version) {
        this.descriptor = new DriverDescriptor(ID, "MikroTik", "MikroTik RouterOS 6.43+ / 7 over the RouterOS API "
                + "(TCP 8728, API-SSL 8729)", version, DEFAULT_PORT, EnumSet.of(Capability.FACTS, Capability.INTERFACES,
                Capability.INTERFACE_COUNTERS, Capability.BGP_NEIGHBORS, Capability.RUNNING_CONFIG, Capability.CLI,
                Capability.CONFIG_SESSION));
        this.timers = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "routeros-commit-confirm");
            t.setDaemon(true);
            return t;
        });
        this.timers.setRemoveOnCancelPolicy(true);
        this.timers.setKeepAliveTime(30, TimeUnit.SECONDS);
        this.timers.allowCoreThreadTimeOut(true);
    }

    @Override
    public DriverDescriptor descriptor() {
        return descriptor;
    }

    @Override
    public DeviceSession open(DeviceTarget target) throws DeviceException {
        return new RouterOsSession(connector.open(target), descriptor, target.commandTimeout(), timers);
    }

    /** Stops the timer thread. Sessions still open revert a pending commit-confirm when they are closed. */
    @Deactivate
    @Override
    public void close() {
        timers.shutdownNow();
    }
}

package ${package};

import ${package}.transport.LineConnection;
import io.sxalable.sdk.driver.Capability;
import io.sxalable.sdk.driver.DeviceDriver;
import io.sxalable.sdk.driver.DeviceException;
import io.sxalable.sdk.driver.DeviceSession;
import io.sxalable.sdk.driver.DeviceTarget;
import io.sxalable.sdk.driver.DriverDescriptor;
import java.util.EnumSet;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/**
 * The ${vendor} driver: one DS component registered as a {@link DeviceDriver} service under the id
 * {@code }.
 *
 * <p>Thread-safe and stateless: every {@code open} makes its own connection. Capabilities are exactly what
 * {@link ${classPrefix}Session} implements; declare more only together with their implementation.
 */
@Component(service = DeviceDriver.class, properties = "OSGI-INF/driver.properties")
public final class ${classPrefix}Driver implements DeviceDriver {

    /** The id routers store: never change it once routers use the driver. */
    public static final String ID = "${driverId}";

    private final DriverDescriptor descriptor;

    /**
     * Inside OSGi. {@code driver.version} comes from {@code OSGI-INF/driver.properties}, which bnd writes with
     * the bundle version (pom.xml, {@code -includeresource}): the driver's version is its bundle's version.
     */
    @Activate
    public ${classPrefix}Driver(Map<String, Object> properties) {
        this(String.valueOf(properties.getOrDefault("driver.version", "0.0.0")));
    }

    /** Outside OSGi: tests and tools. */
    public ${classPrefix}Driver(String version) {
        this.descriptor = new DriverDescriptor(ID, "${vendor}",
                "${vendor} devices over the sample line protocol (replace with your OS and transport)",
                version, ${defaultPort}, EnumSet.of(Capability.FACTS, Capability.RUNNING_CONFIG, Capability.CLI,
                        Capability.CONFIG_SESSION));
    }

    @Override
    public DriverDescriptor descriptor() {
        return descriptor;
    }

    @Override
    public DeviceSession open(DeviceTarget target) throws DeviceException {
        return new ${classPrefix}Session(LineConnection.open(target), descriptor);
    }
}

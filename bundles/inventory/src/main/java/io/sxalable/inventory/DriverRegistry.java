package io.sxalable.inventory;

import io.sxalable.core.api.Caller;
import io.sxalable.core.api.Permission;
import io.sxalable.core.api.inventory.DriverCatalog;
import io.sxalable.sdk.driver.DeviceDriver;
import io.sxalable.sdk.driver.DriverDescriptor;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tracks driver services as their bundles come and go, so a driver installed or removed at run time is
 * visible (or gone) on the next call without restarting anything.
 */
@Component(service = DriverCatalog.class)
public class DriverRegistry implements DriverCatalog {

    private static final Logger LOG = LoggerFactory.getLogger(DriverRegistry.class);

    private final Map<String, DeviceDriver> drivers = new ConcurrentHashMap<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addDriver(DeviceDriver driver) {
        DriverDescriptor d = driver.descriptor();
        DeviceDriver previous = drivers.putIfAbsent(d.id(), driver);
        if (previous != null && previous != driver) {
            LOG.warn("driver id '{}' registered twice; keeping the first ({}), ignoring {}", d.id(),
                    previous.descriptor().version(), d.version());
            return;
        }
        LOG.info("driver installed: {} {} ({})", d.id(), d.version(), d.capabilities());
    }

    void removeDriver(DeviceDriver driver) {
        String id = driver.descriptor().id();
        if (drivers.remove(id, driver)) {
            LOG.info("driver removed: {}", id);
        }
    }

    @Override
    public List<DriverDescriptor> list(Caller caller) {
        caller.require(Permission.DRIVER_READ);
        return drivers.values().stream().map(DeviceDriver::descriptor)
                .sorted(Comparator.comparing(DriverDescriptor::id)).toList();
    }

    @Override
    public Optional<DeviceDriver> find(String driverId) {
        return Optional.ofNullable(drivers.get(driverId));
    }
}

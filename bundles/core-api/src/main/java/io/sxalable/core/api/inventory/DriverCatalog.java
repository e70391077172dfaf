package io.sxalable.core.api.inventory;

import io.sxalable.core.api.Caller;
import io.sxalable.sdk.driver.DeviceDriver;
import io.sxalable.sdk.driver.DriverDescriptor;
import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/** The drivers installed right now; tracks driver bundles as they come and go. */
@ProviderType
public interface DriverCatalog {
    List<DriverDescriptor> list(Caller caller);

    /** The running driver with this id, or empty when its bundle is not installed or not active. */
    Optional<DeviceDriver> find(String driverId);
}

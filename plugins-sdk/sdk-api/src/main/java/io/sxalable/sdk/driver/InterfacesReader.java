package io.sxalable.sdk.driver;

import java.util.List;
import org.osgi.annotation.versioning.ConsumerType;

/** Reads the device's interfaces. */
@ConsumerType
public interface InterfacesReader {
    /** All interfaces, in device order. */
    List<InterfaceInfo> interfaces() throws DeviceException;
}

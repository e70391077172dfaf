package io.sxalable.sdk.driver;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A vendor driver, registered by a plugin bundle as an OSGi service.
 *
 * <p>Implementations are thread-safe: the core may open sessions to many devices at once. A driver keeps no
 * per-device state between sessions other than connection pools it manages itself.
 */
@ConsumerType
public interface DeviceDriver {

    /** What this driver is and which capabilities its sessions offer; constant for the life of the service. */
    DriverDescriptor descriptor();

    /**
     * Connects and authenticates to a device.
     *
     * @throws DeviceUnreachableException when the TCP connection cannot be made within {@link DeviceTarget#connectTimeout()}
     * @throws DeviceAuthenticationException when the device rejects the credentials
     * @throws DeviceTimeoutException when the device accepts the connection but does not complete the handshake in time
     */
    DeviceSession open(DeviceTarget target) throws DeviceException;
}

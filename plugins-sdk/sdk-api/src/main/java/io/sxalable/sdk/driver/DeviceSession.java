package io.sxalable.sdk.driver;

import java.util.Optional;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * An authenticated connection to one device. Not thread-safe: one caller at a time. Close it when done.
 */
@ConsumerType
public interface DeviceSession extends AutoCloseable {

    /**
     * The session's implementation of a capability interface, or empty when the driver does not support it.
     * Returns a value exactly for the capabilities listed in the driver's {@link DriverDescriptor#capabilities()}.
     */
    <T> Optional<T> capability(Class<T> type);

    /**
     * The capability, or a typed {@link OperationNotSupportedException} naming it.
     */
    default <T> T require(Class<T> type) throws OperationNotSupportedException {
        return capability(type).orElseThrow(() -> new OperationNotSupportedException(Capability.of(type)));
    }

    /**
     * Fingerprint of the key the device authenticated with, e.g. {@code "SHA256:47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU"},
     * or empty for transports without host keys. The core pins it on first use and passes it back as
     * {@link DeviceTarget#hostKey()} on later connections.
     */
    default Optional<String> hostKeyFingerprint() {
        return Optional.empty();
    }

    /** Closes the connection; never throws. */
    @Override
    void close();
}

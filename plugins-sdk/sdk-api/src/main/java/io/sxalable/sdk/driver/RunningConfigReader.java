package io.sxalable.sdk.driver;

import org.osgi.annotation.versioning.ConsumerType;

/** Reads the running configuration. */
@ConsumerType
public interface RunningConfigReader {
    /** The running configuration as the device prints it, after the driver's documented normalisation. */
    String runningConfig() throws DeviceException;
}

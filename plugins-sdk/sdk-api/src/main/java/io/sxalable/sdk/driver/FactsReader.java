package io.sxalable.sdk.driver;

import org.osgi.annotation.versioning.ConsumerType;

/** Reads basic device facts. */
@ConsumerType
public interface FactsReader {
    DeviceFacts facts() throws DeviceException;
}

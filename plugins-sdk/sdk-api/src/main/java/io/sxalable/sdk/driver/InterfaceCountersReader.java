package io.sxalable.sdk.driver;

import java.util.List;
import org.osgi.annotation.versioning.ConsumerType;

/** Reads interface counters. */
@ConsumerType
public interface InterfaceCountersReader {
    /** Counters of every interface that has them. */
    List<InterfaceCounters> counters() throws DeviceException;
}

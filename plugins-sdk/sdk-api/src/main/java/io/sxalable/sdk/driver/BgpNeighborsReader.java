package io.sxalable.sdk.driver;

import java.util.List;
import org.osgi.annotation.versioning.ConsumerType;

/** Reads BGP neighbors of all VRFs. */
@ConsumerType
public interface BgpNeighborsReader {
    List<BgpNeighbor> bgpNeighbors() throws DeviceException;
}

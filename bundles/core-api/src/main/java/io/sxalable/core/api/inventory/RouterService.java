package io.sxalable.core.api.inventory;

import io.sxalable.core.api.Caller;
import io.sxalable.core.api.Page;
import io.sxalable.sdk.driver.BgpNeighbor;
import io.sxalable.sdk.driver.DeviceFacts;
import io.sxalable.sdk.driver.InterfaceCounters;
import io.sxalable.sdk.driver.InterfaceInfo;
import java.util.List;
import java.util.UUID;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The router inventory of the caller's tenant, and live reads through each router's driver.
 * Live reads fail with DRIVER_NOT_INSTALLED when the router's driver bundle is not running, and with the
 * DEVICE_* codes when the device fails.
 */
@ProviderType
public interface RouterService {
    Router create(Caller caller, RouterSpec spec);

    Router get(Caller caller, UUID id);

    /** Looks a router up by id or by name. */
    Router find(Caller caller, String idOrName);

    Page<Router> list(Caller caller, RouterQuery query);

    /** Changes the non-null fields of {@code changes}. */
    Router update(Caller caller, UUID id, RouterSpec changes);

    void delete(Caller caller, UUID id);

    DeviceFacts facts(Caller caller, UUID id);

    List<InterfaceInfo> interfaces(Caller caller, UUID id);

    List<InterfaceCounters> interfaceCounters(Caller caller, UUID id);

    List<BgpNeighbor> bgpNeighbors(Caller caller, UUID id);

    String runningConfig(Caller caller, UUID id);
}

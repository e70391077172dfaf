package io.sxalable.core.api.inventory;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A managed router.
 *
 * @param id            stable id
 * @param name          unique within the tenant, {@code [A-Za-z0-9][A-Za-z0-9._-]{0,62}}
 * @param region        location/region label, e.g. {@code "eu-west-1"}
 * @param cloudProvider where it runs
 * @param status        last known state
 * @param asn           BGP AS number, 1..4294967295
 * @param managementIp  IPv4 or IPv6 literal the drivers connect to
 * @param managementPort TCP port, or empty for the driver's default
 * @param driverId      id of the driver that manages it, e.g. {@code "frr"}
 * @param site          site / datacenter label, {@code ""} when none
 * @param tags          free labels, each {@code [A-Za-z0-9:._-]{1,64}}
 * @param credentialId  device credential used to log in, or empty
 * @param createdAt     creation time (UTC)
 * @param updatedAt     last change (UTC)
 */
public record Router(UUID id, String name, String region, CloudProvider cloudProvider, RouterStatus status,
                     long asn, String managementIp, Optional<Integer> managementPort, String driverId, String site,
                     List<String> tags, Optional<UUID> credentialId, Instant createdAt, Instant updatedAt) {
    public Router {
        tags = List.copyOf(tags);
    }
}

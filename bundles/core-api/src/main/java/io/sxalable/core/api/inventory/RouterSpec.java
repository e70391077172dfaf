package io.sxalable.core.api.inventory;

import java.util.List;
import java.util.UUID;

/**
 * Input to create a router, or (in {@link RouterService#update}) the fields to change, where null means unchanged.
 * Field rules are those of {@link Router}; {@code status} defaults to UNKNOWN and {@code cloudProvider} to ON_PREM.
 */
public record RouterSpec(String name, String region, CloudProvider cloudProvider, RouterStatus status, Long asn,
                         String managementIp, Integer managementPort, String driverId, String site,
                         List<String> tags, UUID credentialId) {
}

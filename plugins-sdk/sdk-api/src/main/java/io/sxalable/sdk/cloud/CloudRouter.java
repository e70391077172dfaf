package io.sxalable.sdk.cloud;

import java.util.Optional;

/**
 * A router as the platform sees it.
 *
 * @param instanceId   provider's id
 * @param name         router name
 * @param region       region
 * @param state        provider state mapped to {@link State}
 * @param managementIp address the appliance reaches it on, once known
 */
public record CloudRouter(String instanceId, String name, String region, State state, Optional<String> managementIp) {
    public enum State { PENDING, RUNNING, STOPPED, TERMINATED, ERROR }
}

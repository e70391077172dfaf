package io.sxalable.rest.health;

import java.util.Map;
import java.util.TreeMap;

import io.sxalable.core.api.health.HealthIndicator;

/**
 * The body of {@code GET /health}. Example:
 *
 * <pre>{@code
 * {"status":"DEGRADED","components":{
 *    "database":{"status":"UP","detail":"embedded PostgreSQL 17.7","required":true},
 *    "nats":{"status":"DOWN","detail":"connection refused","required":false}}}
 * }</pre>
 *
 * @param status     {@code UP}: everything up; {@code DEGRADED}: only optional parts down; {@code DOWN}: a required
 *                   part down (then the appliance is not ready)
 * @param components one entry per registered {@link HealthIndicator}, by name
 */
public record HealthReport(String status, Map<String, Component> components) {

    public static final String UP = "UP";
    public static final String DEGRADED = "DEGRADED";
    public static final String DOWN = "DOWN";

    public HealthReport {
        components = new TreeMap<>(components);
    }

    /** Ready = every required component up. */
    public boolean ready() {
        return !DOWN.equals(status);
    }

    static HealthReport of(Map<String, Component> components) {
        boolean requiredDown = components.values().stream().anyMatch(c -> c.required() && !c.up());
        boolean anyDown = components.values().stream().anyMatch(c -> !c.up());
        return new HealthReport(requiredDown ? DOWN : anyDown ? DEGRADED : UP, components);
    }

    /**
     * @param status   {@code UP} or {@code DOWN}
     * @param detail   one line for operators
     * @param required whether this part being down makes the appliance not ready
     */
    public record Component(String status, String detail, boolean required) {
        boolean up() {
            return HealthIndicator.Status.UP.name().equals(status);
        }
    }
}

package io.sxalable.core.api.health;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * One component's health (database, message bus, drivers...). Bundles register these as OSGi services; the
 * health endpoints aggregate every registered indicator. {@link #check()} must answer within about a second.
 */
@ConsumerType
public interface HealthIndicator {

    /** Short stable name, e.g. {@code "database"}. */
    String name();

    Health check();

    /**
     * @param status  UP or DOWN
     * @param detail  one line for operators, e.g. {@code "embedded PostgreSQL 17.7 on 127.0.0.1:41733"}
     * @param required whether the appliance is not ready while this is DOWN (optional parts only degrade it)
     */
    record Health(Status status, String detail, boolean required) {
        public static Health up(String detail) {
            return new Health(Status.UP, detail, true);
        }

        public static Health down(String detail) {
            return new Health(Status.DOWN, detail, true);
        }

        public Health optional() {
            return new Health(status, detail, false);
        }
    }

    enum Status { UP, DOWN }
}

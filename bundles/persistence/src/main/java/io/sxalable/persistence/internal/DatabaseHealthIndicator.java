package io.sxalable.persistence.internal;

import io.sxalable.core.api.health.HealthIndicator;
import io.sxalable.core.api.persistence.Database;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * Reports the database as DOWN both when it does not answer and when no Database service is active at all
 * (misconfigured URL, embedded server failed to start), so /ready tells the operator instead of staying silent.
 */
@Component(service = HealthIndicator.class)
public class DatabaseHealthIndicator implements HealthIndicator {

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile Database database;

    @Override
    public String name() {
        return "database";
    }

    @Override
    public Health check() {
        Database db = database;
        if (db == null) {
            return Health.down("no database service: check etc/io.sxalable.db.cfg and the log");
        }
        return db.ping() ? Health.up(db.describe()) : Health.down("not answering: " + db.describe());
    }
}

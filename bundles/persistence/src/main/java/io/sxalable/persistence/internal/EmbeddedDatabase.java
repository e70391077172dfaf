package io.sxalable.persistence.internal;

import io.sxalable.core.api.persistence.Database;
import io.sxalable.persistence.spi.DatabaseEndpoint;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * The Database on the server of a {@link DatabaseEndpoint} service (the embedded PostgreSQL); enabled by
 * {@link DatabaseModeSelector} only when no {@code url} is configured. Pool settings still come from
 * {@code io.sxalable.db}.
 */
@Component(service = Database.class, enabled = false, configurationPid = DatabaseConfig.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
public final class EmbeddedDatabase extends PostgresDatabase {

    @Activate
    public EmbeddedDatabase(DatabaseConfig config, @Reference DatabaseEndpoint endpoint) {
        super(Pools.create(endpoint.jdbcUrl(), endpoint.username(), endpoint.password(), config.poolSize(),
                config.connectionTimeoutMs()), endpoint.kind());
    }

    @Deactivate
    void deactivate() {
        close();
    }
}

package io.sxalable.embeddedpostgres.internal;

import io.sxalable.persistence.spi.DatabaseEndpoint;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;

/**
 * Registers the embedded PostgreSQL as a {@link DatabaseEndpoint}.
 *
 * <p>When it runs: this is a <em>delayed</em> component (a service, not immediate), so Declarative Services
 * registers the service at once but creates the component, and thereby starts PostgreSQL, only when a consumer
 * gets the service. The only consumer is the persistence bundle's {@code EmbeddedDatabase}, which its
 * {@code DatabaseModeSelector} enables only when {@code io.sxalable.db} has no {@code url}. So a fresh appliance
 * (no configuration) runs the embedded server, and one with {@code url=...} in {@code etc/io.sxalable.db.cfg} never
 * starts it. When the last consumer goes away, the component is deactivated and the server stopped.
 */
@Component(service = DatabaseEndpoint.class, configurationPid = EmbeddedPostgresConfig.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
public final class EmbeddedPostgresComponent implements DatabaseEndpoint {

    private final EmbeddedPostgresServer server;

    @Activate
    public EmbeddedPostgresComponent(EmbeddedPostgresConfig config) throws IOException {
        this.server = EmbeddedPostgresServer.start(directory(config), config.port(),
                Duration.ofSeconds(config.startupTimeoutSeconds()));
    }

    @Deactivate
    void deactivate() {
        server.close();
    }

    @Override
    public String jdbcUrl() {
        return server.jdbcUrl();
    }

    @Override
    public String username() {
        return server.username();
    }

    @Override
    public String password() {
        return server.password();
    }

    @Override
    public String kind() {
        return server.kind();
    }

    /** Configured, else {@code ${karaf.data}/postgresql}, else {@code ${java.io.tmpdir}/sxalable-pg} (outside Karaf). */
    static Path directory(EmbeddedPostgresConfig config) {
        if (!config.directory().isBlank()) {
            return Path.of(config.directory().trim());
        }
        String karafData = System.getProperty("karaf.data");
        if (karafData != null && !karafData.isBlank()) {
            return Path.of(karafData, "postgresql");
        }
        return Path.of(System.getProperty("java.io.tmpdir"), "sxalable-pg");
    }
}

package io.sxalable.persistence.internal;

import io.sxalable.core.api.persistence.Database;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The Database on an external PostgreSQL named by {@code url}; enabled by {@link DatabaseModeSelector}. */
@Component(service = Database.class, enabled = false, configurationPid = DatabaseConfig.PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE)
public final class ExternalDatabase extends PostgresDatabase {

    private static final Logger LOG = LoggerFactory.getLogger(ExternalDatabase.class);

    @Activate
    public ExternalDatabase(DatabaseConfig config, Map<String, Object> properties) {
        super(Pools.create(checkedUrl(config.url()), config.username(), password(config, properties),
                config.poolSize(), config.connectionTimeoutMs()), "external");
    }

    @Deactivate
    void deactivate() {
        close();
    }

    private static String checkedUrl(String url) {
        String trimmed = url.trim();
        if (!trimmed.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException(DatabaseConfig.PID + ": url is not a PostgreSQL JDBC URL: "
                    + Pools.redact(trimmed));
        }
        return trimmed;
    }

    /** {@code .password}; a plain {@code password} key still works but is visible in the service registry. */
    private static String password(DatabaseConfig config, Map<String, Object> properties) {
        if (!config._password().isEmpty()) {
            return config._password();
        }
        Object plain = properties.get("password");
        if (plain != null) {
            LOG.warn("{}: rename 'password' to '.password'; without the dot it is published as a service property",
                    DatabaseConfig.PID);
            return plain.toString();
        }
        return "";
    }
}

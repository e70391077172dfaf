package io.sxalable.persistence.internal;

import org.osgi.service.component.ComponentContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Picks where the data lives from configuration {@code io.sxalable.db}: an {@code url} enables
 * {@link ExternalDatabase}; no configuration or an empty {@code url} enables {@link EmbeddedDatabase}.
 *
 * <p>Why a selector: the embedded server must not even start when an external URL is configured, and Declarative
 * Services cannot make a reference depend on the value of a configuration property. Both Database components are
 * therefore disabled by default and exactly one is enabled here. {@link EmbeddedDatabase} is the only consumer of
 * the embedded bundle's {@code DatabaseEndpoint} service, a delayed component, so PostgreSQL is started only when
 * the embedded mode is chosen and something uses the Database. A configuration change re-runs the choice.
 */
@Component(configurationPid = DatabaseConfig.PID, configurationPolicy = ConfigurationPolicy.OPTIONAL, immediate = true)
public final class DatabaseModeSelector {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseModeSelector.class);

    private final ComponentContext context;

    @Activate
    public DatabaseModeSelector(ComponentContext context, DatabaseConfig config) {
        this.context = context;
        if (config.url().isBlank()) {
            LOG.info("No url in configuration {}: using the embedded PostgreSQL", DatabaseConfig.PID);
            context.enableComponent(EmbeddedDatabase.class.getName());
        } else {
            LOG.info("Using the external PostgreSQL at {}", Pools.redact(config.url().trim()));
            context.enableComponent(ExternalDatabase.class.getName());
        }
    }

    @Deactivate
    void deactivate() {
        context.disableComponent(ExternalDatabase.class.getName());
        context.disableComponent(EmbeddedDatabase.class.getName());
    }
}

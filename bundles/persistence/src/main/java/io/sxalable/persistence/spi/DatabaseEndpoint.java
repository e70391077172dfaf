package io.sxalable.persistence.spi;

import org.osgi.annotation.versioning.ProviderType;

/**
 * A running PostgreSQL server that another bundle manages, registered as an OSGi service while it accepts
 * connections. The persistence bundle opens its own connection pool on it.
 *
 * <p>Example (embedded server): {@code jdbcUrl() = "jdbc:postgresql://127.0.0.1:41733/sxalable"},
 * {@code username() = "postgres"}, {@code kind() = "embedded"}.
 */
@ProviderType
public interface DatabaseEndpoint {

    /** JDBC URL of the database to use, without credentials, e.g. {@code jdbc:postgresql://127.0.0.1:41733/sxalable}. */
    String jdbcUrl();

    /** Role to connect as. */
    String username();

    /** Password of {@link #username()}; empty when the server needs none. Never logged. */
    String password();

    /** One word saying what kind of server this is, for {@code Database.describe()}, e.g. {@code "embedded"}. */
    String kind();
}

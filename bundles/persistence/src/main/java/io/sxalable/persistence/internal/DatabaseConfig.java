package io.sxalable.persistence.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Configuration PID {@code io.sxalable.db} ({@code etc/io.sxalable.db.cfg}). No file, or an empty {@code url}: the
 * appliance uses its embedded PostgreSQL. Example for an external server:
 * <pre>
 * url = jdbc:postgresql://db.example.net:5432/sxalable
 * username = sxalable
 * .password = secret
 * poolSize = 20
 * </pre>
 */
@ObjectClassDefinition(pid = DatabaseConfig.PID, name = "Sxalable database",
        description = "Where the appliance keeps its data: an external PostgreSQL, or the embedded one when url is empty.")
public @interface DatabaseConfig {

    String PID = "io.sxalable.db";

    @AttributeDefinition(name = "JDBC URL", required = false,
            description = "External PostgreSQL, e.g. jdbc:postgresql://db.example.net:5432/sxalable. "
                    + "Empty: start and use the embedded PostgreSQL.")
    String url() default "";

    @AttributeDefinition(name = "User", description = "Role on the external server.")
    String username() default "sxalable";

    /**
     * Property {@code .password}: the leading dot keeps it out of the Database service's properties (Declarative
     * Services publishes every other configuration property on the registered service).
     */
    @AttributeDefinition(name = "Password", type = AttributeType.PASSWORD, required = false,
            description = "Password of the role on the external server (property key: .password).")
    String _password() default "";

    @AttributeDefinition(name = "Pool size", min = "2", max = "500",
            description = "Most connections kept open (at least 2: a schema migration holds two).")
    int poolSize() default 10;

    @AttributeDefinition(name = "Connection timeout (ms)", min = "250",
            description = "How long a caller waits for a pooled connection before the operation fails.")
    long connectionTimeoutMs() default 5000;
}

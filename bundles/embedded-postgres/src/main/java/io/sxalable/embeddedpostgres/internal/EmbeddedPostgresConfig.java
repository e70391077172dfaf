package io.sxalable.embeddedpostgres.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Optional configuration PID {@code io.sxalable.db.embedded}; the defaults suit an appliance. */
@ObjectClassDefinition(pid = EmbeddedPostgresConfig.PID, name = "Sxalable embedded PostgreSQL",
        description = "The private PostgreSQL server used when io.sxalable.db has no url.")
public @interface EmbeddedPostgresConfig {

    String PID = "io.sxalable.db.embedded";

    @AttributeDefinition(name = "Port", min = "0", max = "65535",
            description = "TCP port on 127.0.0.1; 0 picks a free port at each start.")
    int port() default 0;

    @AttributeDefinition(name = "Directory", required = false,
            description = "Holds data/ (the cluster), binaries/ and the superuser password. "
                    + "Empty: ${karaf.data}/postgresql. Note that 'karaf clean' deletes ${karaf.data}.")
    String directory() default "";

    @AttributeDefinition(name = "Startup timeout (s)", min = "1", description = "How long to wait for the server.")
    int startupTimeoutSeconds() default 60;
}

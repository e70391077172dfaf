package io.sxalable.rest;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration PID {@code io.sxalable.rest} ({@code etc/io.sxalable.rest.cfg}); every value has a default. */
@ObjectClassDefinition(name = "Sxalable REST", description = "Limits of the REST API")
public @interface RestConfig {

    String PID = "io.sxalable.rest";

    @AttributeDefinition(name = "Largest request body (bytes)",
            description = "Bigger bodies are refused with 413 PAYLOAD_TOO_LARGE. Default 1 MiB.", min = "1")
    long maxBodyBytes() default 1_048_576L;

    @AttributeDefinition(name = "Health check timeout (ms)",
            description = "A health indicator that has not answered by then counts as DOWN.", min = "1")
    long healthTimeoutMillis() default 2_000L;
}

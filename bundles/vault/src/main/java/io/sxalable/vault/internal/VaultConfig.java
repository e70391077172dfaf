package io.sxalable.vault.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration PID {@code io.sxalable.vault} ({@code etc/io.sxalable.vault.cfg}). */
@ObjectClassDefinition(name = "Sxalable credential vault",
        description = "Encryption at rest of device credentials")
public @interface VaultConfig {
    String PID = "io.sxalable.vault";

    @AttributeDefinition(name = "Master key file", description = "AES-256 master key, created (mode 600) at first "
            + "start when absent. Empty means ${karaf.etc}/sxalable-master.key. Back it up with the database.")
    String masterKeyFile() default "";
}

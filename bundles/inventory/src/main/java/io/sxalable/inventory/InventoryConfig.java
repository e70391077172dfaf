package io.sxalable.inventory;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** {@code etc/io.sxalable.inventory.cfg}. */
@ObjectClassDefinition(name = "Sxalable inventory", description = "Router inventory and live device reads")
@interface InventoryConfig {

    @AttributeDefinition(description = "Seconds to wait for a device's TCP connection and login")
    int connectTimeoutSeconds() default 10;

    @AttributeDefinition(description = "Seconds to wait for one device command or RPC to complete")
    int commandTimeoutSeconds() default 30;
}

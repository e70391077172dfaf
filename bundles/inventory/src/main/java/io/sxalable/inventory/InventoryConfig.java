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

    @AttributeDefinition(description = "Device sessions this node opens to one router at the same time; more wait up to"
            + " the connect timeout, then fail with DEVICE_BUSY. Small routers' management planes are easily swamped.")
    int maxConcurrentPerDevice() default 2;

    @AttributeDefinition(description = "Seconds a device session stays open after use for the next call to reuse it"
            + " (saves a login per call); 0 opens a new session for every call")
    int sessionIdleSeconds() default 30;
}

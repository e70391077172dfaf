package io.sxalable.events.nats;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** {@code etc/io.sxalable.events.nats.cfg}; without this file no events are published. */
@ObjectClassDefinition(name = "Sxalable events over NATS", description = "Domain events on a NATS JetStream stream")
@interface NatsConfig {

    @AttributeDefinition(description = "Comma-separated NATS server URLs, e.g. nats://10.0.0.5:4222,nats://10.0.0.6:4222")
    String servers() default "nats://127.0.0.1:4222";

    @AttributeDefinition(description = "JetStream stream that stores the events; created when missing")
    String stream() default "SXALABLE_EVENTS";

    @AttributeDefinition(description = "Subject prefix; events go to <prefix>.<tenant>.<type>, e.g. sxalable.events.acme.router.created")
    String subjectPrefix() default "sxalable.events";

    @AttributeDefinition(description = "Seconds to wait for the first connection")
    int connectTimeoutSeconds() default 5;

    @AttributeDefinition(description = "Days JetStream keeps events")
    int retentionDays() default 7;
}

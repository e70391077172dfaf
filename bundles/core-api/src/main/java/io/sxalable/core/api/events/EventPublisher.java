package io.sxalable.core.api.events;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Publishes domain events; registered only while a message bus is configured and connected. Publishing happens
 * after the change committed and must not throw: delivery problems are logged and counted by the publisher.
 */
@ConsumerType
public interface EventPublisher {
    void publish(DomainEvent event);
}

/** Domain events published to the message bus (NATS) for other nodes and agents. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package io.sxalable.core.api.events;

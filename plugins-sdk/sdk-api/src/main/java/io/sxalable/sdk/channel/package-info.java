/**
 * Notification-channel SPI: what a channel plugin (email, webhook, chat, paging, SMS, syslog) implements so
 * alerts can reach people. Interfaces only in this version; the alerting engine that calls them comes later.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package io.sxalable.sdk.channel;

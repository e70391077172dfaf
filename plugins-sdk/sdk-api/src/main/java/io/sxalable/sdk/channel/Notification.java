package io.sxalable.sdk.channel;

import java.time.Instant;
import java.util.Map;

/**
 * One message to deliver.
 *
 * @param id        unique id; channels pass it on as an idempotency / deduplication key where the peer supports one
 * @param tenant    tenant slug the notification belongs to
 * @param severity  severity of the underlying alert
 * @param title     one-line summary, at most 200 characters
 * @param body      plain-text details
 * @param occurredAt when the underlying event happened (UTC)
 * @param labels    key/value context such as {@code router=edge-1}, {@code region=eu-west}
 */
public record Notification(String id, String tenant, Severity severity, String title, String body,
                           Instant occurredAt, Map<String, String> labels) {
    public Notification {
        labels = Map.copyOf(labels);
    }

    /** Alert severities, lowest first. */
    public enum Severity { INFO, WARNING, MINOR, MAJOR, CRITICAL }
}

package io.sxalable.sdk.channel;

import java.util.Map;
import org.osgi.annotation.versioning.ConsumerType;

/** A way to deliver notifications, registered by a channel plugin as an OSGi service. */
@ConsumerType
public interface NotificationChannel {

    /** Identity of the channel type, e.g. {@code "email"}, {@code "webhook"}. */
    ChannelDescriptor descriptor();

    /**
     * Checks a channel configuration (e.g. SMTP host, webhook URL) before it is saved.
     *
     * @throws IllegalArgumentException naming the first invalid setting
     */
    void validate(Map<String, String> settings);

    /**
     * Delivers one notification. Implementations do not retry: the caller owns retries and backoff and uses
     * {@link DeliveryResult#retryable()} to decide.
     */
    DeliveryResult send(Notification notification, Map<String, String> settings);
}

package io.sxalable.sdk.channel;

import java.util.List;

/**
 * Identity of a channel type.
 *
 * @param id               stable lower-case id, e.g. {@code "slack-webhook"}
 * @param displayName      name shown to operators
 * @param requiredSettings setting keys {@link NotificationChannel#validate} insists on, e.g. {@code ["url"]}
 * @param secretSettings   setting keys whose values are secrets and are stored encrypted, e.g. {@code ["password"]}
 */
public record ChannelDescriptor(String id, String displayName, List<String> requiredSettings,
                                List<String> secretSettings) {
    public ChannelDescriptor {
        requiredSettings = List.copyOf(requiredSettings);
        secretSettings = List.copyOf(secretSettings);
    }
}

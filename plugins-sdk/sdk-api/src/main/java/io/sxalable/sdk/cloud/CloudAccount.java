package io.sxalable.sdk.cloud;

import java.util.Map;

/**
 * Credentials and scope for one provider account. {@link #toString()} hides secrets.
 *
 * @param name     operator-chosen account name
 * @param settings provider-specific keys (e.g. {@code access-key-id}, {@code secret-access-key}, {@code project})
 */
public record CloudAccount(String name, Map<String, String> settings) {
    public CloudAccount {
        settings = Map.copyOf(settings);
    }

    @Override
    public String toString() {
        return "CloudAccount[" + name + ", settings=" + settings.keySet() + "]";
    }
}

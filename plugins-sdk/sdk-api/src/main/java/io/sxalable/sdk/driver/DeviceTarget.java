package io.sxalable.sdk.driver;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where and how to reach one device.
 *
 * @param host           management address (IPv4/IPv6 literal or DNS name)
 * @param port           TCP port; drivers use {@link DriverDescriptor#defaultPort()} when a router sets none
 * @param credentials    decrypted login credentials; never logged
 * @param connectTimeout limit for establishing the TCP connection and the protocol handshake
 * @param commandTimeout limit for one command or RPC, from send to complete reply
 * @param hostKey        pinned SSH host key fingerprint ({@code SHA256:...}) if one was recorded; empty accepts and reports the key
 * @param options        driver-specific settings (e.g. {@code enable-secret}); documented in each driver's README
 */
public record DeviceTarget(String host, int port, Credentials credentials, Duration connectTimeout,
                           Duration commandTimeout, Optional<String> hostKey, Map<String, String> options) {

    public DeviceTarget {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(credentials, "credentials");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(commandTimeout, "commandTimeout");
        hostKey = hostKey == null ? Optional.empty() : hostKey;
        options = options == null ? Map.of() : Map.copyOf(options);
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
    }

    /** A target with the default timeouts (connect 10 s, command 30 s), no pinned host key and no options. */
    public static DeviceTarget of(String host, int port, Credentials credentials) {
        return new DeviceTarget(host, port, credentials, Duration.ofSeconds(10), Duration.ofSeconds(30),
                Optional.empty(), Map.of());
    }

    @Override
    public String toString() {
        return "DeviceTarget[" + host + ":" + port + ", user=" + credentials.username() + "]";
    }
}

package io.sxalable.identity.internal;

import java.nio.file.Path;
import java.time.Duration;

/**
 * {@link IdentityConfig} resolved to values; tests build it directly.
 *
 * @param accessTtl          access JWT lifetime
 * @param refreshTtl         refresh token lifetime
 * @param clockSkew          tolerance for exp/iat checks
 * @param jwtKeyFile         PKCS#8 PEM signing key
 * @param bootstrapTokenFile where the pending bootstrap token is written
 */
record IdentitySettings(Duration accessTtl, Duration refreshTtl, Duration clockSkew, Path jwtKeyFile,
                        Path bootstrapTokenFile) {

    static IdentitySettings from(IdentityConfig c) {
        return new IdentitySettings(
                Duration.ofSeconds(clamp(c.accessTokenTtlSeconds(), 60, 86_400)),
                Duration.ofSeconds(clamp(c.refreshTokenTtlSeconds(), 300, 7_776_000)),
                Duration.ofSeconds(clamp(c.clockSkewSeconds(), 0, 300)),
                path(c.jwtKeyFile(), "karaf.etc", "sxalable-jwt.pem", "jwtKeyFile"),
                path(c.bootstrapTokenFile(), "karaf.data", "sxalable-bootstrap.token", "bootstrapTokenFile"));
    }

    private static int clamp(int v, int min, int max) {
        return Math.max(min, Math.min(max, v));
    }

    private static Path path(String configured, String dirProperty, String fileName, String attribute) {
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured.trim());
        }
        String dir = System.getProperty(dirProperty);
        if (dir == null || dir.isBlank()) {
            throw new IllegalStateException(dirProperty + " is not set: configure " + attribute + " in "
                    + IdentityConfig.PID);
        }
        return Path.of(dir, fileName);
    }
}

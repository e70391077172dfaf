package io.sxalable.core.api.credentials;

import java.time.Instant;
import java.util.UUID;

/**
 * A stored device login. The secret parts are never part of this record.
 *
 * @param id            stable id routers refer to
 * @param name          unique within the tenant, e.g. {@code "core-routers"}
 * @param username      device login name
 * @param hasPassword   a password is stored
 * @param hasPrivateKey a private key is stored
 * @param createdAt     creation time (UTC)
 */
public record DeviceCredential(UUID id, String name, String username, boolean hasPassword, boolean hasPrivateKey,
                               Instant createdAt) {
}

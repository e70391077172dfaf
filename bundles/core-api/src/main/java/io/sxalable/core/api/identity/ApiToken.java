package io.sxalable.core.api.identity;

import io.sxalable.core.api.Role;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A long-lived API token for automation (the secret itself is shown only once, at creation).
 *
 * @param id         stable id
 * @param name       what it is for, e.g. {@code "ansible"}
 * @param owner      username of the owner
 * @param prefix     first characters of the secret, to recognise it, e.g. {@code "sxa_3kf9"}
 * @param roles      roles it carries (a subset of the owner's)
 * @param createdAt  creation time (UTC)
 * @param expiresAt  expiry, or empty for none
 * @param lastUsedAt last successful use, or empty
 * @param revoked    revoked tokens are kept for the audit trail but never accepted
 */
public record ApiToken(UUID id, String name, String owner, String prefix, Set<Role> roles, Instant createdAt,
                       Optional<Instant> expiresAt, Optional<Instant> lastUsedAt, boolean revoked) {
    public ApiToken {
        roles = Set.copyOf(roles);
    }
}

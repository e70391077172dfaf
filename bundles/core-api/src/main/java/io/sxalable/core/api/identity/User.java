package io.sxalable.core.api.identity;

import io.sxalable.core.api.Role;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * A user; the password hash never leaves the identity bundle.
 *
 * @param id            stable id
 * @param tenantSlug    tenant the user belongs to
 * @param username      login name, unique across the appliance
 * @param roles         roles in that tenant
 * @param platformAdmin may manage tenants
 * @param disabled      may not log in; existing tokens stop working
 * @param createdAt     creation time (UTC)
 */
public record User(UUID id, String tenantSlug, String username, Set<Role> roles, boolean platformAdmin,
                   boolean disabled, Instant createdAt) {
    public User {
        roles = Set.copyOf(roles);
    }
}

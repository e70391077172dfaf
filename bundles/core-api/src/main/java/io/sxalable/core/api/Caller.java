package io.sxalable.core.api;

import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * An authenticated principal acting in exactly one tenant. Every service call takes one.
 *
 * @param userId        the user, or the owner of the API token
 * @param username      login name, recorded in the audit log
 * @param tenantId      the tenant the call acts in
 * @param tenantSlug    that tenant's slug (its schema is {@code tenant_<slug>})
 * @param roles         effective roles (a token's roles are a subset of its owner's)
 * @param platformAdmin may create and manage tenants (the appliance's first administrator)
 * @param authMethod    how the caller proved who they are
 * @param requestId     correlation id of the request or console command, recorded in the audit log
 */
public record Caller(UUID userId, String username, UUID tenantId, String tenantSlug, Set<Role> roles,
                     boolean platformAdmin, AuthMethod authMethod, String requestId) {

    public Caller {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(tenantSlug, "tenantSlug");
        roles = Set.copyOf(roles);
        Objects.requireNonNull(authMethod, "authMethod");
        Objects.requireNonNull(requestId, "requestId");
    }

    public boolean can(Permission permission) {
        return permission.grantedToAnyOf(roles);
    }

    /** @throws SxalableException {@link ErrorCode#FORBIDDEN} when the caller lacks the permission */
    public void require(Permission permission) {
        if (!can(permission)) {
            throw new SxalableException(ErrorCode.FORBIDDEN,
                    "user '" + username + "' with roles " + roles + " lacks permission " + permission);
        }
    }

    /** @throws SxalableException {@link ErrorCode#FORBIDDEN} unless the caller is a platform administrator */
    public void requirePlatformAdmin() {
        if (!platformAdmin) {
            throw new SxalableException(ErrorCode.FORBIDDEN, "only a platform administrator may manage tenants");
        }
    }

    /** The same caller under another request id (console commands get one each). */
    public Caller withRequestId(String newRequestId) {
        return new Caller(userId, username, tenantId, tenantSlug, roles, platformAdmin, authMethod, newRequestId);
    }

    public enum AuthMethod { PASSWORD_JWT, API_TOKEN, CONSOLE }
}

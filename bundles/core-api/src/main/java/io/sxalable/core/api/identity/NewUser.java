package io.sxalable.core.api.identity;

import io.sxalable.core.api.Role;
import java.util.Set;

/**
 * Input to create a user.
 *
 * @param username   {@code [a-zA-Z0-9._@-]{3,64}}, unique across the appliance
 * @param password   at least 12 characters
 * @param roles      at least one role
 * @param tenantSlug tenant to create the user in; null means the caller's tenant (other tenants: platform admins only)
 */
public record NewUser(String username, String password, Set<Role> roles, String tenantSlug) {
    @Override
    public String toString() {
        return "NewUser[username=" + username + ", roles=" + roles + ", tenantSlug=" + tenantSlug + "]";
    }
}

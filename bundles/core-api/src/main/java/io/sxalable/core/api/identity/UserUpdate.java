package io.sxalable.core.api.identity;

import io.sxalable.core.api.Role;
import java.util.Set;

/** Changes to a user; null fields stay as they are. A new password revokes the user's refresh tokens. */
public record UserUpdate(String password, Set<Role> roles, Boolean disabled) {
    @Override
    public String toString() {
        return "UserUpdate[password=" + (password == null ? "unchanged" : "***") + ", roles=" + roles
                + ", disabled=" + disabled + "]";
    }
}

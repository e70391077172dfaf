package io.sxalable.core.api;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a caller may do, and which roles grant it. Services check a permission on every call; REST and console
 * never decide on their own.
 */
public enum Permission {
    ROUTER_READ(Role.ADMIN, Role.OPERATOR, Role.VIEWER, Role.AUDITOR),
    ROUTER_WRITE(Role.ADMIN, Role.OPERATOR),
    /** Talk to the device itself (facts, interfaces, BGP). */
    DEVICE_READ(Role.ADMIN, Role.OPERATOR, Role.VIEWER),
    CREDENTIAL_READ(Role.ADMIN, Role.OPERATOR),
    CREDENTIAL_WRITE(Role.ADMIN, Role.OPERATOR),
    USER_READ(Role.ADMIN, Role.AUDITOR),
    USER_WRITE(Role.ADMIN),
    /** See and revoke every API token of the tenant (everyone manages their own). */
    TOKEN_ADMIN(Role.ADMIN),
    AUDIT_READ(Role.ADMIN, Role.AUDITOR),
    DRIVER_READ(Role.ADMIN, Role.OPERATOR, Role.VIEWER, Role.AUDITOR);

    private final Set<Role> grantedTo;

    Permission(Role... grantedTo) {
        this.grantedTo = EnumSet.of(grantedTo[0], grantedTo);
    }

    public boolean grantedToAnyOf(Set<Role> roles) {
        return roles.stream().anyMatch(grantedTo::contains);
    }
}

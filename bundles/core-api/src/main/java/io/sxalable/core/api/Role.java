package io.sxalable.core.api;

/**
 * Roles within a tenant. A user or token holds one or more; {@link Permission} says what each allows.
 */
public enum Role {
    /** Manages everything in the tenant, including users and tokens. */
    ADMIN,
    /** Manages routers and device credentials and reads live device state. */
    OPERATOR,
    /** Reads inventory and live device state. */
    VIEWER,
    /** Reads inventory, users and the audit log; changes nothing. */
    AUDITOR
}

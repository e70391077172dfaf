package io.sxalable.core.api.inventory;

/** Last known state of a router. */
public enum RouterStatus {
    /** Never contacted. */
    UNKNOWN,
    /** Answered the last driver call. */
    ONLINE,
    /** The last driver call could not reach it. */
    OFFLINE,
    /** Reachable, with an active alert. */
    ALERT,
    /** Under planned maintenance: alerts suppressed. */
    MAINTENANCE
}

package io.sxalable.sdk.driver;

/** The kinds of device failure the core tells apart; each maps to one stable API error code. */
public enum ErrorKind {
    /** No TCP connection: host down, port closed, route missing. */
    UNREACHABLE,
    /** The device rejected the credentials. */
    AUTHENTICATION_FAILED,
    /** The device did not answer in time. */
    TIMEOUT,
    /** The driver does not offer the requested capability. */
    UNSUPPORTED_OPERATION,
    /** The device refused a command or configuration. */
    CONFIG_REJECTED,
    /** The device answered in a shape the driver cannot parse. */
    UNEXPECTED_OUTPUT,
    /** The device presented a host key other than the pinned one. */
    HOST_KEY_MISMATCH
}

package io.sxalable.sdk.driver;

import java.util.Objects;

/**
 * A failure talking to a device. Drivers throw one of the subclasses; the core maps {@link #kind()} to a stable
 * API error code. Messages must never contain credentials.
 */
public abstract class DeviceException extends Exception {
    private static final long serialVersionUID = 1L;

    private final ErrorKind kind;

    protected DeviceException(ErrorKind kind, String message) {
        super(message);
        this.kind = Objects.requireNonNull(kind);
    }

    protected DeviceException(ErrorKind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = Objects.requireNonNull(kind);
    }

    public ErrorKind kind() {
        return kind;
    }
}

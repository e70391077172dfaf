package io.sxalable.sdk.driver;

/** The device's SSH host key differs from the pinned one. */
public class HostKeyMismatchException extends DeviceException {
    private static final long serialVersionUID = 1L;

    public HostKeyMismatchException(String message) {
        super(ErrorKind.HOST_KEY_MISMATCH, message);
    }

    public HostKeyMismatchException(String message, Throwable cause) {
        super(ErrorKind.HOST_KEY_MISMATCH, message, cause);
    }
}

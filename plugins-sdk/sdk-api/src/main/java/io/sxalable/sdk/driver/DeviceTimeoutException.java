package io.sxalable.sdk.driver;

/** The device did not answer within the configured timeout. */
public class DeviceTimeoutException extends DeviceException {
    private static final long serialVersionUID = 1L;

    public DeviceTimeoutException(String message) {
        super(ErrorKind.TIMEOUT, message);
    }

    public DeviceTimeoutException(String message, Throwable cause) {
        super(ErrorKind.TIMEOUT, message, cause);
    }
}

package io.sxalable.sdk.driver;

/** The device rejected the credentials. */
public class DeviceAuthenticationException extends DeviceException {
    private static final long serialVersionUID = 1L;

    public DeviceAuthenticationException(String message) {
        super(ErrorKind.AUTHENTICATION_FAILED, message);
    }

    public DeviceAuthenticationException(String message, Throwable cause) {
        super(ErrorKind.AUTHENTICATION_FAILED, message, cause);
    }
}

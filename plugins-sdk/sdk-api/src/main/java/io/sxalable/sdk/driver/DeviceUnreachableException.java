package io.sxalable.sdk.driver;

/** No TCP connection to the device could be made. */
public class DeviceUnreachableException extends DeviceException {
    private static final long serialVersionUID = 1L;

    public DeviceUnreachableException(String message) {
        super(ErrorKind.UNREACHABLE, message);
    }

    public DeviceUnreachableException(String message, Throwable cause) {
        super(ErrorKind.UNREACHABLE, message, cause);
    }
}

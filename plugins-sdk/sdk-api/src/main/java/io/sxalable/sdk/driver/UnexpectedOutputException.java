package io.sxalable.sdk.driver;

/** The device answered in a shape the driver does not understand. */
public class UnexpectedOutputException extends DeviceException {
    private static final long serialVersionUID = 1L;

    public UnexpectedOutputException(String message) {
        super(ErrorKind.UNEXPECTED_OUTPUT, message);
    }

    public UnexpectedOutputException(String message, Throwable cause) {
        super(ErrorKind.UNEXPECTED_OUTPUT, message, cause);
    }
}

package io.sxalable.sdk.driver;

/** The device refused a command or configuration; nothing was applied. */
public class ConfigRejectedException extends DeviceException {
    private static final long serialVersionUID = 1L;

    public ConfigRejectedException(String message) {
        super(ErrorKind.CONFIG_REJECTED, message);
    }

    public ConfigRejectedException(String message, Throwable cause) {
        super(ErrorKind.CONFIG_REJECTED, message, cause);
    }
}

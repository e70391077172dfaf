package io.sxalable.sdk.driver;

/** The driver does not offer the requested capability. */
public class OperationNotSupportedException extends DeviceException {
    private static final long serialVersionUID = 1L;

    private final Capability capability;

    public OperationNotSupportedException(Capability capability) {
        super(ErrorKind.UNSUPPORTED_OPERATION, "operation not supported by this driver: " + capability);
        this.capability = capability;
    }

    public Capability capability() {
        return capability;
    }
}

package io.sxalable.inventory;

import io.sxalable.core.api.ErrorCode;
import io.sxalable.core.api.SxalableException;
import io.sxalable.sdk.driver.DeviceException;

/** Maps the SDK's typed device failures to the API's stable error codes. */
final class DeviceErrors {

    private DeviceErrors() {
    }

    static ErrorCode codeFor(DeviceException e) {
        return switch (e.kind()) {
            case UNREACHABLE -> ErrorCode.DEVICE_UNREACHABLE;
            case AUTHENTICATION_FAILED -> ErrorCode.DEVICE_AUTH_FAILED;
            case TIMEOUT -> ErrorCode.DEVICE_TIMEOUT;
            case UNSUPPORTED_OPERATION -> ErrorCode.OPERATION_NOT_SUPPORTED;
            case CONFIG_REJECTED -> ErrorCode.CONFIG_REJECTED;
            case UNEXPECTED_OUTPUT -> ErrorCode.DEVICE_UNEXPECTED_OUTPUT;
            case HOST_KEY_MISMATCH -> ErrorCode.DEVICE_HOST_KEY_MISMATCH;
        };
    }

    static SxalableException translate(String routerName, DeviceException e) {
        return new SxalableException(codeFor(e), "router '" + routerName + "': " + e.getMessage(), e);
    }
}

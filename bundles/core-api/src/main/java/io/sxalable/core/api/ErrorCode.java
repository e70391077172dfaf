package io.sxalable.core.api;

/**
 * Stable error codes. The REST API returns them in problem+json bodies and the console prints them; clients may
 * match on them. Never rename a code; add new ones.
 */
public enum ErrorCode {
    VALIDATION_FAILED(400, "Validation failed"),
    MALFORMED_JSON(400, "Malformed JSON"),
    UNAUTHENTICATED(401, "Authentication required"),
    INVALID_CREDENTIALS(401, "Invalid username or password"),
    TOKEN_INVALID(401, "Token invalid, expired or revoked"),
    FORBIDDEN(403, "Forbidden"),
    NOT_FOUND(404, "Not found"),
    TENANT_NOT_FOUND(404, "Tenant not found"),
    USER_NOT_FOUND(404, "User not found"),
    ROUTER_NOT_FOUND(404, "Router not found"),
    CREDENTIAL_NOT_FOUND(404, "Device credential not found"),
    TOKEN_NOT_FOUND(404, "Token not found"),
    METHOD_NOT_ALLOWED(405, "Method not allowed"),
    NOT_ACCEPTABLE(406, "Not acceptable"),
    CONFLICT(409, "Conflict"),
    QUOTA_EXCEEDED(409, "Quota exceeded"),
    DRIVER_NOT_INSTALLED(409, "Driver not installed"),
    BOOTSTRAP_COMPLETED(409, "Bootstrap already completed"),
    PAYLOAD_TOO_LARGE(413, "Payload too large"),
    UNSUPPORTED_MEDIA_TYPE(415, "Unsupported media type"),
    CONFIG_REJECTED(422, "Configuration rejected by the device"),
    INTERNAL_ERROR(500, "Internal error"),
    OPERATION_NOT_SUPPORTED(501, "Operation not supported by the driver"),
    DEVICE_UNREACHABLE(502, "Device unreachable"),
    DEVICE_AUTH_FAILED(502, "Device rejected the credentials"),
    DEVICE_UNEXPECTED_OUTPUT(502, "Device answered in an unexpected format"),
    DEVICE_HOST_KEY_MISMATCH(502, "Device host key does not match the pinned key"),
    SERVICE_UNAVAILABLE(503, "Service unavailable"),
    DEVICE_BUSY(503, "Too many operations already running on this device"),
    DEVICE_TIMEOUT(504, "Device did not answer in time");

    private final int httpStatus;
    private final String title;

    ErrorCode(int httpStatus, String title) {
        this.httpStatus = httpStatus;
        this.title = title;
    }

    /** HTTP status the REST API answers with. */
    public int httpStatus() {
        return httpStatus;
    }

    /** Short human-readable summary; the exception message carries the specifics. */
    public String title() {
        return title;
    }
}

package io.sxalable.core.api;

import java.util.List;
import java.util.Objects;

/**
 * The one failure type core services throw to callers. REST maps it to problem+json, the console to a message.
 * The message is safe to show to the user: it never contains secrets or stack traces.
 */
public class SxalableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final ErrorCode code;
    private final List<FieldError> fieldErrors;

    public SxalableException(ErrorCode code, String message) {
        this(code, message, List.of(), null);
    }

    public SxalableException(ErrorCode code, String message, Throwable cause) {
        this(code, message, List.of(), cause);
    }

    public SxalableException(ErrorCode code, String message, List<FieldError> fieldErrors, Throwable cause) {
        super(message, cause);
        this.code = Objects.requireNonNull(code);
        this.fieldErrors = List.copyOf(fieldErrors);
    }

    public static SxalableException notFound(ErrorCode code, String what, Object id) {
        return new SxalableException(code, what + " not found: " + id);
    }

    public static SxalableException invalid(String field, String message) {
        return new SxalableException(ErrorCode.VALIDATION_FAILED, field + ": " + message,
                List.of(new FieldError(field, message)), null);
    }

    public ErrorCode code() {
        return code;
    }

    /** Per-field problems for {@link ErrorCode#VALIDATION_FAILED}; empty otherwise. */
    public List<FieldError> fieldErrors() {
        return fieldErrors;
    }

    /**
     * One invalid input field.
     *
     * @param field   JSON field name as the client sent it, e.g. {@code "managementIp"}
     * @param message what is wrong with it
     */
    public record FieldError(String field, String message) {
    }
}

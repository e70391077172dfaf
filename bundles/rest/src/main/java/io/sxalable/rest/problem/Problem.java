package io.sxalable.rest.problem;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.sxalable.core.api.ErrorCode;

/**
 * An RFC 7807 problem, the body of every error answer ({@code application/problem+json}). Example:
 *
 * <pre>{@code
 * {"type":"urn:sxalable:problem:validation-failed","title":"Validation failed","status":400,
 *  "detail":"unknown field 'colour'","code":"VALIDATION_FAILED","instance":"/api/v1/routers",
 *  "requestId":"4b0c2f1e-...","errors":[{"field":"colour","message":"unknown field"}]}
 * }</pre>
 *
 * @param type      URI naming the kind of problem, derived from {@code code}
 * @param title     short summary of the kind, the same for every occurrence
 * @param status    HTTP status
 * @param detail    what went wrong this time, safe to show (never a stack trace or an internal class name)
 * @param code      stable machine-readable code, see {@link ErrorCode}; clients match on it
 * @param instance  request path, if known
 * @param requestId the request id (also in the {@code X-Request-Id} response header), if known
 * @param errors    per-field problems for {@code VALIDATION_FAILED}; empty otherwise
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String code, String instance,
                      String requestId, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public Problem {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(code, "code");
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    /** A problem of a stable code, with its status and title. */
    public static Problem of(ErrorCode code, String detail) {
        return of(code.httpStatus(), code.name(), code.title(), detail);
    }

    /** A problem for a status that has no {@link ErrorCode}, e.g. 410 {@code GONE}. */
    public static Problem of(int status, String code, String title, String detail) {
        return new Problem(typeOf(code), title, status, detail, code, null, null, List.of());
    }

    public Problem withErrors(List<FieldError> fieldErrors) {
        return new Problem(type, title, status, detail, code, instance, requestId, fieldErrors);
    }

    /** The same problem, placed: request path and request id (either may be null when unknown). */
    public Problem at(String requestPath, String id) {
        return new Problem(type, title, status, detail, code, requestPath, id, errors);
    }

    static String typeOf(String code) {
        return "urn:sxalable:problem:" + code.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * One invalid input field.
     *
     * @param field   JSON path of the field as the client sent it, e.g. {@code "interfaces[2].name"}
     * @param message what is wrong with it
     */
    public record FieldError(String field, String message) {
    }
}

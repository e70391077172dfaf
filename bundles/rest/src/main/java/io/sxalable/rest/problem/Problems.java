package io.sxalable.rest.problem;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.NoContentException;
import javax.ws.rs.core.Response;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;

import io.sxalable.core.api.ErrorCode;
import io.sxalable.core.api.SxalableException;
import io.sxalable.rest.filter.PayloadTooLargeException;

/**
 * Turns any failure of a request into a {@link Problem}. Pure: no JAX-RS runtime needed, so it is unit tested.
 *
 * <p>The cause chain is searched first for what the client did wrong (body too large, empty or malformed JSON, a
 * field that does not fit), because CXF and Jackson wrap those. Then a {@link WebApplicationException} answers with
 * its own status (404, 405, 415...). Anything else is a 500 {@code INTERNAL_ERROR} whose detail says nothing about
 * the cause: the exception is for the server log only.
 *
 * <p>A core service failure ({@link SxalableException}: stable {@link ErrorCode}, safe message, field errors) keeps
 * its code, status, message and field errors ({@link #fromDomain(SxalableException)}).
 *
 * <p><b>Extension point</b>: another failure type with its own meaning gets one more case in
 * {@link #clientError(Throwable)} and, if it can reach JAX-RS unwrapped, one more thin mapper like
 * {@link SxalableExceptionMapper} (same annotations): JAX-RS picks the mapper of the closest exception type, and
 * {@link ThrowableMapper} catches the rest.
 */
public final class Problems {

    private static final int MAX_CAUSES = 16;

    private static final Map<Integer, ErrorCode> BY_STATUS = Map.of(
            400, ErrorCode.VALIDATION_FAILED,
            401, ErrorCode.UNAUTHENTICATED,
            403, ErrorCode.FORBIDDEN,
            404, ErrorCode.NOT_FOUND,
            405, ErrorCode.METHOD_NOT_ALLOWED,
            406, ErrorCode.NOT_ACCEPTABLE,
            409, ErrorCode.CONFLICT,
            413, ErrorCode.PAYLOAD_TOO_LARGE,
            415, ErrorCode.UNSUPPORTED_MEDIA_TYPE,
            503, ErrorCode.SERVICE_UNAVAILABLE);

    private Problems() {
    }

    /** The problem for any failure; never null. */
    public static Problem from(Throwable failure) {
        return clientError(failure)
                .or(() -> cause(failure, WebApplicationException.class).map(Problems::fromStatus))
                .orElseGet(Problems::internalError);
    }

    /** 500 INTERNAL_ERROR: no hint about the cause, which goes to the log with the request id. */
    public static Problem internalError() {
        return Problem.of(ErrorCode.INTERNAL_ERROR,
                "Unexpected server error. It has been logged; quote the request id when reporting it.");
    }

    /** The problem for an HTTP status raised by the JAX-RS runtime or a resource. */
    public static Problem fromStatus(WebApplicationException e) {
        Response response = e.getResponse();
        int status = response == null ? 500 : response.getStatus();
        ErrorCode code = BY_STATUS.get(status);
        if (code == null && status >= 500) {
            code = ErrorCode.INTERNAL_ERROR;
        }
        if (code == ErrorCode.INTERNAL_ERROR) {
            return internalError();
        }
        if (code == null) {
            Response.StatusType type = Response.Status.fromStatusCode(status);
            String title = type == null ? "HTTP " + status : type.getReasonPhrase();
            return Problem.of(status, title.toUpperCase(Locale.ROOT).replace(' ', '_'), title, title);
        }
        return Problem.of(code, detailFor(code, response));
    }

    private static String detailFor(ErrorCode code, Response response) {
        switch (code) {
            case NOT_FOUND:
                return "No resource at this path.";
            case METHOD_NOT_ALLOWED:
                String allow = response == null ? null : response.getHeaderString("Allow");
                return allow == null || allow.isBlank()
                        ? "This resource does not support the request method."
                        : "This resource does not support the request method; allowed: " + allow + ".";
            case UNSUPPORTED_MEDIA_TYPE:
                return "Unsupported Content-Type; send application/json.";
            case NOT_ACCEPTABLE:
                return "No representation matches the Accept header; ask for application/json.";
            case UNAUTHENTICATED:
                return "Authentication required.";
            case FORBIDDEN:
                return "Not allowed.";
            case SERVICE_UNAVAILABLE:
                return "Service temporarily unavailable; retry later.";
            default:
                return code.title() + ".";
        }
    }

    /** What the client did wrong, if anything, anywhere in the cause chain. */
    static Optional<Problem> clientError(Throwable failure) {
        Throwable c = failure;
        for (int depth = 0; c != null && depth < MAX_CAUSES; depth++, c = c.getCause()) {
            if (c instanceof PayloadTooLargeException tooLarge) {
                return Optional.of(Problem.of(ErrorCode.PAYLOAD_TOO_LARGE,
                        "Request body larger than " + tooLarge.limit() + " bytes."));
            }
            if (c instanceof NoContentException) {
                return Optional.of(Problem.of(ErrorCode.MALFORMED_JSON, "Request body is empty; a JSON value is required."));
            }
            if (c instanceof SxalableException domain) {
                return Optional.of(fromDomain(domain));
            }
            if (c instanceof JacksonException json) {
                return Optional.of(fromJson(json));
            }
        }
        return Optional.empty();
    }

    /** A core service failure: its code, status and message (safe to show by contract), and its field errors. */
    public static Problem fromDomain(SxalableException e) {
        if (e.code() == ErrorCode.INTERNAL_ERROR) {
            return internalError();
        }
        List<Problem.FieldError> errors = e.fieldErrors().stream()
                .map(f -> new Problem.FieldError(f.field(), f.message()))
                .toList();
        String detail = e.getMessage() == null || e.getMessage().isBlank() ? e.code().title() + "." : e.getMessage();
        return Problem.of(e.code(), detail).withErrors(errors);
    }

    /** A Jackson failure while reading a request body. */
    public static Problem fromJson(JacksonException e) {
        if (e instanceof UnrecognizedPropertyException u) {
            String field = path(u).orElse(u.getPropertyName());
            return fieldProblem(field, "unknown field", "Unknown field '" + field + "'.");
        }
        if (e instanceof ValueInstantiationException v) {
            // a record/constructor refused the values: its message is ours and meant for the client
            Throwable cause = v.getCause();
            String message = cause != null && cause.getMessage() != null ? cause.getMessage() : "invalid value";
            Optional<String> field = path(v);
            return field.map(f -> fieldProblem(f, message, message))
                    .orElseGet(() -> Problem.of(ErrorCode.VALIDATION_FAILED, message));
        }
        if (e instanceof MismatchedInputException m && isTrailingToken(m)) {
            return Problem.of(ErrorCode.MALFORMED_JSON, "Malformed JSON" + location(e.getLocation())
                    + ": more content after the JSON value.");
        }
        if (e instanceof MismatchedInputException m) { // includes InvalidFormatException
            String expected = m.getTargetType() == null ? "value" : jsonKind(m.getTargetType());
            Optional<String> field = path(m);
            String message = "expected " + expected;
            return field.map(f -> fieldProblem(f, message, "Field '" + f + "': " + message + "."))
                    .orElseGet(() -> Problem.of(ErrorCode.VALIDATION_FAILED, "Request body: " + message + "."));
        }
        if (e instanceof DatabindException) {
            Optional<String> field = e instanceof JsonMappingException mapping ? path(mapping) : Optional.empty();
            return field.map(f -> fieldProblem(f, "invalid value", "Field '" + f + "': invalid value."))
                    .orElseGet(() -> Problem.of(ErrorCode.VALIDATION_FAILED, "Request body does not match the expected structure."));
        }
        // syntax: the parser's own message describes the offending token, not our code
        String where = location(e.getLocation());
        String what = e instanceof StreamReadException ? e.getOriginalMessage() : "invalid JSON";
        return Problem.of(ErrorCode.MALFORMED_JSON, "Malformed JSON" + where + ": " + firstLine(what));
    }

    private static boolean isTrailingToken(MismatchedInputException e) {
        // DeserializationFeature.FAIL_ON_TRAILING_TOKENS: the value is fine, the document goes on after it
        return e.getPath().isEmpty() && e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Trailing token");
    }

    private static Problem fieldProblem(String field, String message, String detail) {
        return Problem.of(ErrorCode.VALIDATION_FAILED, detail)
                .withErrors(List.of(new Problem.FieldError(field, message)));
    }

    /** JSON path of a mapping failure: {@code interfaces[2].name}; empty at the root. */
    static Optional<String> path(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (sb.length() > 0) {
                    sb.append('.');
                }
                sb.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.length() == 0 ? Optional.empty() : Optional.of(sb.toString());
    }

    private static String jsonKind(Class<?> type) {
        if (type == String.class || type.isEnum() || CharSequence.class.isAssignableFrom(type)) {
            return type.isEnum() ? "one of " + java.util.Arrays.toString(type.getEnumConstants()) : "a string";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "a boolean";
        }
        if (type.isPrimitive() || Number.class.isAssignableFrom(type)) {
            return "a number";
        }
        if (type.isArray() || java.util.Collection.class.isAssignableFrom(type)) {
            return "an array";
        }
        if (type.getName().startsWith("java.time.")) {
            return "an ISO-8601 " + type.getSimpleName();
        }
        return "an object";
    }

    private static String location(JsonLocation location) {
        if (location == null || location.getLineNr() < 0) {
            return "";
        }
        return " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "invalid JSON";
        }
        int nl = s.indexOf('\n');
        String line = nl < 0 ? s : s.substring(0, nl);
        return line.length() > 200 ? line.substring(0, 200) + "..." : line;
    }

    private static <T extends Throwable> Optional<T> cause(Throwable failure, Class<T> type) {
        Throwable c = failure;
        for (int depth = 0; c != null && depth < MAX_CAUSES; depth++, c = c.getCause()) {
            if (type.isInstance(c)) {
                return Optional.of(type.cast(c));
            }
        }
        return Optional.empty();
    }
}

package io.sxalable.rest.api;

import io.sxalable.core.api.SxalableException;
import io.sxalable.rest.RestConstants;
import java.util.UUID;
import javax.ws.rs.core.HttpHeaders;

/** Small helpers shared by the resources. */
final class Requests {

    private Requests() {
    }

    static String requestId(HttpHeaders headers) {
        String id = headers.getHeaderString(RestConstants.REQUEST_ID_HEADER);
        return id == null ? "unknown" : id;
    }

    static UUID uuid(String field, String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw SxalableException.invalid(field, "not a valid id: '" + text + "'");
        }
    }

    /** A request body is required: a missing one is a client error, not a null pointer. */
    static <T> T body(T body) {
        if (body == null) {
            throw SxalableException.invalid("body", "a JSON request body is required");
        }
        return body;
    }
}

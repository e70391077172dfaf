package io.sxalable.rest.filter;

import java.util.UUID;
import java.util.regex.Pattern;

import javax.ws.rs.container.ContainerRequestContext;

import io.sxalable.rest.RestConstants;

/**
 * Every request carries an {@code X-Request-Id}: the client's, if it is a sane token, otherwise a new UUID. It is
 * stored back into the request headers, so every later step (mappers, resources, logs) reads it the same way.
 */
public final class RequestIds {

    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    private RequestIds() {
    }

    /** The request's id, assigning one first if needed. Idempotent. */
    public static String ensure(ContainerRequestContext request) {
        String id = request.getHeaderString(RestConstants.REQUEST_ID_HEADER);
        if (!isAcceptable(id)) {
            id = UUID.randomUUID().toString();
            request.getHeaders().putSingle(RestConstants.REQUEST_ID_HEADER, id);
        }
        return id;
    }

    /** Whether a client-sent id is kept: 1 to 128 characters of {@code [A-Za-z0-9._:-]}. */
    public static boolean isAcceptable(String id) {
        return id != null && ACCEPTED.matcher(id).matches();
    }
}

package io.sxalable.rest.problem;

import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;

import io.sxalable.rest.RestConstants;

/** Builds the HTTP answer for a {@link Problem}. */
public final class ProblemResponses {

    private ProblemResponses() {
    }

    /**
     * The problem placed at the current request (path, request id) as a {@code application/problem+json} response.
     * Either context may be null (unit tests, or a runtime that did not inject it).
     */
    public static Response toResponse(Problem problem, HttpHeaders headers, UriInfo uriInfo) {
        return build(problem.at(path(uriInfo), requestId(headers))).build();
    }

    /** As {@link #toResponse(Problem, HttpHeaders, UriInfo)}, keeping the {@code Allow} header of a 405. */
    public static Response toResponse(Problem problem, WebApplicationException cause, HttpHeaders headers,
                                      UriInfo uriInfo) {
        Response.ResponseBuilder builder = build(problem.at(path(uriInfo), requestId(headers)));
        Response original = cause.getResponse();
        if (original != null && original.getHeaderString(HttpHeaders.ALLOW) != null) {
            builder.header(HttpHeaders.ALLOW, original.getHeaderString(HttpHeaders.ALLOW));
        }
        return builder.build();
    }

    public static Response.ResponseBuilder build(Problem problem) {
        return Response.status(problem.status())
                .type(Problem.MEDIA_TYPE)
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .entity(problem);
    }

    static String requestId(HttpHeaders headers) {
        try {
            return headers == null ? null : headers.getHeaderString(RestConstants.REQUEST_ID_HEADER);
        } catch (RuntimeException outsideRequest) {
            return null;
        }
    }

    static String path(UriInfo uriInfo) {
        try {
            return uriInfo == null ? null : uriInfo.getRequestUri().getRawPath();
        } catch (RuntimeException outsideRequest) {
            return null;
        }
    }
}

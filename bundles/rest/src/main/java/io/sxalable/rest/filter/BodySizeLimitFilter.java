package io.sxalable.rest.filter;

import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.PreMatching;
import javax.ws.rs.core.HttpHeaders;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;
import org.osgi.service.metatype.annotations.Designate;

import io.sxalable.core.api.ErrorCode;
import io.sxalable.rest.RestConfig;
import io.sxalable.rest.RestConstants;
import io.sxalable.rest.problem.Problem;
import io.sxalable.rest.problem.ProblemResponses;

/**
 * Refuses request bodies over {@link RestConfig#maxBodyBytes()} with 413 {@code PAYLOAD_TOO_LARGE}: at once when the
 * Content-Length says so, otherwise while the body is read ({@link LimitedInputStream}).
 */
@Component(service = ContainerRequestFilter.class, configurationPid = RestConfig.PID)
@Designate(ocd = RestConfig.class)
@JaxrsExtension
@JaxrsName("sxalable.body-size-limit")
@JaxrsApplicationSelect(RestConstants.SELECT_ALL)
@PreMatching
public class BodySizeLimitFilter implements ContainerRequestFilter {

    private final long maxBodyBytes;

    @Activate
    public BodySizeLimitFilter(RestConfig config) {
        this(config.maxBodyBytes());
    }

    public BodySizeLimitFilter(long maxBodyBytes) {
        if (maxBodyBytes < 1) {
            throw new IllegalArgumentException("maxBodyBytes must be positive: " + maxBodyBytes);
        }
        this.maxBodyBytes = maxBodyBytes;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String requestId = RequestIds.ensure(request);
        long declared = declaredLength(request.getHeaderString(HttpHeaders.CONTENT_LENGTH));
        if (declared > maxBodyBytes) {
            Problem problem = Problem.of(ErrorCode.PAYLOAD_TOO_LARGE,
                            "Request body larger than " + maxBodyBytes + " bytes.")
                    .at(request.getUriInfo().getRequestUri().getRawPath(), requestId);
            request.abortWith(ProblemResponses.build(problem).build());
            return;
        }
        if (request.hasEntity()) {
            request.setEntityStream(new LimitedInputStream(request.getEntityStream(), maxBodyBytes));
        }
    }

    /** The Content-Length value, or -1 when absent or not a number (then the stream limit applies). */
    static long declaredLength(String header) {
        if (header == null || header.isBlank()) {
            return -1;
        }
        try {
            return Long.parseLong(header.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}

package io.sxalable.rest.problem;

import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;
import javax.ws.rs.ext.ExceptionMapper;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.sxalable.rest.RestConstants;

/**
 * Everything no closer mapper handles. A wrapped client error (body too large, bad JSON) still gets its 4xx;
 * anything else is 500 {@code INTERNAL_ERROR}: logged here with its stack trace and request id, never sent.
 */
@Component(service = ExceptionMapper.class)
@JaxrsExtension
@JaxrsName(RestConstants.PROBLEM_EXTENSION)
@JaxrsApplicationSelect(RestConstants.SELECT_ALL)
public class ThrowableMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = LoggerFactory.getLogger(ThrowableMapper.class);

    @Context
    private HttpHeaders headers;
    @Context
    private UriInfo uriInfo;

    @Override
    public Response toResponse(Throwable e) {
        Problem problem = Problems.from(e);
        if (problem.status() >= 500) {
            LOG.error("request {} {} failed", ProblemResponses.requestId(headers), ProblemResponses.path(uriInfo), e);
        }
        return ProblemResponses.toResponse(problem, headers, uriInfo);
    }
}

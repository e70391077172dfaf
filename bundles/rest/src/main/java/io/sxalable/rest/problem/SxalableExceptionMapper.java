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

import io.sxalable.core.api.SxalableException;
import io.sxalable.rest.RestConstants;

/** Core service failures: their stable code and HTTP status ({@link Problems#fromDomain(SxalableException)}). */
@Component(service = ExceptionMapper.class)
@JaxrsExtension
@JaxrsName("sxalable.problems.domain")
@JaxrsApplicationSelect(RestConstants.SELECT_ALL)
public class SxalableExceptionMapper implements ExceptionMapper<SxalableException> {

    private static final Logger LOG = LoggerFactory.getLogger(SxalableExceptionMapper.class);

    @Context
    private HttpHeaders headers;
    @Context
    private UriInfo uriInfo;

    @Override
    public Response toResponse(SxalableException e) {
        Problem problem = Problems.fromDomain(e);
        if (problem.status() >= 500) {
            LOG.error("request {} {} failed: {}", ProblemResponses.requestId(headers), ProblemResponses.path(uriInfo),
                    e.code(), e);
        }
        return ProblemResponses.toResponse(problem, headers, uriInfo);
    }
}

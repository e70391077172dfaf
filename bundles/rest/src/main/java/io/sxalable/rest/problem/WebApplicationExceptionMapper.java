package io.sxalable.rest.problem;

import javax.ws.rs.WebApplicationException;
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

/** 404, 405, 415, 406... raised by the JAX-RS runtime or a resource, as problem+json. */
@Component(service = ExceptionMapper.class)
@JaxrsExtension
@JaxrsName("sxalable.problems.http")
@JaxrsApplicationSelect(RestConstants.SELECT_ALL)
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    private static final Logger LOG = LoggerFactory.getLogger(WebApplicationExceptionMapper.class);

    @Context
    private HttpHeaders headers;
    @Context
    private UriInfo uriInfo;

    @Override
    public Response toResponse(WebApplicationException e) {
        Problem problem = Problems.from(e);
        Response response = ProblemResponses.toResponse(problem, e, headers, uriInfo);
        if (problem.status() >= 500) {
            LOG.error("request {} failed with {}", ProblemResponses.requestId(headers), problem.status(), e);
        } else {
            LOG.debug("request {}: {} {}", ProblemResponses.requestId(headers), problem.status(), problem.code());
        }
        return response;
    }
}

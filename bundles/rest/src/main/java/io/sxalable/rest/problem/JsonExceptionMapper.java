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

import com.fasterxml.jackson.core.JsonProcessingException;

import io.sxalable.rest.RestConstants;

/** A request body that is not JSON ({@code MALFORMED_JSON}) or does not fit the type ({@code VALIDATION_FAILED}). */
@Component(service = ExceptionMapper.class)
@JaxrsExtension
@JaxrsName("sxalable.problems.json")
@JaxrsApplicationSelect(RestConstants.SELECT_ALL)
public class JsonExceptionMapper implements ExceptionMapper<JsonProcessingException> {

    @Context
    private HttpHeaders headers;
    @Context
    private UriInfo uriInfo;

    @Override
    public Response toResponse(JsonProcessingException e) {
        return ProblemResponses.toResponse(Problems.from(e), headers, uriInfo);
    }
}

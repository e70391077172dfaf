package io.sxalable.rest.filter;

import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.ContainerResponseContext;
import javax.ws.rs.container.ContainerResponseFilter;
import javax.ws.rs.container.PreMatching;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;

import io.sxalable.rest.RestConstants;

/** Accepts or assigns the request id ({@link RequestIds}) and echoes it in the {@code X-Request-Id} response header. */
@Component(service = {ContainerRequestFilter.class, ContainerResponseFilter.class})
@JaxrsExtension
@JaxrsName("sxalable.request-id")
@JaxrsApplicationSelect(RestConstants.SELECT_ALL)
@PreMatching
public class RequestIdFilter implements ContainerRequestFilter, ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        RequestIds.ensure(request);
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        String id = request.getHeaderString(RestConstants.REQUEST_ID_HEADER);
        if (id != null) {
            response.getHeaders().putSingle(RestConstants.REQUEST_ID_HEADER, id);
        }
    }
}

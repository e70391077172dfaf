package io.sxalable.rest.api;

import io.sxalable.core.api.identity.BootstrapService;
import io.sxalable.core.api.identity.User;
import io.sxalable.rest.RestConstants;
import io.sxalable.rest.security.Public;
import java.util.Map;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** First-start creation of the platform administrator with the one-time token from the log. */
@Component(service = BootstrapResource.class)
@JaxrsResource
@JaxrsApplicationSelect(RestConstants.SELECT_API)
@Path("bootstrap")
@Produces(MediaType.APPLICATION_JSON)
@Public
public class BootstrapResource {

    private final BootstrapService bootstrap;

    @Activate
    public BootstrapResource(@Reference BootstrapService bootstrap) {
        this.bootstrap = bootstrap;
    }

    public record BootstrapRequest(String token, String username, String password) {
        @Override
        public String toString() {
            return "BootstrapRequest[" + username + "]";
        }
    }

    @GET
    public Map<String, Boolean> status() {
        return Map.of("completed", bootstrap.completed());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(BootstrapRequest request, @Context HttpHeaders headers, @Context UriInfo uri) {
        Requests.body(request);
        User admin = bootstrap.bootstrapWithToken(request.token(), request.username(), request.password(),
                Requests.requestId(headers));
        return Response.created(uri.getBaseUriBuilder().path("users").path(admin.id().toString()).build())
                .entity(admin).build();
    }
}

package io.sxalable.rest.api;

import io.sxalable.core.api.identity.ApiToken;
import io.sxalable.core.api.identity.ApiTokenService;
import io.sxalable.core.api.identity.CreatedApiToken;
import io.sxalable.core.api.identity.NewApiToken;
import java.util.List;
import io.sxalable.rest.RestConstants;
import io.sxalable.rest.security.CallerPrincipal;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** Long-lived API tokens; the secret is in the creation response only. */
@Component(service = TokenResource.class)
@JaxrsResource
@JaxrsApplicationSelect(RestConstants.SELECT_API)
@Path("tokens")
@Produces(MediaType.APPLICATION_JSON)
public class TokenResource {

    private final ApiTokenService tokens;

    @Activate
    public TokenResource(@Reference ApiTokenService tokens) {
        this.tokens = tokens;
    }

    @GET
    public List<ApiToken> list(@Context SecurityContext security) {
        return tokens.list(CallerPrincipal.of(security));
    }

    /** 201 without Location: tokens have no resource of their own to GET; they are read back through the list. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(NewApiToken body, @Context SecurityContext security) {
        CreatedApiToken created = tokens.create(CallerPrincipal.of(security), Requests.body(body));
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @DELETE
    @Path("{id}")
    public void revoke(@PathParam("id") String id, @Context SecurityContext security) {
        tokens.revoke(CallerPrincipal.of(security), Requests.uuid("id", id));
    }
}

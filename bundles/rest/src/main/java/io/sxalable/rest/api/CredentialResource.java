package io.sxalable.rest.api;

import io.sxalable.core.api.credentials.CredentialService;
import io.sxalable.core.api.credentials.DeviceCredential;
import io.sxalable.core.api.credentials.NewDeviceCredential;
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
import javax.ws.rs.core.UriInfo;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** Device credentials: write-only secrets; responses carry metadata only. */
@Component(service = CredentialResource.class)
@JaxrsResource
@JaxrsApplicationSelect(RestConstants.SELECT_API)
@Path("credentials")
@Produces(MediaType.APPLICATION_JSON)
public class CredentialResource {

    private final CredentialService credentials;

    @Activate
    public CredentialResource(@Reference CredentialService credentials) {
        this.credentials = credentials;
    }

    @GET
    public List<DeviceCredential> list(@Context SecurityContext security) {
        return credentials.list(CallerPrincipal.of(security));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(NewDeviceCredential body, @Context SecurityContext security, @Context UriInfo uri) {
        DeviceCredential c = credentials.create(CallerPrincipal.of(security), Requests.body(body));
        return Response.created(uri.getAbsolutePathBuilder().path(c.id().toString()).build()).entity(c).build();
    }

    @GET
    @Path("{id}")
    public DeviceCredential get(@PathParam("id") String id, @Context SecurityContext security) {
        return credentials.get(CallerPrincipal.of(security), Requests.uuid("id", id));
    }

    @DELETE
    @Path("{id}")
    public void delete(@PathParam("id") String id, @Context SecurityContext security) {
        credentials.delete(CallerPrincipal.of(security), Requests.uuid("id", id));
    }
}

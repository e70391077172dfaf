package io.sxalable.rest.api;

import io.sxalable.core.api.tenant.NewTenant;
import io.sxalable.core.api.tenant.Tenant;
import io.sxalable.core.api.tenant.TenantService;
import io.sxalable.core.api.tenant.TenantUpdate;
import java.util.List;
import io.sxalable.rest.RestConstants;
import io.sxalable.rest.security.CallerPrincipal;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.PATCH;
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

/** Tenants; platform administrators only (enforced by the service). */
@Component(service = TenantResource.class)
@JaxrsResource
@JaxrsApplicationSelect(RestConstants.SELECT_API)
@Path("tenants")
@Produces(MediaType.APPLICATION_JSON)
public class TenantResource {

    private final TenantService tenants;

    @Activate
    public TenantResource(@Reference TenantService tenants) {
        this.tenants = tenants;
    }

    @GET
    public List<Tenant> list(@Context SecurityContext security) {
        return tenants.list(CallerPrincipal.of(security));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(NewTenant body, @Context SecurityContext security, @Context UriInfo uri) {
        Tenant t = tenants.create(CallerPrincipal.of(security), Requests.body(body));
        return Response.created(uri.getAbsolutePathBuilder().path(t.slug()).build()).entity(t).build();
    }

    @GET
    @Path("{slug}")
    public Tenant get(@PathParam("slug") String slug, @Context SecurityContext security) {
        return tenants.get(CallerPrincipal.of(security), slug);
    }

    @PATCH
    @Path("{slug}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Tenant update(@PathParam("slug") String slug, TenantUpdate body, @Context SecurityContext security) {
        return tenants.update(CallerPrincipal.of(security), slug, Requests.body(body));
    }

    @DELETE
    @Path("{slug}")
    public void delete(@PathParam("slug") String slug, @Context SecurityContext security) {
        tenants.delete(CallerPrincipal.of(security), slug);
    }
}

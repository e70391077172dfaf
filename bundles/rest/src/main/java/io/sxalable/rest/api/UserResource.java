package io.sxalable.rest.api;

import io.sxalable.core.api.identity.NewUser;
import io.sxalable.core.api.identity.User;
import io.sxalable.core.api.identity.UserService;
import io.sxalable.core.api.identity.UserUpdate;
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

/** Users of the caller's tenant. */
@Component(service = UserResource.class)
@JaxrsResource
@JaxrsApplicationSelect(RestConstants.SELECT_API)
@Path("users")
@Produces(MediaType.APPLICATION_JSON)
public class UserResource {

    private final UserService users;

    @Activate
    public UserResource(@Reference UserService users) {
        this.users = users;
    }

    @GET
    public List<User> list(@Context SecurityContext security) {
        return users.list(CallerPrincipal.of(security));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(NewUser body, @Context SecurityContext security, @Context UriInfo uri) {
        User u = users.create(CallerPrincipal.of(security), Requests.body(body));
        return Response.created(uri.getAbsolutePathBuilder().path(u.id().toString()).build()).entity(u).build();
    }

    @GET
    @Path("{id}")
    public User get(@PathParam("id") String id, @Context SecurityContext security) {
        return users.get(CallerPrincipal.of(security), Requests.uuid("id", id));
    }

    @PATCH
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public User update(@PathParam("id") String id, UserUpdate body, @Context SecurityContext security) {
        return users.update(CallerPrincipal.of(security), Requests.uuid("id", id), Requests.body(body));
    }

    @DELETE
    @Path("{id}")
    public void delete(@PathParam("id") String id, @Context SecurityContext security) {
        users.delete(CallerPrincipal.of(security), Requests.uuid("id", id));
    }
}

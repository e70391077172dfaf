package io.sxalable.rest.api;

import io.sxalable.core.api.Caller;
import io.sxalable.core.api.Page;
import io.sxalable.core.api.PageRequest;
import io.sxalable.core.api.inventory.CloudProvider;
import io.sxalable.core.api.inventory.Router;
import io.sxalable.core.api.inventory.RouterQuery;
import io.sxalable.core.api.inventory.RouterService;
import io.sxalable.core.api.inventory.RouterSpec;
import io.sxalable.core.api.inventory.RouterStatus;
import io.sxalable.sdk.driver.BgpNeighbor;
import io.sxalable.sdk.driver.DeviceFacts;
import io.sxalable.sdk.driver.InterfaceCounters;
import io.sxalable.sdk.driver.InterfaceInfo;
import java.util.List;
import java.util.Map;
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
import javax.ws.rs.QueryParam;
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

/**
 * Router inventory ({@code /routers}) and live reads through each router's driver ({@code /routers/{id}/facts} ...).
 * {@code {id}} accepts the router's id or its name.
 */
@Component(service = RouterResource.class)
@JaxrsResource
@JaxrsApplicationSelect(RestConstants.SELECT_API)
@Path("routers")
@Produces(MediaType.APPLICATION_JSON)
public class RouterResource {

    private final RouterService routers;

    @Activate
    public RouterResource(@Reference RouterService routers) {
        this.routers = routers;
    }

    @GET
    public Page<Router> list(@QueryParam("name") String name, @QueryParam("region") String region,
                             @QueryParam("cloudProvider") String provider, @QueryParam("status") String status,
                             @QueryParam("driverId") String driverId, @QueryParam("site") String site,
                             @QueryParam("tag") String tag, @QueryParam("sort") String sort,
                             @QueryParam("offset") String offset, @QueryParam("limit") String limit,
                             @Context SecurityContext security) {
        RouterQuery query = new RouterQuery(QueryParams.text(name), QueryParams.text(region),
                QueryParams.enumValue("cloudProvider", CloudProvider.class, provider),
                QueryParams.enumValue("status", RouterStatus.class, status), QueryParams.text(driverId),
                QueryParams.text(site), QueryParams.text(tag),
                new PageRequest(QueryParams.integer("offset", offset, 0),
                        QueryParams.integer("limit", limit, PageRequest.DEFAULT_LIMIT), sort));
        return routers.list(CallerPrincipal.of(security), query);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(RouterSpec body, @Context SecurityContext security, @Context UriInfo uri) {
        Router r = routers.create(CallerPrincipal.of(security), Requests.body(body));
        return Response.created(uri.getAbsolutePathBuilder().path(r.id().toString()).build()).entity(r).build();
    }

    @GET
    @Path("{id}")
    public Router get(@PathParam("id") String id, @Context SecurityContext security) {
        return routers.find(CallerPrincipal.of(security), id);
    }

    @PATCH
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Router update(@PathParam("id") String id, RouterSpec body, @Context SecurityContext security) {
        Caller caller = CallerPrincipal.of(security);
        return routers.update(caller, routers.find(caller, id).id(), Requests.body(body));
    }

    @DELETE
    @Path("{id}")
    public void delete(@PathParam("id") String id, @Context SecurityContext security) {
        Caller caller = CallerPrincipal.of(security);
        routers.delete(caller, routers.find(caller, id).id());
    }

    @GET
    @Path("{id}/facts")
    public DeviceFacts facts(@PathParam("id") String id, @Context SecurityContext security) {
        Caller caller = CallerPrincipal.of(security);
        return routers.facts(caller, routers.find(caller, id).id());
    }

    @GET
    @Path("{id}/interfaces")
    public List<InterfaceInfo> interfaces(@PathParam("id") String id, @Context SecurityContext security) {
        Caller caller = CallerPrincipal.of(security);
        return routers.interfaces(caller, routers.find(caller, id).id());
    }

    @GET
    @Path("{id}/interface-counters")
    public List<InterfaceCounters> counters(@PathParam("id") String id, @Context SecurityContext security) {
        Caller caller = CallerPrincipal.of(security);
        return routers.interfaceCounters(caller, routers.find(caller, id).id());
    }

    @GET
    @Path("{id}/bgp-neighbors")
    public List<BgpNeighbor> bgpNeighbors(@PathParam("id") String id, @Context SecurityContext security) {
        Caller caller = CallerPrincipal.of(security);
        return routers.bgpNeighbors(caller, routers.find(caller, id).id());
    }

    /** The running configuration, as {@code {"config": "..."}}. */
    @GET
    @Path("{id}/config")
    public Map<String, String> runningConfig(@PathParam("id") String id, @Context SecurityContext security) {
        Caller caller = CallerPrincipal.of(security);
        return Map.of("config", routers.runningConfig(caller, routers.find(caller, id).id()));
    }
}

package io.sxalable.rest.api;

import io.sxalable.core.api.inventory.DriverCatalog;
import io.sxalable.sdk.driver.DriverDescriptor;
import java.util.List;
import io.sxalable.rest.RestConstants;
import io.sxalable.rest.security.CallerPrincipal;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** Drivers installed right now; follows driver bundles as they are installed and removed. */
@Component(service = DriverResource.class)
@JaxrsResource
@JaxrsApplicationSelect(RestConstants.SELECT_API)
@Path("drivers")
@Produces(MediaType.APPLICATION_JSON)
public class DriverResource {

    private final DriverCatalog drivers;

    @Activate
    public DriverResource(@Reference DriverCatalog drivers) {
        this.drivers = drivers;
    }

    @GET
    public List<DriverDescriptor> list(@Context SecurityContext security) {
        return drivers.list(CallerPrincipal.of(security));
    }
}

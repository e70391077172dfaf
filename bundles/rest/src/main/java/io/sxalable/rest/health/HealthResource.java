package io.sxalable.rest.health;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import io.sxalable.core.api.ErrorCode;
import io.sxalable.core.api.health.HealthIndicator;
import io.sxalable.rest.RestConfig;
import io.sxalable.rest.RestConstants;
import io.sxalable.rest.problem.Problem;
import io.sxalable.rest.problem.ProblemResponses;

/**
 * {@code /health}, {@code /ready}, {@code /alive} at the root (outside /api/v1, for load balancers and service
 * managers). Components are the {@link HealthIndicator} services other bundles register.
 *
 * <p>It lives in the whiteboard's default application, served at {@code /}, and is only published once the JSON
 * provider is there (no "no message body writer" window during boot).
 */
@Component(service = HealthResource.class, configurationPid = RestConfig.PID)
@JaxrsResource
@JaxrsApplicationSelect(RestConstants.SELECT_ROOT)
@JaxrsExtensionSelect("(osgi.jaxrs.name=" + RestConstants.JSON_EXTENSION + ")")
@Path("")
@Produces(MediaType.APPLICATION_JSON)
public class HealthResource {

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile List<HealthIndicator> indicators;

    private final ExecutorService executor;
    private final HealthAggregator aggregator;

    @Activate
    public HealthResource(RestConfig config) {
        AtomicInteger n = new AtomicInteger();
        this.executor = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "sxalable-health-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.aggregator = new HealthAggregator(executor, Duration.ofMillis(config.healthTimeoutMillis()));
    }

    @Deactivate
    void deactivate() {
        executor.shutdownNow();
    }

    /** Overall status and every component; 200 unless a required component is down (503). */
    @GET
    @Path("health")
    public Response health() {
        HealthReport report = aggregator.check(current());
        return Response.status(report.ready() ? 200 : 503).entity(report).build();
    }

    /** 200 when every required component is up, otherwise 503 problem+json naming the ones down. */
    @GET
    @Path("ready")
    public Response ready(@Context HttpHeaders headers, @Context UriInfo uriInfo) {
        HealthReport report = aggregator.check(current());
        if (report.ready()) {
            return Response.ok(Map.of("status", HealthReport.UP)).build();
        }
        String down = report.components().entrySet().stream()
                .filter(e -> e.getValue().required() && !e.getValue().up())
                .map(e -> e.getKey() + " (" + e.getValue().detail() + ")")
                .collect(Collectors.joining(", "));
        return ProblemResponses.toResponse(Problem.of(ErrorCode.SERVICE_UNAVAILABLE, "Not ready: " + down + " down."),
                headers, uriInfo);
    }

    /** 200 as long as the process answers HTTP at all. */
    @GET
    @Path("alive")
    public Response alive() {
        return Response.ok(Map.of("status", HealthReport.UP)).build();
    }

    private List<HealthIndicator> current() {
        List<HealthIndicator> snapshot = indicators;
        return snapshot == null ? List.of() : snapshot;
    }
}

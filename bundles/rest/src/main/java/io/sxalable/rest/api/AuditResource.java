package io.sxalable.rest.api;

import io.sxalable.core.api.Caller;
import io.sxalable.core.api.Page;
import io.sxalable.core.api.audit.AuditEntry;
import io.sxalable.core.api.audit.AuditLog;
import io.sxalable.core.api.audit.AuditQuery;
import io.sxalable.rest.RestConstants;
import io.sxalable.rest.security.CallerPrincipal;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** The audit log: the caller's tenant, or with {@code scope=platform} the platform-level entries. */
@Component(service = AuditResource.class)
@JaxrsResource
@JaxrsApplicationSelect(RestConstants.SELECT_API)
@Path("audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    private final AuditLog audit;

    @Activate
    public AuditResource(@Reference AuditLog audit) {
        this.audit = audit;
    }

    /** An audit entry with {@code before}/{@code after} embedded as JSON objects rather than strings. */
    public record AuditEntryView(String id, java.time.Instant at, String tenantSlug, String actor, String action,
                                 String resourceType, String resourceId,
                                 @com.fasterxml.jackson.annotation.JsonRawValue String before,
                                 @com.fasterxml.jackson.annotation.JsonRawValue String after, String requestId) {
        static AuditEntryView of(AuditEntry e) {
            return new AuditEntryView(e.id().toString(), e.at(), e.tenantSlug(), e.actor(), e.action(),
                    e.resourceType(), e.resourceId(), e.before().orElse(null), e.after().orElse(null), e.requestId());
        }
    }

    @GET
    public Page<AuditEntryView> query(@QueryParam("action") String action, @QueryParam("resourceType") String resourceType,
                                  @QueryParam("resourceId") String resourceId, @QueryParam("actor") String actor,
                                  @QueryParam("since") String since, @QueryParam("offset") String offset,
                                  @QueryParam("limit") String limit, @QueryParam("scope") String scope,
                                  @Context SecurityContext security) {
        Caller caller = CallerPrincipal.of(security);
        AuditQuery query = new AuditQuery(QueryParams.text(action), QueryParams.text(resourceType),
                QueryParams.text(resourceId), QueryParams.text(actor), QueryParams.instant("since", since),
                QueryParams.integer("offset", offset, 0), QueryParams.integer("limit", limit, 50));
        Page<AuditEntry> page = switch (QueryParams.text(scope).orElse("tenant")) {
            case "tenant" -> audit.query(caller, query);
            case "platform" -> audit.queryPlatform(caller, query);
            default -> throw io.sxalable.core.api.SxalableException.invalid("scope",
                    "must be 'tenant' (default) or 'platform', was '" + scope + "'");
        };
        return new Page<>(page.items().stream().map(AuditEntryView::of).toList(), page.total(), page.offset(),
                page.limit());
    }
}

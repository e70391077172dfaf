package io.sxalable.core.api.audit;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * One recorded mutation.
 *
 * @param id           entry id
 * @param at           when (UTC)
 * @param tenantSlug   tenant it happened in
 * @param actor        username of who did it
 * @param action       dotted verb, e.g. {@code "router.create"}
 * @param resourceType e.g. {@code "router"}
 * @param resourceId   id of the changed resource
 * @param before       JSON of the resource before, empty for creations
 * @param after        JSON of the resource after, empty for deletions
 * @param requestId    correlation id of the request
 */
public record AuditEntry(UUID id, Instant at, String tenantSlug, String actor, String action, String resourceType,
                         String resourceId, Optional<String> before, Optional<String> after, String requestId) {
}

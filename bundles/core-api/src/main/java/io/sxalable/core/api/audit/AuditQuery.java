package io.sxalable.core.api.audit;

import java.time.Instant;
import java.util.Optional;

/**
 * Filters for reading the audit log; newest first.
 *
 * @param action       exact action, e.g. {@code "router.create"}
 * @param resourceType exact resource type
 * @param resourceId   exact resource id
 * @param actor        exact username
 * @param since        entries at or after this time
 * @param offset       entries to skip
 * @param limit        entries to return, 1..500
 */
public record AuditQuery(Optional<String> action, Optional<String> resourceType, Optional<String> resourceId,
                         Optional<String> actor, Optional<Instant> since, int offset, int limit) {
}

package io.sxalable.core.api.events;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * A change other nodes and agents may react to. Published on subject {@code sxalable.<tenant>.<type>}, e.g.
 * {@code sxalable.acme.router.created}.
 *
 * @param id         event id (deduplication key)
 * @param type       dotted type, e.g. {@code "router.created"}
 * @param tenantSlug tenant it happened in
 * @param at         when (UTC)
 * @param actor      who caused it
 * @param requestId  correlation id
 * @param data       the resource as JSON-serialisable values
 */
public record DomainEvent(UUID id, String type, String tenantSlug, Instant at, String actor, String requestId,
                          Map<String, Object> data) {
}

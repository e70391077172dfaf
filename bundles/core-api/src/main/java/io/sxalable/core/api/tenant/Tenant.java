package io.sxalable.core.api.tenant;

import java.time.Instant;
import java.util.UUID;

/**
 * A tenant.
 *
 * @param id         stable id
 * @param slug       URL- and schema-safe name, e.g. {@code "acme"}; its data lives in schema {@code tenant_acme}
 * @param name       display name
 * @param maxRouters quota: routers the tenant may have
 * @param maxUsers   quota: users the tenant may have
 * @param createdAt  creation time (UTC)
 */
public record Tenant(UUID id, String slug, String name, int maxRouters, int maxUsers, Instant createdAt) {
}

package io.sxalable.core.api.tenant;

/**
 * Input to create a tenant. Quotas default to 1000 routers and 100 users when null.
 *
 * @param slug       {@code [a-z][a-z0-9-]{0,30}[a-z0-9]}, unique
 * @param name       display name, 1..200 characters
 * @param maxRouters router quota, 0..1000000
 * @param maxUsers   user quota, 1..100000
 */
public record NewTenant(String slug, String name, Integer maxRouters, Integer maxUsers) {
}

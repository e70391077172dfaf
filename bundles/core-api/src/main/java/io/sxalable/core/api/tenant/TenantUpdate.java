package io.sxalable.core.api.tenant;

/** Changes to a tenant; null fields stay as they are. */
public record TenantUpdate(String name, Integer maxRouters, Integer maxUsers) {
}

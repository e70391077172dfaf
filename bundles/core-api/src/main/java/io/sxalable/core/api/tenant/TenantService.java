package io.sxalable.core.api.tenant;

import io.sxalable.core.api.Caller;
import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/** Manages tenants. Creating one creates and migrates its schema in the same step. Platform administrators only. */
@ProviderType
public interface TenantService {
    Tenant create(Caller caller, NewTenant tenant);

    List<Tenant> list(Caller caller);

    /** @throws io.sxalable.core.api.SxalableException TENANT_NOT_FOUND */
    Tenant get(Caller caller, String slug);

    Tenant update(Caller caller, String slug, TenantUpdate update);

    /** Deletes the tenant, its users and its schema with all its data. The caller's own tenant cannot be deleted. */
    void delete(Caller caller, String slug);
}

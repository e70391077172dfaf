package io.sxalable.core.api.persistence;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Transactions over the appliance's PostgreSQL (an external server, or the embedded one by default).
 * Global data (tenants, users, tokens) lives in schema {@code sxalable}; each tenant's data in {@code tenant_<slug>}.
 */
@ProviderType
public interface Database {

    /** Runs {@code work} in one transaction with search path {@code sxalable}; commits on return, rolls back on throw. */
    <T> T inGlobal(SqlWork<T> work);

    /**
     * Runs {@code work} in one transaction with search path {@code tenant_<slug>, sxalable}.
     *
     * @throws io.sxalable.core.api.SxalableException TENANT_NOT_FOUND when the schema does not exist
     */
    <T> T inTenant(String tenantSlug, SqlWork<T> work);

    /** Creates {@code tenant_<slug>} and applies all tenant migrations to it. Idempotent. */
    void createTenantSchema(String tenantSlug);

    /** Drops {@code tenant_<slug>} and everything in it. */
    void dropTenantSchema(String tenantSlug);

    /** The schema name of a tenant. */
    static String tenantSchema(String tenantSlug) {
        return "tenant_" + tenantSlug.replace('-', '_');
    }

    /** Where the data lives, for health output, e.g. {@code "embedded PostgreSQL 17.7 on 127.0.0.1:41733"}. */
    String describe();

    /** True when a trivial query answers within a second. */
    boolean ping();
}

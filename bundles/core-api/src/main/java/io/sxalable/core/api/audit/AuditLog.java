package io.sxalable.core.api.audit;

import io.sxalable.core.api.Caller;
import io.sxalable.core.api.Page;
import java.sql.Connection;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Records mutations inside the caller's transaction, so a change and its audit entry commit or roll back together.
 */
@ProviderType
public interface AuditLog {

    /**
     * Appends an entry using {@code tx}, a connection inside a transaction whose search path is the tenant's schema
     * (tenant mutations) or the global schema (platform mutations such as tenant creation).
     *
     * @param before JSON of the resource before the change, or empty
     * @param after  JSON of the resource after the change, or empty
     */
    void record(Connection tx, Caller caller, String action, String resourceType, String resourceId,
                Optional<Object> before, Optional<Object> after);

    /** The caller's tenant's entries; {@code AUDIT_READ} required. */
    Page<AuditEntry> query(Caller caller, AuditQuery query);

    /** Platform-level entries (tenants); platform administrators only. */
    Page<AuditEntry> queryPlatform(Caller caller, AuditQuery query);
}

package io.sxalable.identity.internal;

import io.sxalable.core.api.Caller;
import io.sxalable.core.api.ErrorCode;
import io.sxalable.core.api.SxalableException;
import io.sxalable.core.api.audit.AuditLog;
import io.sxalable.core.api.persistence.Database;
import io.sxalable.core.api.tenant.NewTenant;
import io.sxalable.core.api.tenant.Tenant;
import io.sxalable.core.api.tenant.TenantService;
import io.sxalable.core.api.tenant.TenantUpdate;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Tenants, for platform administrators only. Tenant rows and their audit entries live in the global schema; each
 * tenant's data in {@code tenant_<slug>}, created with the row and dropped with it.
 */
@Component(service = TenantService.class)
public final class TenantServiceImpl implements TenantService {

    private final Database database;
    private final AuditLog audit;
    private final TenantCreation creation;

    @Activate
    public TenantServiceImpl(@Reference Database database, @Reference AuditLog audit) {
        this.database = database;
        this.audit = audit;
        this.creation = new TenantCreation(database, audit);
    }

    @Override
    public Tenant create(Caller caller, NewTenant tenant) {
        Objects.requireNonNull(caller, "caller");
        caller.requirePlatformAdmin();
        return creation.create(caller, tenant, TenantCreation.Hook.NONE);
    }

    @Override
    public List<Tenant> list(Caller caller) {
        Objects.requireNonNull(caller, "caller");
        caller.requirePlatformAdmin();
        return database.inGlobal(tx -> {
            List<Tenant> out = new ArrayList<>();
            try (PreparedStatement ps = tx.prepareStatement(
                    "SELECT " + IdentityRows.TENANT_COLUMNS + " FROM sxalable.tenants ORDER BY slug");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(IdentityRows.tenant(rs));
                }
            }
            return out;
        });
    }

    @Override
    public Tenant get(Caller caller, String slug) {
        Objects.requireNonNull(caller, "caller");
        caller.requirePlatformAdmin();
        requireSlug(slug);
        return database.inGlobal(tx -> IdentityRows.tenantBySlug(tx, slug, false)
                .orElseThrow(() -> SxalableException.notFound(ErrorCode.TENANT_NOT_FOUND, "tenant", slug)));
    }

    @Override
    public Tenant update(Caller caller, String slug, TenantUpdate update) {
        Objects.requireNonNull(caller, "caller");
        caller.requirePlatformAdmin();
        requireSlug(slug);
        if (update == null) {
            throw SxalableException.invalid("body", "is required");
        }
        Validation v = new Validation();
        if (update.name() != null) {
            v.name("name", update.name(), 200);
        }
        v.range("maxRouters", update.maxRouters(), 0, 1_000_000)
                .range("maxUsers", update.maxUsers(), 1, 100_000)
                .throwIfInvalid("tenant update");
        return database.inGlobal(tx -> {
            Tenant before = IdentityRows.tenantBySlug(tx, slug, true)
                    .orElseThrow(() -> SxalableException.notFound(ErrorCode.TENANT_NOT_FOUND, "tenant", slug));
            if (update.name() == null && update.maxRouters() == null && update.maxUsers() == null) {
                return before;
            }
            Tenant after;
            try (PreparedStatement ps = tx.prepareStatement("UPDATE sxalable.tenants SET name = ?, max_routers = ?,"
                    + " max_users = ?, updated_at = now() WHERE id = ? RETURNING " + IdentityRows.TENANT_COLUMNS)) {
                ps.setString(1, update.name() == null ? before.name() : update.name().trim());
                ps.setInt(2, update.maxRouters() == null ? before.maxRouters() : update.maxRouters());
                ps.setInt(3, update.maxUsers() == null ? before.maxUsers() : update.maxUsers());
                ps.setObject(4, before.id());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    after = IdentityRows.tenant(rs);
                }
            }
            audit.record(tx, IdentityRows.scopedTo(caller, before.id(), before.slug()), "tenant.update", "tenant",
                    before.id().toString(), Optional.of(before), Optional.of(after));
            return after;
        });
    }

    @Override
    public void delete(Caller caller, String slug) {
        Objects.requireNonNull(caller, "caller");
        caller.requirePlatformAdmin();
        requireSlug(slug);
        if (slug.equals(caller.tenantSlug())) {
            throw new SxalableException(ErrorCode.CONFLICT, "you cannot delete your own tenant '" + slug + "'");
        }
        database.inGlobal(tx -> {
            Tenant existing = IdentityRows.tenantBySlug(tx, slug, true)
                    .orElseThrow(() -> SxalableException.notFound(ErrorCode.TENANT_NOT_FOUND, "tenant", slug));
            // users, their refresh and API tokens go with the row (ON DELETE CASCADE)
            try (PreparedStatement ps = tx.prepareStatement("DELETE FROM sxalable.tenants WHERE id = ?")) {
                ps.setObject(1, existing.id());
                ps.executeUpdate();
            }
            audit.record(tx, IdentityRows.scopedTo(caller, existing.id(), existing.slug()), "tenant.delete",
                    "tenant", existing.id().toString(), Optional.of(existing), Optional.empty());
            // last: if dropping fails, the row deletion rolls back and the tenant stays whole
            database.dropTenantSchema(slug);
            return null;
        });
    }

    private static void requireSlug(String slug) {
        if (slug == null || slug.isBlank()) {
            throw SxalableException.invalid("slug", "is required");
        }
    }
}

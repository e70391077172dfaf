package io.sxalable.identity.internal;

import io.sxalable.core.api.Caller;
import io.sxalable.core.api.ErrorCode;
import io.sxalable.core.api.SxalableException;
import io.sxalable.core.api.audit.AuditLog;
import io.sxalable.core.api.persistence.Database;
import io.sxalable.core.api.persistence.PersistenceException;
import io.sxalable.core.api.tenant.NewTenant;
import io.sxalable.core.api.tenant.Tenant;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creating a tenant: the one code path used by {@link TenantServiceImpl} and by bootstrap.
 *
 * <p>In one global transaction: insert the row (the unique slug serialises concurrent creators), create and migrate
 * {@code tenant_<slug>} through {@link Database#createTenantSchema}, write the audit entry, run the caller's extra
 * work (bootstrap adds its administrator), commit. Schema creation runs on its own connection and cannot roll back
 * with the transaction, so when anything fails after it started the schema is dropped again.
 *
 * <p>While the global transaction is open, Flyway takes two more pooled connections for the schema migration: one
 * creation needs three connections at once. Creations through one instance are serialised so that several at a time
 * cannot exhaust the pool.
 */
final class TenantCreation {

    static final int DEFAULT_MAX_ROUTERS = 1000;
    static final int DEFAULT_MAX_USERS = 100;
    static final Set<String> RESERVED = Set.of("sxalable", "public", "system", "global", "platform", "api");

    private static final Logger LOG = LoggerFactory.getLogger(TenantCreation.class);

    /** Extra work inside the creating transaction. */
    interface Hook {
        Hook NONE = new Hook() {
        };

        /** Runs first, before the tenant row is inserted. */
        default void beforeInsert(Connection tx) throws SQLException {
        }

        /** Runs last, after the schema exists and the creation is audited. */
        default void afterInsert(Connection tx, Tenant tenant) throws SQLException {
        }
    }

    private final Database database;
    private final AuditLog audit;
    private final ReentrantLock oneAtATime = new ReentrantLock();

    TenantCreation(Database database, AuditLog audit) {
        this.database = database;
        this.audit = audit;
    }

    AuditLog audit() {
        return audit;
    }

    static NewTenant validate(NewTenant in) {
        if (in == null) {
            throw SxalableException.invalid("body", "is required");
        }
        Validation v = new Validation();
        String slug = in.slug();
        if (slug == null || !Validation.SLUG.matcher(slug).matches()) {
            v.add("slug", "must match [a-z][a-z0-9-]{0,30}[a-z0-9]");
        } else if (isReserved(slug)) {
            v.add("slug", "'" + slug + "' is reserved");
        }
        v.name("name", in.name(), 200)
                .range("maxRouters", in.maxRouters(), 0, 1_000_000)
                .range("maxUsers", in.maxUsers(), 1, 100_000)
                .throwIfInvalid("tenant");
        return new NewTenant(slug, in.name().trim(),
                in.maxRouters() == null ? DEFAULT_MAX_ROUTERS : in.maxRouters(),
                in.maxUsers() == null ? DEFAULT_MAX_USERS : in.maxUsers());
    }

    static boolean isReserved(String slug) {
        return RESERVED.contains(slug) || slug.startsWith("pg-") || slug.startsWith("sxalable-");
    }

    Tenant create(Caller actor, NewTenant input, Hook hook) {
        NewTenant t = validate(input);
        oneAtATime.lock();
        try {
            return createValidated(actor, t, hook);
        } finally {
            oneAtATime.unlock();
        }
    }

    private Tenant createValidated(Caller actor, NewTenant t, Hook hook) {
        UUID id = UUID.randomUUID();
        AtomicBoolean schemaTouched = new AtomicBoolean();
        try {
            return database.inGlobal(tx -> {
                hook.beforeInsert(tx);
                Tenant created;
                try (PreparedStatement ps = tx.prepareStatement("INSERT INTO sxalable.tenants (id, slug, name,"
                        + " max_routers, max_users) VALUES (?, ?, ?, ?, ?) RETURNING " + IdentityRows.TENANT_COLUMNS)) {
                    ps.setObject(1, id);
                    ps.setString(2, t.slug());
                    ps.setString(3, t.name());
                    ps.setInt(4, t.maxRouters());
                    ps.setInt(5, t.maxUsers());
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        created = IdentityRows.tenant(rs);
                    }
                } catch (SQLException e) {
                    if (PersistenceException.UNIQUE_VIOLATION.equals(e.getSQLState())) {
                        throw new SxalableException(ErrorCode.CONFLICT, "tenant '" + t.slug() + "' already exists");
                    }
                    throw e;
                }
                schemaTouched.set(true);
                if (schemaExists(tx, t.slug())) {
                    // left over from a tenant whose deletion did not finish; no row owns it (we hold the slug)
                    LOG.warn("Dropping orphaned schema {} before creating tenant '{}'",
                            Database.tenantSchema(t.slug()), t.slug());
                    database.dropTenantSchema(t.slug());
                }
                database.createTenantSchema(t.slug());
                audit.record(tx, IdentityRows.scopedTo(actor, id, t.slug()), "tenant.create", "tenant",
                        id.toString(), Optional.empty(), Optional.of(created));
                hook.afterInsert(tx, created);
                return created;
            });
        } catch (RuntimeException e) {
            if (schemaTouched.get()) {
                try {
                    database.dropTenantSchema(t.slug());
                } catch (RuntimeException cleanup) {
                    LOG.warn("Tenant '{}' was not created, and dropping its partly created schema failed too; "
                            + "the next creation of this slug drops it", t.slug(), cleanup);
                }
            }
            throw e;
        }
    }

    private static boolean schemaExists(Connection tx, String slug) throws SQLException {
        try (PreparedStatement ps = tx.prepareStatement("SELECT 1 FROM pg_namespace WHERE nspname = ?")) {
            ps.setString(1, Database.tenantSchema(slug));
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }
}

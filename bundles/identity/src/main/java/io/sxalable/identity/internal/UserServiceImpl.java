package io.sxalable.identity.internal;

import io.sxalable.core.api.Caller;
import io.sxalable.core.api.ErrorCode;
import io.sxalable.core.api.Permission;
import io.sxalable.core.api.Role;
import io.sxalable.core.api.SxalableException;
import io.sxalable.core.api.audit.AuditLog;
import io.sxalable.core.api.identity.NewUser;
import io.sxalable.core.api.identity.User;
import io.sxalable.core.api.identity.UserService;
import io.sxalable.core.api.identity.UserUpdate;
import io.sxalable.core.api.persistence.Database;
import io.sxalable.core.api.persistence.PersistenceException;
import io.sxalable.core.api.tenant.Tenant;
import io.sxalable.identity.internal.IdentityRows.UserRow;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Users of the caller's tenant ({@code USER_READ}/{@code USER_WRITE}); platform administrators may also act on users
 * of other tenants. Mutations run in the user's tenant transaction and are audited there. The tenant row is locked
 * first in every mutation, which serialises the user quota and "last enabled administrator" checks.
 */
@Component(service = UserService.class)
public final class UserServiceImpl implements UserService {

    /** Serialises changes that could remove the last enabled platform administrator. */
    static final long PLATFORM_ADMIN_LOCK = 0x5358_4C00_0001L;

    private final Database database;
    private final AuditLog audit;
    private final PasswordHasher hasher;

    @Activate
    public UserServiceImpl(@Reference Database database, @Reference AuditLog audit) {
        this(database, audit, new PasswordHasher(new SecureRandom()));
    }

    UserServiceImpl(Database database, AuditLog audit, PasswordHasher hasher) {
        this.database = database;
        this.audit = audit;
        this.hasher = hasher;
    }

    @Override
    public User create(Caller caller, NewUser user) {
        Objects.requireNonNull(caller, "caller");
        caller.require(Permission.USER_WRITE);
        if (user == null) {
            throw SxalableException.invalid("body", "is required");
        }
        String target = user.tenantSlug() == null || user.tenantSlug().isBlank() ? caller.tenantSlug()
                : user.tenantSlug();
        if (!target.equals(caller.tenantSlug())) {
            caller.requirePlatformAdmin();
        }
        new Validation().username("username", user.username()).password("password", user.password())
                .roles("roles", user.roles()).throwIfInvalid("user");
        String hash = hasher.hash(user.password()); // before the transaction: ~50 ms of CPU, no connection held
        UUID id = UUID.randomUUID();
        return database.inTenant(target, tx -> {
            Tenant tenant = IdentityRows.tenantBySlug(tx, target, true)
                    .orElseThrow(() -> SxalableException.notFound(ErrorCode.TENANT_NOT_FOUND, "tenant", target));
            long users = countUsers(tx, tenant.id());
            if (users >= tenant.maxUsers()) {
                throw new SxalableException(ErrorCode.QUOTA_EXCEEDED, "tenant '" + tenant.slug() + "' already has "
                        + users + " users, its quota is " + tenant.maxUsers());
            }
            User created = insertUser(tx, id, tenant.id(), user.username(), hash, user.roles(), false);
            audit.record(tx, IdentityRows.scopedTo(caller, tenant.id(), tenant.slug()), "user.create", "user",
                    id.toString(), Optional.empty(), Optional.of(auditView(created, false)));
            return created;
        });
    }

    /** Inserts a user row; CONFLICT when the username is taken anywhere on the appliance. */
    static User insertUser(Connection tx, UUID id, UUID tenantId, String username, String passwordHash,
                           Set<Role> roles, boolean platformAdmin) throws SQLException {
        try (PreparedStatement ps = tx.prepareStatement("INSERT INTO sxalable.users (id, tenant_id, username,"
                + " password_hash, roles, platform_admin) VALUES (?, ?, ?, ?, ?, ?)")) {
            ps.setObject(1, id);
            ps.setObject(2, tenantId);
            ps.setString(3, username);
            ps.setString(4, passwordHash);
            ps.setArray(5, IdentityRows.roleArray(tx, roles));
            ps.setBoolean(6, platformAdmin);
            ps.executeUpdate();
        } catch (SQLException e) {
            if (PersistenceException.UNIQUE_VIOLATION.equals(e.getSQLState())) {
                throw new SxalableException(ErrorCode.CONFLICT, "username '" + username + "' is already taken");
            }
            throw e;
        }
        return IdentityRows.userById(tx, id, false).orElseThrow().toUser();
    }

    /** What the audit log shows of a user: never the hash; whether the password changed. */
    static Map<String, Object> auditView(User u, boolean passwordChanged) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", u.id());
        m.put("tenantSlug", u.tenantSlug());
        m.put("username", u.username());
        m.put("roles", u.roles().stream().map(Role::name).sorted().toList());
        m.put("platformAdmin", u.platformAdmin());
        m.put("disabled", u.disabled());
        m.put("createdAt", u.createdAt());
        if (passwordChanged) {
            m.put("passwordChanged", true);
        }
        return m;
    }

    private static long countUsers(Connection tx, UUID tenantId) throws SQLException {
        try (PreparedStatement ps = tx.prepareStatement("SELECT count(*) FROM sxalable.users WHERE tenant_id = ?")) {
            ps.setObject(1, tenantId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    @Override
    public List<User> list(Caller caller) {
        Objects.requireNonNull(caller, "caller");
        caller.require(Permission.USER_READ);
        return database.inGlobal(tx -> {
            List<User> out = new ArrayList<>();
            try (PreparedStatement ps = tx.prepareStatement(
                    IdentityRows.USER_SELECT + " WHERE u.tenant_id = ? ORDER BY u.username")) {
                ps.setObject(1, caller.tenantId());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(IdentityRows.userRow(rs).toUser());
                    }
                }
            }
            return out;
        });
    }

    @Override
    public User get(Caller caller, UUID id) {
        Objects.requireNonNull(caller, "caller");
        caller.require(Permission.USER_READ);
        return visibleUser(caller, id).toUser();
    }

    /** The user if the caller may see it; USER_NOT_FOUND otherwise, so other tenants' ids reveal nothing. */
    private UserRow visibleUser(Caller caller, UUID id) {
        if (id == null) {
            throw SxalableException.invalid("id", "is required");
        }
        return database.inGlobal(tx -> IdentityRows.userById(tx, id, false))
                .filter(u -> u.tenantId().equals(caller.tenantId()) || caller.platformAdmin())
                .orElseThrow(() -> SxalableException.notFound(ErrorCode.USER_NOT_FOUND, "user", id));
    }

    /**
     * A user the caller may change: visible to them, and — since a platform administrator outranks every tenant
     * role — a platform administrator only for another platform administrator. Otherwise a tenant admin could
     * reset a platform admin's password and log in as them.
     */
    private UserRow modifiableUser(Caller caller, UUID id) {
        UserRow target = visibleUser(caller, id);
        if (target.platformAdmin() && !caller.platformAdmin()) {
            throw new SxalableException(ErrorCode.FORBIDDEN,
                    "only a platform administrator may change or delete a platform administrator");
        }
        return target;
    }

    @Override
    public User update(Caller caller, UUID id, UserUpdate update) {
        Objects.requireNonNull(caller, "caller");
        caller.require(Permission.USER_WRITE);
        if (update == null) {
            throw SxalableException.invalid("body", "is required");
        }
        Validation v = new Validation();
        if (update.password() != null) {
            v.password("password", update.password());
        }
        if (update.roles() != null) {
            v.roles("roles", update.roles());
        }
        v.throwIfInvalid("user update");
        UserRow target = modifiableUser(caller, id);
        String newHash = update.password() == null ? null : hasher.hash(update.password());
        return database.inTenant(target.tenantSlug(), tx -> {
            IdentityRows.lockTenant(tx, target.tenantId());
            UserRow before = IdentityRows.userById(tx, id, true)
                    .orElseThrow(() -> SxalableException.notFound(ErrorCode.USER_NOT_FOUND, "user", id));
            Set<Role> roles = update.roles() == null ? before.roles() : update.roles();
            boolean disabled = update.disabled() == null ? before.disabled() : update.disabled();
            if (roles.equals(before.roles()) && disabled == before.disabled() && newHash == null) {
                return before.toUser();
            }
            guardLastAdmins(tx, before, roles, disabled, false);
            try (PreparedStatement ps = tx.prepareStatement("UPDATE sxalable.users SET roles = ?, disabled = ?,"
                    + " password_hash = COALESCE(?, password_hash), updated_at = now() WHERE id = ?")) {
                ps.setArray(1, IdentityRows.roleArray(tx, roles));
                ps.setBoolean(2, disabled);
                ps.setString(3, newHash);
                ps.setObject(4, id);
                ps.executeUpdate();
            }
            if (newHash != null || disabled) {
                // a new password ends every login (refresh token family) of the user
                try (PreparedStatement ps = tx.prepareStatement("UPDATE sxalable.refresh_tokens SET revoked_at ="
                        + " now() WHERE user_id = ? AND revoked_at IS NULL")) {
                    ps.setObject(1, id);
                    ps.executeUpdate();
                }
            }
            User after = IdentityRows.userById(tx, id, false).orElseThrow().toUser();
            audit.record(tx, IdentityRows.scopedTo(caller, before.tenantId(), before.tenantSlug()), "user.update",
                    "user", id.toString(), Optional.of(auditView(before.toUser(), false)),
                    Optional.of(auditView(after, newHash != null)));
            return after;
        });
    }

    @Override
    public void delete(Caller caller, UUID id) {
        Objects.requireNonNull(caller, "caller");
        caller.require(Permission.USER_WRITE);
        if (caller.userId().equals(id)) {
            throw new SxalableException(ErrorCode.CONFLICT, "you cannot delete yourself");
        }
        UserRow target = modifiableUser(caller, id);
        database.inTenant(target.tenantSlug(), tx -> {
            IdentityRows.lockTenant(tx, target.tenantId());
            UserRow before = IdentityRows.userById(tx, id, true)
                    .orElseThrow(() -> SxalableException.notFound(ErrorCode.USER_NOT_FOUND, "user", id));
            guardLastAdmins(tx, before, before.roles(), before.disabled(), true);
            // refresh and API tokens go with the row (ON DELETE CASCADE)
            try (PreparedStatement ps = tx.prepareStatement("DELETE FROM sxalable.users WHERE id = ?")) {
                ps.setObject(1, id);
                ps.executeUpdate();
            }
            audit.record(tx, IdentityRows.scopedTo(caller, before.tenantId(), before.tenantSlug()), "user.delete",
                    "user", id.toString(), Optional.of(auditView(before.toUser(), false)), Optional.empty());
            return null;
        });
    }

    /**
     * Refuses to demote, disable or delete the last enabled ADMIN of a tenant, or the last enabled platform
     * administrator of the appliance. The caller holds the tenant row lock.
     */
    private static void guardLastAdmins(Connection tx, UserRow before, Set<Role> roles, boolean disabled,
                                        boolean deleting) throws SQLException {
        boolean losesAdmin = before.enabledAdmin() && (deleting || disabled || !roles.contains(Role.ADMIN));
        if (losesAdmin && count(tx, "SELECT count(*) FROM sxalable.users WHERE tenant_id = ? AND id <> ?"
                + " AND NOT disabled AND 'ADMIN' = ANY (roles)", before.tenantId(), before.id()) == 0) {
            throw new SxalableException(ErrorCode.CONFLICT, "'" + before.username()
                    + "' is the last enabled administrator of tenant '" + before.tenantSlug() + "'");
        }
        boolean losesPlatformAdmin = before.platformAdmin() && !before.disabled() && (deleting || disabled);
        if (losesPlatformAdmin) {
            try (PreparedStatement ps = tx.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
                ps.setLong(1, PLATFORM_ADMIN_LOCK);
                ps.execute();
            }
            if (count(tx, "SELECT count(*) FROM sxalable.users WHERE platform_admin AND NOT disabled AND id <> ?",
                    before.id()) == 0) {
                throw new SxalableException(ErrorCode.CONFLICT, "'" + before.username()
                        + "' is the last enabled platform administrator");
            }
        }
    }

    private static long count(Connection tx, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = tx.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}

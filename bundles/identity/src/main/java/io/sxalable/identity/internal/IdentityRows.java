package io.sxalable.identity.internal;

import io.sxalable.core.api.Caller;
import io.sxalable.core.api.Role;
import io.sxalable.core.api.identity.User;
import io.sxalable.core.api.tenant.Tenant;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Row mapping and the few queries every identity component needs. Global tables are always schema-qualified
 * ({@code sxalable.users}), so the queries mean the same inside {@code inGlobal} and {@code inTenant} transactions.
 */
final class IdentityRows {

    private IdentityRows() {
    }

    /** A user row with what the services need besides {@link User}; {@code passwordHash} never leaves the bundle. */
    record UserRow(UUID id, UUID tenantId, String tenantSlug, String username, Set<Role> roles, boolean platformAdmin,
                   boolean disabled, Instant createdAt, String passwordHash) {

        User toUser() {
            return new User(id, tenantSlug, username, roles, platformAdmin, disabled, createdAt);
        }

        boolean enabledAdmin() {
            return !disabled && roles.contains(Role.ADMIN);
        }
    }

    static final String USER_SELECT = "SELECT u.id, u.tenant_id, t.slug, u.username, u.roles, u.platform_admin,"
            + " u.disabled, u.created_at, u.password_hash FROM sxalable.users u"
            + " JOIN sxalable.tenants t ON t.id = u.tenant_id";

    static final String TENANT_COLUMNS = "id, slug, name, max_routers, max_users, created_at";

    static UserRow userRow(ResultSet rs) throws SQLException {
        return new UserRow(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4),
                roles(rs.getArray(5)), rs.getBoolean(6), rs.getBoolean(7), instant(rs, 8), rs.getString(9));
    }

    static Optional<UserRow> userById(Connection c, UUID id, boolean lock) throws SQLException {
        return oneUser(c, USER_SELECT + " WHERE u.id = ?" + (lock ? " FOR UPDATE OF u" : ""), id);
    }

    static Optional<UserRow> userByUsername(Connection c, String username) throws SQLException {
        return oneUser(c, USER_SELECT + " WHERE u.username = ?", username);
    }

    private static Optional<UserRow> oneUser(Connection c, String sql, Object param) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, param);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(userRow(rs)) : Optional.empty();
            }
        }
    }

    static Tenant tenant(ResultSet rs) throws SQLException {
        return new Tenant(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getInt(5),
                instant(rs, 6));
    }

    /** The tenant row, locked against concurrent user changes (quota and last-admin checks). */
    static Optional<Tenant> lockTenant(Connection c, UUID tenantId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT " + TENANT_COLUMNS + " FROM sxalable.tenants WHERE id = ? FOR UPDATE")) {
            ps.setObject(1, tenantId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(tenant(rs)) : Optional.empty();
            }
        }
    }

    static Optional<Tenant> tenantBySlug(Connection c, String slug, boolean lock) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + TENANT_COLUMNS
                + " FROM sxalable.tenants WHERE slug = ?" + (lock ? " FOR UPDATE" : ""))) {
            ps.setString(1, slug);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(tenant(rs)) : Optional.empty();
            }
        }
    }

    static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    static Set<Role> roles(Array array) throws SQLException {
        Set<Role> out = EnumSet.noneOf(Role.class);
        if (array == null) {
            return out;
        }
        for (Object o : (Object[]) array.getArray()) {
            try {
                out.add(Role.valueOf((String) o));
            } catch (IllegalArgumentException unknownRole) {
                // a role removed from the product: grants nothing
            }
        }
        return out;
    }

    static Array roleArray(Connection c, Collection<Role> roles) throws SQLException {
        return c.createArrayOf("text", roles.stream().map(Role::name).sorted().toArray());
    }

    /** The caller as seen in another tenant, for audit entries written there (platform administrators). */
    static Caller scopedTo(Caller caller, UUID tenantId, String tenantSlug) {
        if (caller.tenantId().equals(tenantId) && caller.tenantSlug().equals(tenantSlug)) {
            return caller;
        }
        return new Caller(caller.userId(), caller.username(), tenantId, tenantSlug, caller.roles(),
                caller.platformAdmin(), caller.authMethod(), caller.requestId());
    }
}

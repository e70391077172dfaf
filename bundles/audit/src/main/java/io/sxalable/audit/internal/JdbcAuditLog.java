package io.sxalable.audit.internal;

import io.sxalable.core.api.Caller;
import io.sxalable.core.api.ErrorCode;
import io.sxalable.core.api.Page;
import io.sxalable.core.api.Permission;
import io.sxalable.core.api.SxalableException;
import io.sxalable.core.api.SxalableException.FieldError;
import io.sxalable.core.api.audit.AuditEntry;
import io.sxalable.core.api.audit.AuditLog;
import io.sxalable.core.api.audit.AuditQuery;
import io.sxalable.core.api.persistence.Database;
import io.sxalable.core.api.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@link AuditLog} over the {@code audit_logs} tables: each tenant schema has one for tenant mutations, the global
 * schema {@code sxalable} one for platform mutations. {@link #record} writes to whichever {@code audit_logs} the
 * transaction's search path selects, so an entry commits or rolls back with the change it describes.
 *
 * <p>{@code tenant_slug} is the caller's tenant. Services acting across tenants (platform administrators) pass the
 * caller re-scoped to the tenant the change happened in.
 */
@Component(service = AuditLog.class)
public final class JdbcAuditLog implements AuditLog {

    static final int MAX_LIMIT = 500;
    private static final Pattern ACTION = Pattern.compile("[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)+");
    private static final String COLUMNS =
            "id, at, tenant_slug, actor, action, resource_type, resource_id, before::text, after::text, request_id";

    private final Database database;
    private final AuditJson json = new AuditJson();

    @Activate
    public JdbcAuditLog(@Reference Database database) {
        this.database = database;
    }

    @Override
    public void record(Connection tx, Caller caller, String action, String resourceType, String resourceId,
                       Optional<Object> before, Optional<Object> after) {
        Objects.requireNonNull(tx, "tx");
        Objects.requireNonNull(caller, "caller");
        if (action == null || !ACTION.matcher(action).matches()) {
            throw new SxalableException(ErrorCode.INTERNAL_ERROR, "invalid audit action: " + action);
        }
        if (resourceType == null || resourceType.isBlank() || resourceId == null || resourceId.isBlank()) {
            throw new SxalableException(ErrorCode.INTERNAL_ERROR, "audit entry without resource type or id");
        }
        String beforeJson = json(before);
        String afterJson = json(after);
        // clock_timestamp(), not now(): several entries of one transaction keep their order.
        String sql = "INSERT INTO audit_logs (id, at, tenant_slug, actor, action, resource_type, resource_id,"
                + " before, after, request_id) VALUES (?, clock_timestamp(), ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?)";
        try (PreparedStatement ps = tx.prepareStatement(sql)) {
            ps.setObject(1, UUID.randomUUID());
            ps.setString(2, caller.tenantSlug());
            ps.setString(3, caller.username());
            ps.setString(4, action);
            ps.setString(5, resourceType);
            ps.setString(6, resourceId);
            ps.setString(7, beforeJson);
            ps.setString(8, afterJson);
            ps.setString(9, caller.requestId());
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new PersistenceException(e);
        }
    }

    private String json(Optional<Object> value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            return json.toJson(value.get());
        } catch (IllegalArgumentException e) {
            // the change must not commit without its audit entry: fail the transaction
            throw new SxalableException(ErrorCode.INTERNAL_ERROR, "audit payload could not be serialised", e);
        }
    }

    @Override
    public Page<AuditEntry> query(Caller caller, AuditQuery query) {
        Objects.requireNonNull(caller, "caller");
        caller.require(Permission.AUDIT_READ);
        Filter filter = Filter.of(query);
        return database.inTenant(caller.tenantSlug(), c -> select(c, filter));
    }

    @Override
    public Page<AuditEntry> queryPlatform(Caller caller, AuditQuery query) {
        Objects.requireNonNull(caller, "caller");
        caller.requirePlatformAdmin();
        Filter filter = Filter.of(query);
        return database.inGlobal(c -> select(c, filter));
    }

    private static Page<AuditEntry> select(Connection c, Filter filter) throws SQLException {
        long total;
        try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM audit_logs" + filter.where())) {
            filter.bind(ps, 1);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                total = rs.getLong(1);
            }
        }
        List<AuditEntry> items = new ArrayList<>();
        String sql = "SELECT " + COLUMNS + " FROM audit_logs" + filter.where()
                + " ORDER BY at DESC, id DESC LIMIT ? OFFSET ?";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int next = filter.bind(ps, 1);
            ps.setInt(next, filter.limit());
            ps.setInt(next + 1, filter.offset());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    items.add(new AuditEntry(rs.getObject(1, UUID.class),
                            rs.getObject(2, OffsetDateTime.class).toInstant(), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getString(7), Optional.ofNullable(rs.getString(8)),
                            Optional.ofNullable(rs.getString(9)), rs.getString(10)));
                }
            }
        }
        return new Page<>(items, total, filter.offset(), filter.limit());
    }

    /** A validated {@link AuditQuery}: blank strings and null optionals mean "no filter". */
    record Filter(String action, String resourceType, String resourceId, String actor, Instant since, int offset,
                  int limit) {

        static Filter of(AuditQuery q) {
            if (q == null) {
                return new Filter(null, null, null, null, null, 0, 50);
            }
            List<FieldError> errors = new ArrayList<>();
            if (q.offset() < 0) {
                errors.add(new FieldError("offset", "must be 0 or more, was " + q.offset()));
            }
            if (q.limit() < 1 || q.limit() > MAX_LIMIT) {
                errors.add(new FieldError("limit", "must be between 1 and " + MAX_LIMIT + ", was " + q.limit()));
            }
            String action = text(q.action(), "action", errors);
            String resourceType = text(q.resourceType(), "resourceType", errors);
            String resourceId = text(q.resourceId(), "resourceId", errors);
            String actor = text(q.actor(), "actor", errors);
            if (!errors.isEmpty()) {
                throw new SxalableException(ErrorCode.VALIDATION_FAILED, "invalid audit query: "
                        + errors.stream().map(e -> e.field() + " " + e.message()).toList(), errors, null);
            }
            Instant since = q.since() == null ? null : q.since().orElse(null);
            return new Filter(action, resourceType, resourceId, actor, since, q.offset(), q.limit());
        }

        private static String text(Optional<String> value, String field, List<FieldError> errors) {
            if (value == null || value.isEmpty() || value.get().isBlank()) {
                return null;
            }
            String v = value.get().trim();
            if (v.length() > 200) {
                errors.add(new FieldError(field, "must be at most 200 characters"));
            }
            return v;
        }

        String where() {
            List<String> clauses = new ArrayList<>();
            if (action != null) {
                clauses.add("action = ?");
            }
            if (resourceType != null) {
                clauses.add("resource_type = ?");
            }
            if (resourceId != null) {
                clauses.add("resource_id = ?");
            }
            if (actor != null) {
                clauses.add("actor = ?");
            }
            if (since != null) {
                clauses.add("at >= ?");
            }
            return clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses);
        }

        /** Binds the filter values from parameter {@code index}; returns the next free index. */
        int bind(PreparedStatement ps, int index) throws SQLException {
            int i = index;
            for (String v : new String[] {action, resourceType, resourceId, actor}) {
                if (v != null) {
                    ps.setString(i++, v);
                }
            }
            if (since != null) {
                ps.setObject(i++, OffsetDateTime.ofInstant(since, ZoneOffset.UTC));
            }
            return i;
        }
    }
}

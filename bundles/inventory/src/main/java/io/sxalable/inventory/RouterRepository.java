package io.sxalable.inventory;

import io.sxalable.core.api.PageRequest;
import io.sxalable.core.api.SxalableException;
import io.sxalable.core.api.inventory.CloudProvider;
import io.sxalable.core.api.inventory.Router;
import io.sxalable.core.api.inventory.RouterQuery;
import io.sxalable.core.api.inventory.RouterStatus;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** SQL for the {@code routers} table of the current tenant schema. Runs on a connection the caller's transaction owns. */
final class RouterRepository {

    private static final String COLUMNS = "id, name, region, cloud_provider, status, asn, host(management_ip) AS ip,"
            + " management_port, driver_id, site, tags, credential_id, created_at, updated_at";

    /** API sort field → column. Only these may appear in ORDER BY. */
    private static final Map<String, String> SORTABLE = Map.of(
            "name", "name", "region", "region", "status", "status", "asn", "asn",
            "createdAt", "created_at", "updatedAt", "updated_at");

    private RouterRepository() {
    }

    static void insert(Connection c, Router r) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO routers (" + WRITABLE
                + ", id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?::inet, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int i = bindWritable(c, ps, r);
            ps.setObject(i++, r.id());
            ps.setTimestamp(i++, Timestamp.from(r.createdAt()));
            ps.setTimestamp(i, Timestamp.from(r.updatedAt()));
            ps.executeUpdate();
        }
    }

    static void update(Connection c, Router r) throws SQLException {
        // SET expressions see the old row: a new management address is likely another device, so its pinned
        // host key is forgotten.
        try (PreparedStatement ps = c.prepareStatement("UPDATE routers SET (" + WRITABLE
                + ") = (?, ?, ?, ?, ?, ?::inet, ?, ?, ?, ?, ?),"
                + " host_key = CASE WHEN management_ip = ?::inet THEN host_key END, updated_at = ? WHERE id = ?")) {
            int i = bindWritable(c, ps, r);
            ps.setString(i++, r.managementIp());
            ps.setTimestamp(i++, Timestamp.from(r.updatedAt()));
            ps.setObject(i, r.id());
            ps.executeUpdate();
        }
    }

    static void updateStatus(Connection c, UUID id, RouterStatus status) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE routers SET status = ? WHERE id = ? AND status <> ?")) {
            ps.setString(1, status.name());
            ps.setObject(2, id);
            ps.setString(3, status.name());
            ps.executeUpdate();
        }
    }

    static Optional<String> hostKey(Connection c, UUID id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT host_key FROM routers WHERE id = ?")) {
            ps.setObject(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
            }
        }
    }

    /** Stores the key only if none is pinned yet, so two first connections cannot overwrite each other. */
    static void pinHostKey(Connection c, UUID id, String fingerprint) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE routers SET host_key = ? WHERE id = ? AND host_key IS NULL")) {
            ps.setString(1, fingerprint);
            ps.setObject(2, id);
            ps.executeUpdate();
        }
    }

    static boolean delete(Connection c, UUID id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM routers WHERE id = ?")) {
            ps.setObject(1, id);
            return ps.executeUpdate() == 1;
        }
    }

    static Optional<Router> byId(Connection c, UUID id, boolean forUpdate) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM routers WHERE id = ?"
                + (forUpdate ? " FOR UPDATE" : ""))) {
            ps.setObject(1, id);
            return single(ps);
        }
    }

    static Optional<Router> byName(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM routers WHERE name = ?")) {
            ps.setString(1, name);
            return single(ps);
        }
    }

    static long count(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM routers");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Page of routers plus the total count of matches, in one round trip. */
    static Page query(Connection c, RouterQuery q) throws SQLException {
        StringBuilder where = new StringBuilder(" WHERE true");
        List<Object> args = new ArrayList<>();
        q.nameContains().ifPresent(v -> {
            where.append(" AND name ILIKE ? ESCAPE '\\'");
            args.add("%" + v.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        });
        q.region().ifPresent(v -> { where.append(" AND region = ?"); args.add(v); });
        q.cloudProvider().ifPresent(v -> { where.append(" AND cloud_provider = ?"); args.add(v.name()); });
        q.status().ifPresent(v -> { where.append(" AND status = ?"); args.add(v.name()); });
        q.driverId().ifPresent(v -> { where.append(" AND driver_id = ?"); args.add(v); });
        q.site().ifPresent(v -> { where.append(" AND site = ?"); args.add(v); });
        q.tag().ifPresent(v -> { where.append(" AND tags @> ARRAY[?]::text[]"); args.add(v); });

        PageRequest page = q.page();
        String column = SORTABLE.get(page.sortField());
        if (column == null) {
            throw SxalableException.invalid("sort", "unknown field '" + page.sortField() + "'; sortable: "
                    + SORTABLE.keySet().stream().sorted().toList());
        }
        String sql = "SELECT " + COLUMNS + ", count(*) OVER () AS total FROM routers" + where
                + " ORDER BY " + column + (page.descending() ? " DESC" : " ASC") + ", id"
                + " OFFSET ? LIMIT ?";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int i = 1;
            for (Object arg : args) {
                ps.setObject(i++, arg);
            }
            ps.setInt(i++, page.offset());
            ps.setInt(i, page.limit());
            List<Router> items = new ArrayList<>();
            long total = -1;
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    items.add(map(rs));
                    total = rs.getLong("total");
                }
            }
            if (total < 0) {
                // Empty page: past the end or no match; count separately so clients still see the total.
                total = page.offset() == 0 ? 0 : countMatching(c, where.toString(), args);
            }
            return new Page(items, total);
        }
    }

    record Page(List<Router> items, long total) {
    }

    private static long countMatching(Connection c, String where, List<Object> args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM routers" + where)) {
            for (int i = 0; i < args.size(); i++) {
                ps.setObject(i + 1, args.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static Optional<Router> single(PreparedStatement ps) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next() ? Optional.of(map(rs)) : Optional.empty();
        }
    }

    private static Router map(ResultSet rs) throws SQLException {
        Array tags = rs.getArray("tags");
        int port = rs.getInt("management_port");
        Optional<Integer> managementPort = rs.wasNull() ? Optional.empty() : Optional.of(port);
        return new Router(
                rs.getObject("id", UUID.class),
                rs.getString("name"),
                rs.getString("region"),
                CloudProvider.valueOf(rs.getString("cloud_provider")),
                RouterStatus.valueOf(rs.getString("status")),
                rs.getLong("asn"),
                rs.getString("ip"),
                managementPort,
                rs.getString("driver_id"),
                rs.getString("site"),
                tags == null ? List.of() : Arrays.asList((String[]) tags.getArray()),
                Optional.ofNullable(rs.getObject("credential_id", UUID.class)),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }

    /** The columns a client may set, in the order {@link #bindWritable} binds them. */
    private static final String WRITABLE = "name, region, cloud_provider, status, asn, management_ip, management_port,"
            + " driver_id, site, tags, credential_id";

    /** Binds {@link #WRITABLE} from parameter 1 and returns the next parameter index. */
    private static int bindWritable(Connection c, PreparedStatement ps, Router r) throws SQLException {
        int i = 1;
        ps.setString(i++, r.name());
        ps.setString(i++, r.region());
        ps.setString(i++, r.cloudProvider().name());
        ps.setString(i++, r.status().name());
        ps.setLong(i++, r.asn());
        ps.setString(i++, r.managementIp());
        setNullableInt(ps, i++, r.managementPort());
        ps.setString(i++, r.driverId());
        ps.setString(i++, r.site());
        ps.setArray(i++, c.createArrayOf("text", r.tags().toArray()));
        ps.setObject(i++, r.credentialId().orElse(null));
        return i;
    }

    private static void setNullableInt(PreparedStatement ps, int index, Optional<Integer> value) throws SQLException {
        if (value.isPresent()) {
            ps.setInt(index, value.get());
        } else {
            ps.setNull(index, Types.INTEGER);
        }
    }
}

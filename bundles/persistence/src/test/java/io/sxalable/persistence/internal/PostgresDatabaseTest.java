package io.sxalable.persistence.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.sxalable.core.api.ErrorCode;
import io.sxalable.core.api.SxalableException;
import io.sxalable.core.api.persistence.PersistenceException;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Against a real PostgreSQL: one throwaway database for the class, unique tenant slugs per test. */
class PostgresDatabaseTest {

    private static final AtomicInteger SEQ = new AtomicInteger();

    private static ThrowawayDatabase server;
    private static PostgresDatabase db;

    @BeforeAll
    static void start() throws SQLException {
        server = new ThrowawayDatabase();
        db = new PostgresDatabase(Pools.create(server.jdbcUrl, ThrowawayDatabase.USER, "", 4, 5000), "external");
    }

    @AfterAll
    static void stop() throws SQLException {
        if (db != null) {
            db.close();
        }
        if (server != null) {
            server.close();
        }
    }

    private static String newSlug() {
        return "t" + SEQ.incrementAndGet() + "-" + UUID.randomUUID().toString().substring(0, 6);
    }

    @Test
    void globalSchemaIsMigratedAtConstruction() {
        List<String> tables = db.<List<String>>inGlobal(c -> strings(c,
                "SELECT table_name FROM information_schema.tables WHERE table_schema = 'sxalable' ORDER BY 1"));
        assertThat(tables).contains("tenants", "users", "refresh_tokens", "api_tokens", "audit_logs",
                "flyway_schema_history");
        assertThat(db.<List<String>>inGlobal(c -> strings(c,
                "SELECT version FROM flyway_schema_history WHERE success AND version IS NOT NULL"))).containsExactly("1");
    }

    @Test
    void constructingAgainOnAMigratedDatabaseAppliesNothingAndWorks() {
        int historyRows = db.<Integer>inGlobal(c -> count(c, "SELECT count(*) FROM flyway_schema_history"));
        try (PostgresDatabase second = new PostgresDatabase(
                Pools.create(server.jdbcUrl, ThrowawayDatabase.USER, "", 2, 5000), "external")) {
            assertThat(second.<Integer>inGlobal(c -> count(c, "SELECT count(*) FROM flyway_schema_history")))
                    .isEqualTo(historyRows);
            assertThat(second.ping()).isTrue();
        }
    }

    @Test
    void describeNamesServerVersionAndAddress() {
        assertThat(db.describe()).startsWith("external PostgreSQL ").contains(" on 127.0.0.1:5432/" + server.name);
        assertThat(db.ping()).isTrue();
    }

    @Test
    void createTenantSchemaMigratesItWithItsOwnHistoryAndIsIdempotent() {
        String slug = newSlug() + "-x";
        String schema = PostgresDatabase.schemaOf(slug);
        assertThat(schema).isEqualTo("tenant_" + slug.replace('-', '_'));

        db.createTenantSchema(slug);
        db.createTenantSchema(slug);

        List<String> tables = db.<List<String>>inGlobal(c -> strings(c,
                "SELECT table_name FROM information_schema.tables WHERE table_schema = '" + schema + "' ORDER BY 1"));
        assertThat(tables).containsExactly("audit_logs", "device_credentials", "flyway_schema_history", "routers");
        assertThat(db.<List<String>>inTenant(slug, c -> strings(c,
                "SELECT version FROM flyway_schema_history WHERE success AND version IS NOT NULL"))).containsExactly("1");
    }

    @Test
    void tenantDataIsInvisibleFromAnotherTenant() {
        String a = newSlug();
        String b = newSlug();
        db.createTenantSchema(a);
        db.createTenantSchema(b);

        db.inTenant(a, c -> insertRouter(c, "edge-1"));

        assertThat(db.<List<String>>inTenant(a, c -> strings(c, "SELECT name FROM routers"))).containsExactly("edge-1");
        assertThat(db.<Integer>inTenant(b, c -> count(c, "SELECT count(*) FROM routers"))).isZero();
        // unqualified names resolve to the tenant first: audit_logs exists in both schemas
        db.inTenant(b, c -> update(c, "INSERT INTO audit_logs (id, tenant_slug, actor, action, resource_type,"
                + " resource_id, request_id) VALUES (gen_random_uuid(), '" + b + "', 'u', 'a', 'r', '1', 'q')"));
        assertThat(db.<Integer>inTenant(b, c -> count(c, "SELECT count(*) FROM audit_logs"))).isEqualTo(1);
        assertThat(db.<Integer>inGlobal(c -> count(c, "SELECT count(*) FROM audit_logs WHERE tenant_slug = '" + b + "'")))
                .isZero();
    }

    @Test
    void tenantTransactionsAlsoSeeTheGlobalSchema() {
        String slug = newSlug();
        db.createTenantSchema(slug);
        insertTenant(slug);
        assertThat(db.<List<String>>inTenant(slug, c -> strings(c, "SELECT slug FROM tenants WHERE slug = '" + slug + "'")))
                .containsExactly(slug);
        assertThat(db.<List<String>>inTenant(slug, c -> strings(c, "SHOW search_path")))
                .containsExactly(PostgresDatabase.schemaOf(slug) + ", sxalable");
    }

    @Test
    void searchPathDoesNotLeakToTheNextTransactionOnThePooledConnection() {
        String slug = newSlug();
        try (PostgresDatabase single = new PostgresDatabase(
                Pools.create(server.jdbcUrl, ThrowawayDatabase.USER, "", 2, 5000), "external")) {
            single.createTenantSchema(slug);
            List<String> inTenant = single.inTenant(slug, c -> {
                insertRouter(c, "r1");
                return strings(c, "SELECT pg_backend_pid()::text || ' ' || current_setting('search_path')");
            });
            List<String> next = single.inGlobal(
                    c -> strings(c, "SELECT pg_backend_pid()::text || ' ' || current_setting('search_path')"));
            String backend = inTenant.get(0).split(" ")[0];
            assertThat(inTenant.get(0)).isEqualTo(backend + " " + PostgresDatabase.schemaOf(slug) + ", sxalable");
            assertThat(next).containsExactly(backend + " sxalable"); // same pooled connection, path reset
            assertThatThrownBy(() -> single.<Integer>inGlobal(c -> count(c, "SELECT count(*) FROM routers")))
                    .isInstanceOf(PersistenceException.class)
                    .satisfies(e -> assertThat(((PersistenceException) e).sqlState()).isEqualTo("42P01"));
        }
    }

    @Test
    void commitsOnReturn() {
        String slug = newSlug();
        insertTenant(slug);
        assertThat(db.<Integer>inGlobal(c -> count(c, "SELECT count(*) FROM tenants WHERE slug = '" + slug + "'"))).isEqualTo(1);
    }

    @Test
    void rollsBackWhenTheWorkThrowsAndPassesSxalableExceptionsThroughUnchanged() {
        String slug = newSlug();
        SxalableException thrown = new SxalableException(ErrorCode.QUOTA_EXCEEDED, "too many");

        assertThatThrownBy(() -> db.inGlobal(c -> {
            insertTenant(c, slug);
            throw thrown;
        })).isSameAs(thrown);
        assertThatThrownBy(() -> db.inGlobal(c -> {
            insertTenant(c, slug);
            throw new IllegalStateException("boom");
        })).isInstanceOf(IllegalStateException.class).hasMessage("boom");

        assertThat(db.<Integer>inGlobal(c -> count(c, "SELECT count(*) FROM tenants WHERE slug = '" + slug + "'"))).isZero();
    }

    @Test
    void tenantTransactionRollsBackToo() {
        String slug = newSlug();
        db.createTenantSchema(slug);
        assertThatThrownBy(() -> db.inTenant(slug, c -> {
            insertRouter(c, "gone");
            throw new IllegalArgumentException("no");
        })).isInstanceOf(IllegalArgumentException.class);
        assertThat(db.<Integer>inTenant(slug, c -> count(c, "SELECT count(*) FROM routers"))).isZero();
    }

    @Test
    void uniqueViolationSurfacesAsPersistenceException() {
        String slug = newSlug();
        insertTenant(slug);

        PersistenceException e = catchThrowableOfType(PersistenceException.class, () -> insertTenant(slug));

        assertThat(e.isUniqueViolation()).isTrue();
        assertThat(e.sqlState()).isEqualTo(PersistenceException.UNIQUE_VIOLATION);
        assertThat(e.code()).isEqualTo(ErrorCode.INTERNAL_ERROR);
        assertThat(e.getCause()).isInstanceOf(SQLException.class);
        assertThat(db.<Integer>inGlobal(c -> count(c, "SELECT count(*) FROM tenants WHERE slug = '" + slug + "'"))).isEqualTo(1);
    }

    @Test
    void unknownTenantIsTenantNotFound() {
        SxalableException e = catchThrowableOfType(SxalableException.class,
                () -> db.inTenant("no-such-tenant", c -> 1));
        assertThat(e.code()).isEqualTo(ErrorCode.TENANT_NOT_FOUND);
        assertThat(e.getMessage()).contains("no-such-tenant");
    }

    @Test
    void droppedTenantIsGoneAndNotFoundAfterwards() {
        String slug = newSlug();
        db.createTenantSchema(slug);
        db.inTenant(slug, c -> insertRouter(c, "r"));

        db.dropTenantSchema(slug);
        db.dropTenantSchema(slug); // idempotent

        assertThat(catchThrowableOfType(SxalableException.class, () -> db.inTenant(slug, c -> 1)).code())
                .isEqualTo(ErrorCode.TENANT_NOT_FOUND);
        assertThat(db.<Integer>inGlobal(c -> count(c, "SELECT count(*) FROM pg_namespace WHERE nspname = '"
                + PostgresDatabase.schemaOf(slug) + "'"))).isZero();
    }

    @Test
    void tenantSchemaCreatedElsewhereIsFoundWithoutCache() {
        String slug = newSlug();
        try (PostgresDatabase other = new PostgresDatabase(
                Pools.create(server.jdbcUrl, ThrowawayDatabase.USER, "", 2, 5000), "external")) {
            other.createTenantSchema(slug);
        }
        assertThat(db.<Integer>inTenant(slug, c -> count(c, "SELECT count(*) FROM routers"))).isZero();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"a", "A1", "Ab", "1ab", "-ab", "ab-", "a_b", "a b", "a;drop schema sxalable",
        "ab\"", "x234567890123456789012345678901234", "tenant\u00e9"})
    void invalidSlugsAreRejectedBeforeAnySql(String slug) {
        for (Runnable call : List.<Runnable>of(
                () -> db.inTenant(slug, c -> 1),
                () -> db.createTenantSchema(slug),
                () -> db.dropTenantSchema(slug))) {
            SxalableException e = catchThrowableOfType(SxalableException.class, call::run);
            assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_FAILED);
            assertThat(e.fieldErrors()).extracting(SxalableException.FieldError::field).containsExactly("tenantSlug");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"ab", "a1", "acme-corp", "x2345678901234567890123456789012"})
    void validSlugEdgesAreAccepted(String slug) {
        assertThat(PostgresDatabase.schemaOf(slug)).isEqualTo("tenant_" + slug.replace('-', '_'));
    }

    @Test
    void tenantMigrationTime() {
        int n = 5;
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            db.createTenantSchema(newSlug());
        }
        long perTenantMs = (System.nanoTime() - start) / n / 1_000_000;
        System.out.printf("[measure] tenant schema create+migrate: %d ms per tenant (%d tenants)%n", perTenantMs, n);
        assertThat(perTenantMs).isLessThan(5_000);
    }

    @Test
    void pingIsFalseOnceClosed() {
        PostgresDatabase closed = new PostgresDatabase(
                Pools.create(server.jdbcUrl, ThrowawayDatabase.USER, "", 2, 5000), "external");
        assertThat(closed.ping()).isTrue();
        closed.close();
        assertThat(closed.ping()).isFalse();
    }

    @Test
    void failedMigrationFailsConstructionAndClosesThePool() throws SQLException {
        try (ThrowawayDatabase foreign = new ThrowawayDatabase()) {
            // a non-empty "sxalable" schema without Flyway history: Flyway refuses to touch it
            try (Connection c = DriverManager.getConnection(foreign.jdbcUrl, ThrowawayDatabase.USER, "");
                    Statement s = c.createStatement()) {
                s.execute("CREATE SCHEMA sxalable; CREATE TABLE sxalable.tenants (id int)");
            }
            HikariDataSource pool = Pools.create(foreign.jdbcUrl, ThrowawayDatabase.USER, "", 2, 5000);

            SxalableException e = catchThrowableOfType(SxalableException.class,
                    () -> new PostgresDatabase(pool, "external"));

            assertThat(e.code()).isEqualTo(ErrorCode.INTERNAL_ERROR);
            assertThat(e.getMessage()).isEqualTo("migrating database schema sxalable failed");
            assertThat(pool.isClosed()).isTrue();
        }
    }

    // --- helpers

    private static void insertTenant(String slug) {
        db.inGlobal(c -> insertTenant(c, slug));
    }

    private static Integer insertTenant(Connection c, String slug) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO tenants (id, slug, name, max_routers, max_users) VALUES (?, ?, ?, 10, 5)")) {
            s.setObject(1, UUID.randomUUID());
            s.setString(2, slug);
            s.setString(3, "Tenant " + slug);
            return s.executeUpdate();
        }
    }

    private static Integer insertRouter(Connection c, String name) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO routers (id, name, region, cloud_provider, status,"
                + " asn, management_ip, driver_id) VALUES (?, ?, 'eu', 'none', 'ACTIVE', 65001, '192.0.2.1', 'frr')")) {
            s.setObject(1, UUID.randomUUID());
            s.setString(2, name);
            return s.executeUpdate();
        }
    }

    private static Integer update(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            return s.executeUpdate(sql);
        }
    }

    private static int count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static List<String> strings(Connection c, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}

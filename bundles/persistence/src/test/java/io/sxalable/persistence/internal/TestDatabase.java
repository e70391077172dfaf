package io.sxalable.persistence.internal;

import io.sxalable.core.api.persistence.Database;
import io.sxalable.core.api.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The production {@link Database}, {@link PostgresDatabase} with its HikariCP pool and embedded Flyway migrations,
 * on a throw-away database {@code sxl_test_<random>} of the test PostgreSQL (see {@link ThrowawayDatabase} for the
 * server and its system properties). Published in this bundle's test-jar for the tests of every bundle that uses
 * {@link Database}:
 *
 * <pre>{@code
 * TestDatabase db = TestDatabase.create();      // global schema migrated
 * db.database().createTenantSchema("acme");     // tenant_acme migrated
 * AuditLog audit = new JdbcAuditLog(db.database());
 * ...
 * db.close();                                   // pool closed, database dropped
 * }</pre>
 */
public final class TestDatabase implements AutoCloseable {

    /** Production default; tenant creation alone holds three connections at once (a transaction plus Flyway's two). */
    private static final int POOL_SIZE = 10;
    private static final long CONNECTION_TIMEOUT_MS = 5000;

    private final ThrowawayDatabase server;
    private final PostgresDatabase database;

    private TestDatabase(ThrowawayDatabase server, PostgresDatabase database) {
        this.server = server;
        this.database = database;
    }

    /** Creates a fresh database and opens the real {@link Database} on it; the global schema is migrated. */
    public static TestDatabase create() {
        ThrowawayDatabase server;
        try {
            server = new ThrowawayDatabase();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create a test database on " + ThrowawayDatabase.SERVER
                    + " as " + ThrowawayDatabase.USER + ": " + e.getMessage(), e);
        }
        try {
            return new TestDatabase(server, new PostgresDatabase(Pools.create(server.jdbcUrl, ThrowawayDatabase.USER,
                    "", POOL_SIZE, CONNECTION_TIMEOUT_MS), "test"));
        } catch (RuntimeException e) {
            try {
                server.close();
            } catch (SQLException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    /** The real {@link PostgresDatabase} on this test database. */
    public Database database() {
        return database;
    }

    /** E.g. {@code sxl_test_0123456789ab}. */
    public String name() {
        return server.name;
    }

    /**
     * A connection of its own, outside the pool and in auto-commit mode, for fixtures and assertions that go
     * around the services (qualify tables with their schema, e.g. {@code tenant_acme.routers}).
     */
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(server.jdbcUrl, ThrowawayDatabase.USER, "");
    }

    /** Whether the tenant's schema {@code tenant_<slug>} exists. */
    public boolean schemaExists(String tenantSlug) {
        try (Connection c = connect();
             PreparedStatement ps = c.prepareStatement("SELECT 1 FROM pg_namespace WHERE nspname = ?")) {
            ps.setString(1, Database.tenantSchema(tenantSlug));
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw new PersistenceException(e);
        }
    }

    /** Closes the pool and drops the database. */
    @Override
    public void close() {
        database.close();
        try {
            server.close();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot drop test database " + server.name + ": " + e.getMessage(), e);
        }
    }
}

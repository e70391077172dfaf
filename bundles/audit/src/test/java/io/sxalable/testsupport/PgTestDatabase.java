package io.sxalable.testsupport;

import io.sxalable.core.api.ErrorCode;
import io.sxalable.core.api.SxalableException;
import io.sxalable.core.api.persistence.Database;
import io.sxalable.core.api.persistence.PersistenceException;
import io.sxalable.core.api.persistence.SqlWork;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Properties;
import java.util.UUID;
import org.flywaydb.core.Flyway;

/**
 * Test-only {@link Database} over a throw-away database {@code sxl_test_<random>} on the local PostgreSQL
 * (127.0.0.1:5432, user postgres, trust auth; override with {@code -Dsxalable.test.pg=host:port} and
 * {@code -Dsxalable.test.pg.user=...}). It runs the real migration files of {@code bundles/persistence} with Flyway
 * and sets the search path exactly as the production implementation does. No pooling: one connection per transaction.
 * {@link #close()} drops the database.
 */
public final class PgTestDatabase implements Database, AutoCloseable {

    private static final String GLOBAL_SCHEMA = "sxalable";

    private final String hostPort;
    private final String user;
    private final String dbName;
    private final String url;
    private final Path migrations;

    private PgTestDatabase(String hostPort, String user, String dbName, Path migrations) {
        this.hostPort = hostPort;
        this.user = user;
        this.dbName = dbName;
        this.url = "jdbc:postgresql://" + hostPort + "/" + dbName;
        this.migrations = migrations;
    }

    /** Creates a fresh database and applies the global migrations to schema {@code sxalable}. */
    public static PgTestDatabase create() {
        String hostPort = System.getProperty("sxalable.test.pg", "127.0.0.1:5432");
        String user = System.getProperty("sxalable.test.pg.user", "postgres");
        String name = "sxl_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        try (Connection admin = DriverManager.getConnection("jdbc:postgresql://" + hostPort + "/postgres", props(user));
             Statement st = admin.createStatement()) {
            st.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database on " + hostPort + ": " + e.getMessage(), e);
        }
        PgTestDatabase db = new PgTestDatabase(hostPort, user, name, findMigrations());
        db.migrate(GLOBAL_SCHEMA, "global");
        return db;
    }

    private static Properties props(String user) {
        Properties p = new Properties();
        p.setProperty("user", user);
        return p;
    }

    /** {@code bundles/persistence/src/main/resources/db}, found from the module directory the tests run in. */
    private static Path findMigrations() {
        Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        for (Path d = dir; d != null; d = d.getParent()) {
            for (Path candidate : new Path[] {d.resolve("persistence/src/main/resources/db"),
                    d.resolve("bundles/persistence/src/main/resources/db")}) {
                if (Files.isDirectory(candidate.resolve("global")) && Files.isDirectory(candidate.resolve("tenant"))) {
                    return candidate;
                }
            }
        }
        throw new IllegalStateException("migration files (bundles/persistence/src/main/resources/db) not found from " + dir);
    }

    private void migrate(String schema, String kind) {
        Flyway.configure()
                .loggers("slf4j")
                .dataSource(url, user, null)
                .schemas(schema)
                .defaultSchema(schema)
                .createSchemas(true)
                .locations("filesystem:" + migrations.resolve(kind))
                .load()
                .migrate();
    }

    /** A connection outside any transaction, for test assertions and fixtures. */
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url, props(user));
    }

    @Override
    public <T> T inGlobal(SqlWork<T> work) {
        return inTransaction(GLOBAL_SCHEMA, work);
    }

    @Override
    public <T> T inTenant(String tenantSlug, SqlWork<T> work) {
        String schema = Database.tenantSchema(tenantSlug);
        return inTransaction(schema + ", " + GLOBAL_SCHEMA, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM pg_namespace WHERE nspname = ?")) {
                ps.setString(1, schema);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        throw SxalableException.notFound(ErrorCode.TENANT_NOT_FOUND, "tenant", tenantSlug);
                    }
                }
            }
            return work.run(c);
        });
    }

    private <T> T inTransaction(String searchPath, SqlWork<T> work) {
        try (Connection c = connect()) {
            c.setAutoCommit(false);
            try {
                try (Statement st = c.createStatement()) {
                    st.execute("SET LOCAL search_path TO " + searchPath);
                }
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                try {
                    c.rollback();
                } catch (SQLException suppressed) {
                    e.addSuppressed(suppressed);
                }
                throw e;
            }
        } catch (SQLException e) {
            throw new PersistenceException(e);
        }
    }

    @Override
    public void createTenantSchema(String tenantSlug) {
        migrate(Database.tenantSchema(tenantSlug), "tenant");
    }

    @Override
    public void dropTenantSchema(String tenantSlug) {
        try (Connection c = connect(); Statement st = c.createStatement()) {
            st.execute("DROP SCHEMA IF EXISTS " + Database.tenantSchema(tenantSlug) + " CASCADE");
        } catch (SQLException e) {
            throw new PersistenceException(e);
        }
    }

    /** Whether the tenant's schema exists (for tests of creation and deletion). */
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

    @Override
    public String describe() {
        return "test PostgreSQL database " + dbName + " on " + hostPort;
    }

    @Override
    public boolean ping() {
        try (Connection c = connect()) {
            return c.isValid(1);
        } catch (SQLException e) {
            return false;
        }
    }

    @Override
    public void close() {
        try (Connection admin = DriverManager.getConnection("jdbc:postgresql://" + hostPort + "/postgres", props(user));
             Statement st = admin.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS " + dbName.toLowerCase(Locale.ROOT) + " WITH (FORCE)");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot drop test database " + dbName, e);
        }
    }
}

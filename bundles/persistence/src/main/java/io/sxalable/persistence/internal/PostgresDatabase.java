package io.sxalable.persistence.internal;

import io.sxalable.core.api.ErrorCode;
import io.sxalable.core.api.SxalableException;
import io.sxalable.core.api.persistence.Database;
import io.sxalable.core.api.persistence.PersistenceException;
import io.sxalable.core.api.persistence.SqlWork;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link Database} over any PostgreSQL {@link DataSource}; plain Java, so tests construct it directly. The DS
 * components {@link ExternalDatabase} and {@link EmbeddedDatabase} are thin subclasses that build the pool.
 *
 * <p>Construction migrates the global schema {@code sxalable} ({@code db/global} in this bundle). Each tenant schema
 * {@code tenant_<slug>} is migrated from {@code db/tenant} by {@link #createTenantSchema} and keeps its own
 * Flyway history table.
 */
class PostgresDatabase implements Database, AutoCloseable {

    static final String GLOBAL_SCHEMA = "sxalable";
    /** Same rule as {@code NewTenant.slug}; checked before a slug goes anywhere near SQL. */
    static final Pattern SLUG = Pattern.compile("[a-z][a-z0-9-]{0,30}[a-z0-9]");

    private static final Logger LOG = LoggerFactory.getLogger(PostgresDatabase.class);

    private final DataSource dataSource;
    private final String description;
    /** Tenant schemas seen to exist; filled lazily, emptied by {@link #dropTenantSchema}. */
    private final Set<String> knownTenantSchemas = ConcurrentHashMap.newKeySet();
    private final ExecutorService pinger = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "sxalable-db-ping");
        t.setDaemon(true);
        return t;
    });
    private final AtomicReference<Future<Boolean>> lastPing = new AtomicReference<>();

    /**
     * Migrates the global schema, then serves transactions on {@code dataSource}.
     *
     * @param dataSource connections to the database; owned from now on: closed by {@link #close()} when it is
     *                   {@link AutoCloseable}, and also when this constructor fails
     * @param kind       what kind of server this is, e.g. {@code "embedded"} or {@code "external"}
     */
    PostgresDatabase(DataSource dataSource, String kind) {
        this.dataSource = dataSource;
        try {
            long start = System.nanoTime();
            MigrateResult result = migrate(GLOBAL_SCHEMA, "classpath:db/global");
            this.description = kind + " PostgreSQL " + serverVersionAndAddress();
            LOG.info("Database: {}; schema {} at version {} ({} migration(s) applied in {} ms)", description,
                    GLOBAL_SCHEMA, result.targetSchemaVersion == null ? "current" : result.targetSchemaVersion,
                    result.migrationsExecuted, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    @Override
    public <T> T inGlobal(SqlWork<T> work) {
        return inTransaction(null, null, work);
    }

    @Override
    public <T> T inTenant(String tenantSlug, SqlWork<T> work) {
        return inTransaction(tenantSlug, schemaOf(tenantSlug), work);
    }

    @Override
    public void createTenantSchema(String tenantSlug) {
        String schema = schemaOf(tenantSlug);
        long start = System.nanoTime();
        MigrateResult result = migrate(schema, "classpath:db/tenant");
        knownTenantSchemas.add(schema);
        LOG.info("Tenant schema {} at version {} ({} migration(s) applied in {} ms)", schema,
                result.targetSchemaVersion == null ? "current" : result.targetSchemaVersion,
                result.migrationsExecuted, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
    }

    @Override
    public void dropTenantSchema(String tenantSlug) {
        String schema = schemaOf(tenantSlug);
        knownTenantSchemas.remove(schema);
        inGlobal(c -> {
            try (Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA IF EXISTS " + quote(schema) + " CASCADE");
            }
            return null;
        });
        knownTenantSchemas.remove(schema);
        LOG.info("Tenant schema {} dropped", schema);
    }

    @Override
    public String describe() {
        return description;
    }

    @Override
    public boolean ping() {
        Future<Boolean> previous = lastPing.get();
        if (previous != null && !previous.isDone()) {
            return false; // the last probe is still hanging: do not pile up more
        }
        Future<Boolean> probe;
        try {
            probe = pinger.submit(this::probe);
        } catch (RuntimeException closed) {
            return false;
        }
        lastPing.set(probe);
        try {
            return probe.get(1, TimeUnit.SECONDS);
        } catch (TimeoutException | ExecutionException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Stops the ping thread and closes the pool. */
    @Override
    public void close() {
        pinger.shutdownNow();
        if (dataSource instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception e) {
                LOG.warn("Closing the connection pool failed", e);
            }
        }
    }

    /** The schema of a valid slug; {@code VALIDATION_FAILED} otherwise. */
    static String schemaOf(String tenantSlug) {
        if (tenantSlug == null || !SLUG.matcher(tenantSlug).matches()) {
            throw SxalableException.invalid("tenantSlug", "must match " + SLUG.pattern());
        }
        return Database.tenantSchema(tenantSlug);
    }

    private <T> T inTransaction(String tenantSlug, String tenantSchema, SqlWork<T> work) {
        String searchPath = tenantSchema == null
                ? quote(GLOBAL_SCHEMA)
                : quote(tenantSchema) + ", " + quote(GLOBAL_SCHEMA);
        try (Connection c = dataSource.getConnection()) {
            if (c.getAutoCommit()) {
                c.setAutoCommit(false);
            }
            try {
                if (tenantSchema != null) {
                    requireTenantSchema(c, tenantSlug, tenantSchema);
                }
                try (Statement s = c.createStatement()) {
                    s.execute("SET LOCAL search_path TO " + searchPath);
                }
                T result = work.run(c);
                c.commit();
                return result;
            } catch (Throwable t) {
                try {
                    c.rollback();
                } catch (SQLException | RuntimeException rollbackFailure) {
                    t.addSuppressed(rollbackFailure);
                }
                throw t;
            }
        } catch (SQLException e) {
            throw new PersistenceException(e);
        }
    }

    private void requireTenantSchema(Connection c, String tenantSlug, String schema) throws SQLException {
        if (knownTenantSchemas.contains(schema)) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM pg_namespace WHERE nspname = ?")) {
            s.setString(1, schema);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    throw SxalableException.notFound(ErrorCode.TENANT_NOT_FOUND, "Tenant", tenantSlug);
                }
            }
        }
        knownTenantSchemas.add(schema);
    }

    private MigrateResult migrate(String schema, String location) {
        try {
            // This bundle's class loader: in OSGi, Flyway finds the SQL files inside this bundle through it.
            return Flyway.configure(PostgresDatabase.class.getClassLoader())
                    .dataSource(dataSource)
                    .schemas(schema)
                    .createSchemas(true)
                    .locations(location)
                    .failOnMissingLocations(true)
                    .placeholderReplacement(false)
                    .loggers("slf4j")
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            throw new SxalableException(ErrorCode.INTERNAL_ERROR, "migrating database schema " + schema + " failed", e);
        }
    }

    private boolean probe() {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.setQueryTimeout(1);
            s.execute("SELECT 1");
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    /** E.g. {@code "17.7 on 127.0.0.1:41733/sxalable"}. */
    private String serverVersionAndAddress() {
        return inGlobal(c -> {
            String version;
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SHOW server_version")) {
                rs.next();
                version = rs.getString(1).split(" ")[0];
            }
            String address = Pools.redact(c.getMetaData().getURL()).replaceFirst("^jdbc:postgresql://", "");
            return version + " on " + address;
        });
    }

    private static String quote(String identifier) {
        return '"' + identifier + '"';
    }
}

package io.sxalable.embeddedpostgres.internal;

import io.sxalable.persistence.spi.DatabaseEndpoint;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.postgresql.ds.PGSimpleDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server (zonky's packaged binaries) private to this appliance; plain Java, tests start it directly.
 *
 * <p>Layout of the base directory, kept across restarts:
 * <ul>
 *   <li>{@code data/} the cluster ({@code PGDATA}), created by initdb on first start</li>
 *   <li>{@code binaries/} the unpacked PostgreSQL distribution (~60 MB), reused while unchanged</li>
 *   <li>{@code superuser.password} (mode 0600) the generated password of role {@code postgres}</li>
 *   <li>{@code instance.lock} held while a server runs, so two JVMs never share the directory</li>
 * </ul>
 * The server listens on 127.0.0.1 only (no Unix socket), requires SCRAM passwords over TCP, keeps {@code fsync} and
 * synchronous commit on (zonky's test defaults turn them off), and serves database {@code sxalable}.
 */
final class EmbeddedPostgresServer implements DatabaseEndpoint, AutoCloseable {

    static final String DATABASE = "sxalable";
    static final String SUPERUSER = "postgres";

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    /**
     * Directories served by this JVM. The file lock only guards against other processes: a second lock attempt on
     * the same file inside one JVM throws, and closing that second channel could drop the first lock on Linux.
     */
    private static final Set<Path> IN_USE = ConcurrentHashMap.newKeySet();

    private final Path baseDirectory;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final EmbeddedPostgres postgres;
    private final String password;
    private final String jdbcUrl;
    private final AtomicBoolean closed = new AtomicBoolean();

    private EmbeddedPostgresServer(Path baseDirectory, FileChannel lockChannel, FileLock lock,
            EmbeddedPostgres postgres, String password) {
        this.baseDirectory = baseDirectory;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.postgres = postgres;
        this.password = password;
        this.jdbcUrl = "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/" + DATABASE;
    }

    /**
     * Starts the server on {@code baseDirectory}, creating the cluster on first use.
     *
     * @param port 0 for a free port
     */
    static EmbeddedPostgresServer start(Path baseDirectory, int port, Duration startupTimeout) throws IOException {
        long startNanos = System.nanoTime();
        Path key = baseDirectory.toAbsolutePath().normalize();
        if (!IN_USE.add(key)) {
            throw new IOException("the embedded PostgreSQL already runs in " + baseDirectory);
        }
        FileChannel channel = null;
        FileLock lock = null;
        try {
            Files.createDirectories(baseDirectory);
            channel = FileChannel.open(baseDirectory.resolve("instance.lock"), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
            lock = channel.tryLock();
            if (lock == null) {
                throw new IOException("another process runs the embedded PostgreSQL in " + baseDirectory);
            }
            Path data = baseDirectory.resolve("data");
            Path passwordFile = baseDirectory.resolve("superuser.password");
            boolean fresh = !Files.exists(data.resolve("postgresql.conf")); // zonky runs initdb in the same case
            String password = fresh ? newPassword(passwordFile) : Files.readString(passwordFile).trim();
            if (!fresh) {
                stopOrphanedPostmaster(data);
            }

            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(data.toFile())
                    .setCleanDataDirectory(false)
                    .setOverrideWorkingDirectory(baseDirectory.resolve("binaries").toFile())
                    .setRegisterShutdownHook(false) // deactivation stops it; a leftover is stopped at next start
                    .setPort(port)
                    .setPGStartupWait(startupTimeout)
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .setServerConfig("unix_socket_directories", "")
                    .setServerConfig("fsync", "on") // overrides zonky's -F
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("max_connections", "100")
                    .setConnectConfig("password", password);
            if (fresh) {
                // zonky passes these to initdb as --key=value: superuser password, SCRAM over TCP, C collation
                builder.setLocaleConfig("pwfile", passwordFile.toString())
                        .setLocaleConfig("auth-host", "scram-sha-256")
                        .setLocaleConfig("locale", "C");
            }
            EmbeddedPostgres postgres = builder.start();
            EmbeddedPostgresServer server = new EmbeddedPostgresServer(baseDirectory, channel, lock, postgres,
                    password);
            try {
                server.createDatabaseIfMissing();
            } catch (SQLException | RuntimeException e) {
                server.close();
                throw new IOException("embedded PostgreSQL started but database " + DATABASE
                        + " could not be created", e);
            }
            LOG.info("Embedded PostgreSQL on 127.0.0.1:{} ready in {} ms ({}, data in {})", postgres.getPort(),
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos),
                    fresh ? "new cluster" : "existing cluster", data);
            return server;
        } catch (IOException | RuntimeException e) {
            if (lock != null && lock.isValid()) {
                lock.release();
            }
            if (channel != null) {
                channel.close();
            }
            IN_USE.remove(key);
            throw e;
        }
    }

    /** Stops the server (fast shutdown) and releases the directory. Idempotent. */
    @Override
    public void close() {
        if (closed.getAndSet(true)) {
            return;
        }
        try {
            postgres.close();
        } catch (IOException e) {
            LOG.warn("Stopping the embedded PostgreSQL failed", e);
        } finally {
            try {
                if (lock.isValid()) {
                    lock.release();
                }
                lockChannel.close();
            } catch (IOException e) {
                LOG.warn("Releasing {} failed", baseDirectory.resolve("instance.lock"), e);
            }
            IN_USE.remove(baseDirectory.toAbsolutePath().normalize());
        }
    }

    @Override
    public String jdbcUrl() {
        return jdbcUrl;
    }

    @Override
    public String username() {
        return SUPERUSER;
    }

    @Override
    public String password() {
        return password;
    }

    @Override
    public String kind() {
        return "embedded";
    }

    int port() {
        return postgres.getPort();
    }

    private void createDatabaseIfMissing() throws SQLException {
        PGSimpleDataSource admin = new PGSimpleDataSource();
        admin.setURL("jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/postgres");
        admin.setUser(SUPERUSER);
        admin.setPassword(password);
        try (Connection c = admin.getConnection();
                PreparedStatement exists = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, DATABASE);
            try (ResultSet rs = exists.executeQuery()) {
                if (rs.next()) {
                    return;
                }
            }
            try (Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE " + DATABASE);
            }
            LOG.info("Created database {} in the embedded PostgreSQL", DATABASE);
        }
    }

    /** A random password, written to {@code file} readable by the owner only. */
    private static String newPassword(Path file) throws IOException {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Files.deleteIfExists(file);
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException | FileAlreadyExistsException e) {
            Files.createFile(file);
        }
        Files.writeString(file, password + "\n", StandardCharsets.US_ASCII);
        return password;
    }

    /**
     * If the JVM died without stopping PostgreSQL, its postmaster still owns {@code data}: stop it (SIGTERM, a smart
     * shutdown: nothing is connected any more) so this start can take over. Only called while we hold the
     * instance lock, so the postmaster cannot belong to another live appliance.
     */
    static void stopOrphanedPostmaster(Path data) throws IOException {
        Path pidFile = data.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile, StandardCharsets.US_ASCII);
        if (lines.isEmpty()) {
            return;
        }
        long pid;
        try {
            pid = Long.parseLong(lines.get(0).trim());
        } catch (NumberFormatException e) {
            return;
        }
        Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> c.endsWith("/postgres")).orElse(false));
        if (process.isEmpty()) {
            return; // stale file: PostgreSQL copes with it
        }
        LOG.warn("Stopping PostgreSQL process {} left over on {} by an earlier run", pid, data);
        process.get().destroy();
        try {
            process.get().onExit().get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while stopping the left-over PostgreSQL " + pid, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IOException("left-over PostgreSQL " + pid + " on " + data + " did not stop", e);
        }
    }
}

package io.sxalable.embeddedpostgres.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Starts the real embedded PostgreSQL (zonky's 17.x binaries) in a temporary directory. */
class EmbeddedPostgresServerTest {

    private static final Duration STARTUP = Duration.ofSeconds(60);

    @TempDir
    Path base;

    @Test
    void dataSurvivesARestartOnTheSameDirectory() throws Exception {
        long t0 = System.nanoTime();
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(base, 0, STARTUP)) {
            long firstStartMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
            System.out.printf("[measure] embedded PostgreSQL first start (unpack + initdb + start): %d ms%n",
                    firstStartMs);
            assertThat(server.jdbcUrl()).matches("jdbc:postgresql://127\\.0\\.0\\.1:\\d+/sxalable");
            try (Connection c = connect(server); Statement s = c.createStatement()) {
                s.execute("CREATE TABLE kept (v text)");
                s.execute("INSERT INTO kept VALUES ('survives')");
            }
        }

        long t1 = System.nanoTime();
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(base, 0, STARTUP)) {
            long restartMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t1);
            System.out.printf("[measure] embedded PostgreSQL restart on existing data: %d ms%n", restartMs);
            try (Connection c = connect(server)) {
                assertThat(strings(c, "SELECT v FROM kept")).containsExactly("survives");
            }
        }
    }

    @Test
    void serverIsPrivateDurableAndVersion17() throws Exception {
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(base, 0, STARTUP);
                Connection c = connect(server)) {
            assertThat(strings(c, "SHOW server_version").get(0)).startsWith("17.");
            assertThat(strings(c, "SHOW listen_addresses")).containsExactly("127.0.0.1");
            assertThat(strings(c, "SHOW unix_socket_directories")).containsExactly("");
            assertThat(strings(c, "SHOW fsync")).containsExactly("on");
            assertThat(strings(c, "SHOW synchronous_commit")).containsExactly("on");
            assertThat(strings(c, "SHOW server_encoding")).containsExactly("UTF8");
            assertThat(Files.getPosixFilePermissions(base.resolve("superuser.password")))
                    .isEqualTo(PosixFilePermissions.fromString("rw-------"));
            assertThatThrownBy(() -> DriverManager.getConnection(server.jdbcUrl(), "postgres", "wrong").close())
                    .isInstanceOf(SQLException.class).hasMessageContaining("password authentication failed");
        }
    }

    @Test
    void aSecondServerOnTheSameDirectoryIsRefused() throws Exception {
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(base, 0, STARTUP)) {
            assertThatThrownBy(() -> EmbeddedPostgresServer.start(base, 0, STARTUP))
                    .isInstanceOf(IOException.class).hasMessageContaining("already runs in");
            try (Connection c = connect(server)) {
                assertThat(strings(c, "SELECT 1")).containsExactly("1");
            }
        }
    }

    @Test
    void aPostmasterLeftOverByACrashedRunIsStoppedAndReplaced() throws Exception {
        int port;
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(base, 0, STARTUP)) {
            port = server.port();
            try (Connection c = connect(server); Statement s = c.createStatement()) {
                s.execute("CREATE TABLE kept (v text); INSERT INTO kept VALUES ('before crash')");
            }
        }
        // what a JVM killed with SIGKILL leaves behind: a postmaster still serving data/
        Path pgCtl;
        try (Stream<Path> dirs = Files.list(base.resolve("binaries"))) {
            pgCtl = dirs.map(d -> d.resolve("bin/pg_ctl")).filter(Files::isExecutable).findFirst().orElseThrow();
        }
        List<String> command = new ArrayList<>();
        if (isRoot()) {
            command.addAll(List.of("unshare", "-U")); // as zonky does: PostgreSQL refuses to run as root
        }
        command.addAll(List.of(pgCtl.toString(), "-D", base.resolve("data").toString(), "-w", "-l",
                base.resolve("orphan.log").toString(), "-o",
                "-p " + port + " -c listen_addresses=127.0.0.1 -c unix_socket_directories=", "start"));
        Process pgCtlStart = new ProcessBuilder(command).redirectErrorStream(true).start();
        assertThat(pgCtlStart.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(pgCtlStart.exitValue()).as(new String(pgCtlStart.getInputStream().readAllBytes())).isZero();
        long orphanPid = Long.parseLong(Files.readAllLines(base.resolve("data/postmaster.pid")).get(0).trim());
        assertThat(ProcessHandle.of(orphanPid)).isPresent();

        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(base, 0, STARTUP);
                Connection c = connect(server)) {
            assertThat(ProcessHandle.of(orphanPid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
            assertThat(strings(c, "SELECT v FROM kept")).containsExactly("before crash");
        }
    }

    private static boolean isRoot() throws IOException, InterruptedException {
        Process id = new ProcessBuilder("id", "-u").start();
        id.waitFor();
        return "0".equals(new String(id.getInputStream().readAllBytes()).trim());
    }

    static Connection connect(EmbeddedPostgresServer server) throws SQLException {
        return DriverManager.getConnection(server.jdbcUrl(), server.username(), server.password());
    }

    static List<String> strings(Connection c, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}

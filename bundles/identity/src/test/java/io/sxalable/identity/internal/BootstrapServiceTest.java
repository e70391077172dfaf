package io.sxalable.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sxalable.audit.internal.JdbcAuditLog;
import io.sxalable.core.api.Caller;
import io.sxalable.core.api.ErrorCode;
import io.sxalable.core.api.Role;
import io.sxalable.core.api.SxalableException;
import io.sxalable.core.api.audit.AuditEntry;
import io.sxalable.core.api.audit.AuditQuery;
import io.sxalable.core.api.identity.User;
import io.sxalable.core.api.persistence.Database;
import io.sxalable.persistence.internal.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BootstrapServiceTest {

    @TempDir
    Path dir;
    TestDatabase testDb;
    Database db;
    JdbcAuditLog audit;
    Path tokenFile;

    @BeforeEach
    void setUp() {
        testDb = TestDatabase.create();
        db = testDb.database();
        audit = new JdbcAuditLog(db);
        tokenFile = dir.resolve("data/sxalable-bootstrap.token");
    }

    @AfterEach
    void tearDown() {
        testDb.close();
    }

    @Test
    void tokenBootstrapCreatesDefaultTenantAndPlatformAdminOnce() throws Exception {
        BootstrapServiceImpl bootstrap = new BootstrapServiceImpl(db, audit, tokenFile);
        assertThat(bootstrap.completed()).isFalse();
        String token = bootstrap.pendingToken().orElseThrow();
        assertThat(token).hasSize(43);
        assertThat(Files.readString(tokenFile).trim()).isEqualTo(token);
        assertThat(Files.getPosixFilePermissions(tokenFile))
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);

        expectCode(() -> bootstrap.bootstrapWithToken("wrong-token", "admin", "long-enough-password", "r1"),
                ErrorCode.TOKEN_INVALID);
        expectCode(() -> bootstrap.bootstrapWithToken(null, "admin", "long-enough-password", "r1"),
                ErrorCode.TOKEN_INVALID);
        assertThatThrownBy(() -> bootstrap.bootstrapWithToken(token, "a", "short", "r1"))
                .isInstanceOfSatisfying(SxalableException.class, e -> assertThat(e.fieldErrors())
                        .extracting(SxalableException.FieldError::field).containsExactly("username", "password"));
        assertThat(bootstrap.completed()).isFalse();

        User admin = bootstrap.bootstrapWithToken(token, "admin", "long-enough-password", "r-boot");
        assertThat(admin.platformAdmin()).isTrue();
        assertThat(admin.roles()).containsExactly(Role.ADMIN);
        assertThat(admin.tenantSlug()).isEqualTo("default");
        assertThat(testDb.schemaExists("default")).isTrue();
        assertThat(bootstrap.completed()).isTrue();
        assertThat(bootstrap.pendingToken()).isEmpty();
        assertThat(tokenFile).doesNotExist();

        expectCode(() -> bootstrap.bootstrapWithToken(token, "admin2", "long-enough-password", "r2"),
                ErrorCode.BOOTSTRAP_COMPLETED);
        expectCode(() -> bootstrap.bootstrapFromConsole("admin2", "long-enough-password", "r2"),
                ErrorCode.BOOTSTRAP_COMPLETED);

        // the admin can log in; a restarted component knows it is done and writes no token
        AuthServiceImpl auth = new AuthServiceImpl(db, new IdentitySettings(Duration.ofMinutes(15), Duration.ofDays(7),
                Duration.ofSeconds(30), dir.resolve("etc/jwt.pem"), tokenFile), Clock.systemUTC());
        Caller caller = auth.authenticate(auth.login("admin", "long-enough-password", "r3").accessToken(), "r4");
        assertThat(caller.platformAdmin()).isTrue();
        BootstrapServiceImpl restarted = new BootstrapServiceImpl(db, audit, tokenFile);
        assertThat(restarted.completed()).isTrue();
        assertThat(restarted.pendingToken()).isEmpty();
        assertThat(tokenFile).doesNotExist();

        // both creations are in the platform audit log, without secrets
        List<AuditEntry> entries = audit.queryPlatform(caller, new AuditQuery(Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), 0, 10)).items();
        assertThat(entries).extracting(AuditEntry::action).containsExactly("user.create", "tenant.create");
        assertThat(entries).allSatisfy(e -> {
            assertThat(e.actor()).isEqualTo("system:bootstrap-token");
            assertThat(e.requestId()).isEqualTo("r-boot");
            assertThat(e.tenantSlug()).isEqualTo("default");
            assertThat(e.after().orElseThrow()).doesNotContain("long-enough-password", "argon2");
        });
    }

    @Test
    void concurrentConsoleBootstrapsCreateExactlyOneAdmin() throws Exception {
        BootstrapServiceImpl a = new BootstrapServiceImpl(db, audit, tokenFile);
        BootstrapServiceImpl b = new BootstrapServiceImpl(db, audit, dir.resolve("other.token"));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<User>> results = pool.invokeAll(List.<Callable<User>>of(
                    () -> a.bootstrapFromConsole("first", "long-enough-password", "ra"),
                    () -> b.bootstrapFromConsole("second", "long-enough-password", "rb")));
            int ok = 0;
            int completed = 0;
            for (Future<User> f : results) {
                try {
                    f.get();
                    ok++;
                } catch (java.util.concurrent.ExecutionException e) {
                    assertThat(e.getCause()).isInstanceOfSatisfying(SxalableException.class,
                            s -> assertThat(s.code()).isEqualTo(ErrorCode.BOOTSTRAP_COMPLETED));
                    completed++;
                }
            }
            assertThat(ok).isEqualTo(1);
            assertThat(completed).isEqualTo(1);
        } finally {
            pool.shutdown();
        }
        assertThat(a.completed()).isTrue();
        assertThat(b.completed()).isTrue();
    }

    private static void expectCode(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, ErrorCode code) {
        assertThatThrownBy(call).isInstanceOfSatisfying(SxalableException.class,
                e -> assertThat(e.code()).isEqualTo(code));
    }
}

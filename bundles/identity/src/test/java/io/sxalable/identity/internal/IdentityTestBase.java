package io.sxalable.identity.internal;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sxalable.audit.internal.JdbcAuditLog;
import io.sxalable.core.api.Caller;
import io.sxalable.core.api.ErrorCode;
import io.sxalable.core.api.Role;
import io.sxalable.core.api.SxalableException;
import io.sxalable.core.api.audit.AuditEntry;
import io.sxalable.core.api.audit.AuditQuery;
import io.sxalable.core.api.identity.NewUser;
import io.sxalable.core.api.identity.User;
import io.sxalable.core.api.persistence.Database;
import io.sxalable.core.api.tenant.NewTenant;
import io.sxalable.persistence.internal.TestDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * One throw-away database per test class, with every identity component wired the way DS wires them, and a
 * bootstrapped appliance: tenant {@code default} with platform administrator {@code root}.
 */
abstract class IdentityTestBase {

    static final String ROOT_PASSWORD = "root-password-123";
    static final String PASSWORD = "correct horse battery";

    static Path dir;
    static TestDatabase testDb;
    static Database db;
    static JdbcAuditLog audit;
    static IdentitySettings settings;
    static TenantServiceImpl tenants;
    static UserServiceImpl users;
    static AuthServiceImpl auth;
    static ApiTokenServiceImpl apiTokens;
    static BootstrapServiceImpl bootstrap;
    static Caller root;

    @BeforeAll
    static void setUpIdentity() throws IOException {
        dir = Files.createTempDirectory("sxl-identity-test");
        testDb = TestDatabase.create();
        db = testDb.database();
        audit = new JdbcAuditLog(db);
        settings = new IdentitySettings(Duration.ofMinutes(15), Duration.ofDays(7), Duration.ofSeconds(30),
                dir.resolve("etc/sxalable-jwt.pem"), dir.resolve("data/sxalable-bootstrap.token"));
        tenants = new TenantServiceImpl(db, audit);
        users = new UserServiceImpl(db, audit);
        auth = new AuthServiceImpl(db, settings, Clock.systemUTC());
        apiTokens = new ApiTokenServiceImpl(db, audit);
        bootstrap = new BootstrapServiceImpl(db, audit, settings.bootstrapTokenFile());
        bootstrap.bootstrapFromConsole("root", ROOT_PASSWORD, "req-bootstrap");
        root = login("root", ROOT_PASSWORD);
    }

    @AfterAll
    static void tearDownIdentity() throws IOException {
        testDb.close();
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    static Caller login(String username, String password) {
        return auth.authenticate(auth.login(username, password, "req-login").accessToken(), "req-" + UUID.randomUUID());
    }

    static String unique(String base) {
        return base + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A new tenant with an ADMIN, logged in. */
    static Caller newTenantAdmin(String slugBase, Integer maxUsers) {
        String slug = unique(slugBase);
        tenants.create(root, new NewTenant(slug, "Tenant " + slug, null, maxUsers));
        String username = "admin@" + slug;
        users.create(root, new NewUser(username, PASSWORD, Set.of(Role.ADMIN), slug));
        return login(username, PASSWORD);
    }

    static User newUser(Caller admin, Role... roles) {
        return users.create(admin, new NewUser(unique("u"), PASSWORD, Set.of(roles), null));
    }

    static void expectCode(ThrowingCallable call, ErrorCode code) {
        assertThatThrownBy(call).isInstanceOfSatisfying(SxalableException.class,
                e -> org.assertj.core.api.Assertions.assertThat(e.code()).isEqualTo(code));
    }

    static List<AuditEntry> auditOf(Caller reader, String action, String resourceId) {
        return audit.query(reader, new AuditQuery(Optional.of(action), Optional.empty(), Optional.of(resourceId),
                Optional.empty(), Optional.empty(), 0, 50)).items();
    }

    static List<AuditEntry> platformAuditOf(String action, String resourceId) {
        return audit.queryPlatform(root, new AuditQuery(Optional.of(action), Optional.empty(),
                Optional.ofNullable(resourceId), Optional.empty(), Optional.empty(), 0, 50)).items();
    }
}

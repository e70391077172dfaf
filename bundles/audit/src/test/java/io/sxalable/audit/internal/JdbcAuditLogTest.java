package io.sxalable.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sxalable.core.api.Caller;
import io.sxalable.core.api.ErrorCode;
import io.sxalable.core.api.Page;
import io.sxalable.core.api.Role;
import io.sxalable.core.api.SxalableException;
import io.sxalable.core.api.audit.AuditEntry;
import io.sxalable.core.api.audit.AuditQuery;
import io.sxalable.core.api.persistence.Database;
import io.sxalable.persistence.internal.TestDatabase;
import io.sxalable.testsupport.TestCallers;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class JdbcAuditLogTest {

    private static TestDatabase testDb;
    private static Database db;
    private static JdbcAuditLog audit;

    record Thing(UUID id, String name, String password, Optional<Instant> expiresAt, boolean hasPassword,
                 Map<String, Object> nested) {
    }

    @BeforeAll
    static void setUp() {
        testDb = TestDatabase.create();
        db = testDb.database();
        db.createTenantSchema("acme");
        db.createTenantSchema("beta");
        audit = new JdbcAuditLog(db);
    }

    @AfterAll
    static void tearDown() {
        testDb.close();
    }

    private static AuditQuery all() {
        return new AuditQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), 0, 50);
    }

    @Test
    void recordsInTheTenantSchemaAndRedactsSecrets() {
        Caller admin = TestCallers.of("alice", "acme", Role.ADMIN);
        Map<String, Object> nested = new LinkedHashMap<>();
        nested.put("privateKey", "-----BEGIN OPENSSH PRIVATE KEY-----\nabc\n-----END OPENSSH PRIVATE KEY-----");
        nested.put("note", "token was sxa_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
        nested.put("api_token", "x");
        Thing before = new Thing(UUID.randomUUID(), "r1", "hunter2hunter2", Optional.empty(), true, Map.of());
        Thing after = new Thing(before.id(), "r2", "s3cret-s3cret", Optional.of(Instant.parse("2030-01-01T00:00:00Z")),
                true, nested);
        db.inTenant("acme", tx -> {
            audit.record(tx, admin, "thing.update", "thing", before.id().toString(), Optional.of(before),
                    Optional.of(after));
            return null;
        });

        Page<AuditEntry> page = audit.query(admin, all());
        assertThat(page.total()).isEqualTo(1);
        AuditEntry e = page.items().get(0);
        assertThat(e.actor()).isEqualTo("alice");
        assertThat(e.tenantSlug()).isEqualTo("acme");
        assertThat(e.action()).isEqualTo("thing.update");
        assertThat(e.requestId()).isEqualTo(admin.requestId());
        assertThat(e.before()).hasValueSatisfying(json -> assertThat(json)
                .contains("\"name\": \"r1\"").contains("\"hasPassword\": true").doesNotContain("hunter2"));
        assertThat(e.after()).hasValueSatisfying(json -> assertThat(json)
                .contains("2030-01-01T00:00:00Z")
                .doesNotContain("s3cret", "PRIVATE KEY", "privateKey", "sxa_AAAA", "api_token")
                .contains(AuditJson.REDACTED));
        // nothing leaked into the other tenant nor into the platform log
        assertThat(audit.query(TestCallers.of("bob", "beta", Role.ADMIN), all()).total()).isZero();
        assertThat(audit.queryPlatform(TestCallers.platformAdmin("root", "acme"), new AuditQuery(Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.of("alice"), Optional.empty(), 0, 10)).total()).isZero();
    }

    @Test
    void rollsBackWithTheTransaction() {
        Caller admin = TestCallers.of("carol", "beta", Role.ADMIN);
        assertThatThrownBy(() -> db.inTenant("beta", tx -> {
            audit.record(tx, admin, "thing.delete", "thing", "x", Optional.of(Map.of("a", 1)), Optional.empty());
            throw new IllegalStateException("boom");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(audit.query(admin, new AuditQuery(Optional.empty(), Optional.empty(), Optional.of("x"),
                Optional.empty(), Optional.empty(), 0, 10)).total()).isZero();
    }

    @Test
    void platformEntriesFiltersNewestFirstAndPaging() {
        Caller root = TestCallers.platformAdmin("root", "default");
        Instant start = Instant.now().minusSeconds(1);
        db.inGlobal(tx -> {
            for (int i = 0; i < 5; i++) {
                audit.record(tx, root, i % 2 == 0 ? "tenant.create" : "tenant.update", "tenant", "t" + i,
                        Optional.empty(), Optional.of(Map.of("i", i)));
            }
            return null;
        });
        Page<AuditEntry> creates = audit.queryPlatform(root, new AuditQuery(Optional.of("tenant.create"),
                Optional.of("tenant"), Optional.empty(), Optional.of("root"), Optional.of(start), 0, 2));
        assertThat(creates.total()).isEqualTo(3);
        assertThat(creates.items()).extracting(AuditEntry::resourceId).containsExactly("t4", "t2");
        Page<AuditEntry> second = audit.queryPlatform(root, new AuditQuery(Optional.of("tenant.create"),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), 2, 2));
        assertThat(second.items()).extracting(AuditEntry::resourceId).containsExactly("t0");
        assertThat(second.items().get(0).before()).isEmpty();
        assertThat(audit.queryPlatform(root, new AuditQuery(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of(Instant.now().plusSeconds(60)), 0, 10)).items()).isEmpty();
    }

    @Test
    void permissionsAndValidation() {
        assertThatThrownBy(() -> audit.query(TestCallers.of("v", "acme", Role.VIEWER, Role.OPERATOR), all()))
                .isInstanceOf(SxalableException.class)
                .extracting(e -> ((SxalableException) e).code()).isEqualTo(ErrorCode.FORBIDDEN);
        assertThat(audit.query(TestCallers.of("aud", "acme", Role.AUDITOR), all())).isNotNull();
        assertThatThrownBy(() -> audit.queryPlatform(TestCallers.of("a", "acme", Role.ADMIN), all()))
                .extracting(e -> ((SxalableException) e).code()).isEqualTo(ErrorCode.FORBIDDEN);
        assertThatThrownBy(() -> audit.query(TestCallers.of("a", "acme", Role.ADMIN), new AuditQuery(
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), -1, 501)))
                .isInstanceOfSatisfying(SxalableException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_FAILED);
                    assertThat(e.fieldErrors()).extracting(SxalableException.FieldError::field)
                            .containsExactly("offset", "limit");
                });
        assertThatThrownBy(() -> audit.query(TestCallers.of("a", "nosuch", Role.ADMIN), all()))
                .extracting(e -> ((SxalableException) e).code()).isEqualTo(ErrorCode.TENANT_NOT_FOUND);
    }

    @Test
    void redactionRules() {
        assertThat(List.of("password", "passwordHash", "password_hash", "secret", "clientSecret", "privateKey",
                "private_key", "token", "refreshToken", "apiKey", "passphrase"))
                .allMatch(AuditJson::isSensitiveName);
        assertThat(List.of("name", "username", "prefix", "roles", "credentialId", "managementIp"))
                .noneMatch(AuditJson::isSensitiveName);
        AuditJson json = new AuditJson();
        assertThat(json.toJson("{\"password\":\"x\",\"ok\":1}")).isEqualTo("{\"ok\":1}");
        assertThat(json.toJson("plain text")).isEqualTo("\"plain text\"");
        assertThat(json.toJson(Map.of("roles", Set.of(Role.ADMIN)))).isEqualTo("{\"roles\":[\"ADMIN\"]}");
        assertThat(json.toJson(Map.of("prefix", "sxa_abcd"))).isEqualTo("{\"prefix\":\"sxa_abcd\"}");
        assertThat(json.toJson(Map.of("jwt", "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIxIn0.sig")))
                .isEqualTo("{\"jwt\":\"[REDACTED]\"}");
    }
}

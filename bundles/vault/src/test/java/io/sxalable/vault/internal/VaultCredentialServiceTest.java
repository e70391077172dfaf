package io.sxalable.vault.internal;

import io.sxalable.support.PrivateFiles;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sxalable.audit.internal.JdbcAuditLog;
import io.sxalable.core.api.Caller;
import io.sxalable.core.api.ErrorCode;
import io.sxalable.core.api.Role;
import io.sxalable.core.api.SxalableException;
import io.sxalable.core.api.audit.AuditEntry;
import io.sxalable.core.api.audit.AuditQuery;
import io.sxalable.core.api.credentials.DeviceCredential;
import io.sxalable.core.api.credentials.NewDeviceCredential;
import io.sxalable.core.api.persistence.Database;
import io.sxalable.persistence.internal.TestDatabase;
import io.sxalable.sdk.driver.Credentials;
import io.sxalable.testsupport.TestCallers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VaultCredentialServiceTest {

    private static final String KEY = "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n"
            + "-----END OPENSSH PRIVATE KEY-----";

    @TempDir
    static Path etc;
    private static TestDatabase testDb;
    private static Database db;
    private static JdbcAuditLog audit;
    private static VaultCredentialService vault;
    private static final Caller ADMIN = TestCallers.of("alice", "acme", Role.ADMIN);
    private static final Caller OPERATOR = TestCallers.of("oscar", "acme", Role.OPERATOR);

    @BeforeAll
    static void setUp() {
        testDb = TestDatabase.create();
        db = testDb.database();
        db.createTenantSchema("acme");
        db.createTenantSchema("beta");
        audit = new JdbcAuditLog(db);
        vault = new VaultCredentialService(db, audit, MasterKey.loadOrCreate(etc.resolve("sxalable-master.key")));
    }

    @AfterAll
    static void tearDown() {
        testDb.close();
    }

    private static String uniqueName(String base) {
        return base + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void roundTripPasswordAndKey() {
        DeviceCredential c = vault.create(OPERATOR, new NewDeviceCredential(uniqueName("core"), "netops",
                "P@ssw0rd-very-secret", KEY));
        assertThat(c.hasPassword()).isTrue();
        assertThat(c.hasPrivateKey()).isTrue();
        Credentials resolved = vault.resolve("acme", c.id());
        assertThat(resolved.username()).isEqualTo("netops");
        assertThat(resolved.password()).contains("P@ssw0rd-very-secret");
        assertThat(resolved.privateKey()).hasValueSatisfying(k -> assertThat(k).startsWith(KEY));
        assertThat(resolved.toString()).doesNotContain("P@ssw0rd");

        DeviceCredential keyOnly = vault.create(OPERATOR, new NewDeviceCredential(uniqueName("edge"), "frr", null, KEY));
        assertThat(keyOnly.hasPassword()).isFalse();
        assertThat(vault.resolve("acme", keyOnly.id()).password()).isEmpty();
    }

    @Test
    void storedFormatIsNonceCiphertextTagWithKeyId() throws Exception {
        DeviceCredential c = vault.create(ADMIN, new NewDeviceCredential(uniqueName("fmt"), "u", "abcdefgh", null));
        try (Connection conn = testDb.connect(); PreparedStatement ps = conn.prepareStatement(
                "SELECT secret, key_id FROM tenant_acme.device_credentials WHERE id = ?")) {
            ps.setObject(1, c.id());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                byte[] secret = rs.getBytes(1);
                assertThat(new String(secret, StandardCharsets.ISO_8859_1)).doesNotContain("abcdefgh");
                // 12-byte nonce + JSON {"v":1,"password":"abcdefgh"} (29 bytes) + 16-byte tag
                assertThat(secret).hasSize(12 + 29 + 16);
                assertThat(rs.getString(2)).matches("mk-[0-9a-f]{16}");
            }
        }
    }

    @Test
    void tamperedCiphertextIsDetected() throws Exception {
        DeviceCredential c = vault.create(ADMIN, new NewDeviceCredential(uniqueName("t"), "u", "secret-pass", null));
        try (Connection conn = testDb.connect(); PreparedStatement ps = conn.prepareStatement(
                "UPDATE tenant_acme.device_credentials SET secret = overlay(secret placing "
                        + "set_byte(substring(secret from 20 for 1), 0, get_byte(secret, 19) # 1) from 20 for 1) "
                        + "WHERE id = ?")) {
            ps.setObject(1, c.id());
            assertThat(ps.executeUpdate()).isEqualTo(1);
        }
        assertThatThrownBy(() -> vault.resolve("acme", c.id()))
                .isInstanceOfSatisfying(SxalableException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.INTERNAL_ERROR);
                    assertThat(e.getMessage()).contains("integrity check").doesNotContain("secret-pass");
                });
    }

    @Test
    void ciphertextMovedToAnotherRowDoesNotDecrypt() throws Exception {
        DeviceCredential a = vault.create(ADMIN, new NewDeviceCredential(uniqueName("a"), "u", "password-a", null));
        DeviceCredential b = vault.create(ADMIN, new NewDeviceCredential(uniqueName("b"), "u", "password-b", null));
        try (Connection conn = testDb.connect(); PreparedStatement ps = conn.prepareStatement(
                "UPDATE tenant_acme.device_credentials SET secret = (SELECT secret FROM tenant_acme.device_credentials"
                        + " WHERE id = ?) WHERE id = ?")) {
            ps.setObject(1, a.id());
            ps.setObject(2, b.id());
            ps.executeUpdate();
        }
        expectCode(() -> vault.resolve("acme", b.id()), ErrorCode.INTERNAL_ERROR);
    }

    @Test
    void anotherMasterKeyGivesAClearError(@TempDir Path other) {
        DeviceCredential c = vault.create(ADMIN, new NewDeviceCredential(uniqueName("k"), "u", "password-k", null));
        VaultCredentialService otherVault = new VaultCredentialService(db, audit,
                MasterKey.loadOrCreate(other.resolve("other.key")));
        assertThatThrownBy(() -> otherVault.resolve("acme", c.id()))
                .isInstanceOfSatisfying(SxalableException.class, e -> assertThat(e.getMessage())
                        .contains("was encrypted with master key").contains("restore the matching key file"));
    }

    @Test
    void masterKeyFileIsCreatedOnceWithMode600(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("etc/sxalable-master.key");
        MasterKey first = MasterKey.loadOrCreate(file);
        assertThat(Files.getPosixFilePermissions(file))
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        byte[] raw = Base64.getDecoder().decode(Files.readString(file).trim());
        assertThat(raw).hasSize(32);
        assertThat(first.keyId()).isEqualTo(MasterKey.keyId(raw));
        assertThat(MasterKey.loadOrCreate(file).keyId()).isEqualTo(first.keyId());
        assertThat(PrivateFiles.createIfAbsent(file, new byte[] {1, 2, 3})).isFalse();
        assertThat(Base64.getDecoder().decode(Files.readString(file).trim())).isEqualTo(raw);
        try (var listing = Files.list(file.getParent())) {
            assertThat(listing).containsExactly(file); // no temporary files left behind
        }
        Files.writeString(file, "not a key\n");
        assertThatThrownBy(() -> MasterKey.loadOrCreate(file)).hasMessageContaining("is not 32 base64-encoded bytes");
    }

    @Test
    void encryptionUsesFreshNonces() throws Exception {
        byte[] k = new byte[32];
        new SecureRandom().nextBytes(k);
        MasterKey key = new MasterKey(k, new SecureRandom());
        byte[] aad = "x".getBytes(StandardCharsets.UTF_8);
        byte[] one = key.encrypt("same".getBytes(StandardCharsets.UTF_8), aad);
        byte[] two = key.encrypt("same".getBytes(StandardCharsets.UTF_8), aad);
        assertThat(one).isNotEqualTo(two);
        assertThat(new String(key.decrypt(two, aad), StandardCharsets.UTF_8)).isEqualTo("same");
    }

    @Test
    void secretsNeverInListGetToStringOrAudit() {
        String password = "Pa55-never-shown-" + UUID.randomUUID();
        NewDeviceCredential input = new NewDeviceCredential(uniqueName("hidden"), "netops", password, KEY);
        assertThat(input.toString()).doesNotContain(password);
        DeviceCredential c = vault.create(ADMIN, input);
        List<DeviceCredential> all = vault.list(OPERATOR);
        assertThat(all).contains(c);
        assertThat(all.toString() + vault.get(OPERATOR, c.id())).doesNotContain(password, "OPENSSH");
        List<AuditEntry> entries = audit.query(ADMIN, new AuditQuery(Optional.of("credential.create"),
                Optional.empty(), Optional.of(c.id().toString()), Optional.empty(), Optional.empty(), 0, 10)).items();
        assertThat(entries).hasSize(1);
        assertThat(entries.get(0).after()).hasValueSatisfying(json -> assertThat(json)
                .contains(c.name()).contains("\"hasPassword\": true").doesNotContain(password, "OPENSSH"));
        assertThat(entries.get(0).actor()).isEqualTo("alice");
    }

    @Test
    void uniqueNamesAndDeleteWhileReferenced() throws Exception {
        String name = uniqueName("dup");
        DeviceCredential c = vault.create(ADMIN, new NewDeviceCredential(name, "u", "password-1", null));
        expectCode(() -> vault.create(ADMIN, new NewDeviceCredential(name, "v", "password-2", null)),
                ErrorCode.CONFLICT);
        // the same name in another tenant is fine
        vault.create(TestCallers.of("bob", "beta", Role.ADMIN), new NewDeviceCredential(name, "u", "password-3", null));

        try (Connection conn = testDb.connect(); PreparedStatement ps = conn.prepareStatement(
                "INSERT INTO tenant_acme.routers (id, name, region, cloud_provider, status, asn, management_ip, "
                        + "driver_id, credential_id) VALUES (?, ?, 'eu', 'onprem', 'ACTIVE', 65000, '10.0.0.1', "
                        + "'frr', ?)")) {
            ps.setObject(1, UUID.randomUUID());
            ps.setString(2, uniqueName("r"));
            ps.setObject(3, c.id());
            ps.executeUpdate();
        }
        assertThatThrownBy(() -> vault.delete(ADMIN, c.id()))
                .isInstanceOfSatisfying(SxalableException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.CONFLICT);
                    assertThat(e.getMessage()).contains("still used by").doesNotContain("SQL", "23503");
                });
        try (Connection conn = testDb.connect(); PreparedStatement ps = conn.prepareStatement(
                "DELETE FROM tenant_acme.routers WHERE credential_id = ?")) {
            ps.setObject(1, c.id());
            ps.executeUpdate();
        }
        vault.delete(OPERATOR, c.id());
        expectCode(() -> vault.get(ADMIN, c.id()), ErrorCode.CREDENTIAL_NOT_FOUND);
        expectCode(() -> vault.delete(ADMIN, c.id()), ErrorCode.CREDENTIAL_NOT_FOUND);
        List<AuditEntry> deletes = audit.query(ADMIN, new AuditQuery(Optional.of("credential.delete"),
                Optional.empty(), Optional.of(c.id().toString()), Optional.empty(), Optional.empty(), 0, 10)).items();
        assertThat(deletes).singleElement().satisfies(e -> {
            assertThat(e.actor()).isEqualTo("oscar");
            assertThat(e.before()).isPresent();
            assertThat(e.after()).isEmpty();
        });
    }

    @Test
    void permissionsAndTenantIsolation() {
        DeviceCredential c = vault.create(ADMIN, new NewDeviceCredential(uniqueName("iso"), "u", "password-x", null));
        Caller viewer = TestCallers.of("val", "acme", Role.VIEWER);
        Caller auditor = TestCallers.of("aud", "acme", Role.AUDITOR);
        expectCode(() -> vault.list(viewer), ErrorCode.FORBIDDEN);
        expectCode(() -> vault.get(auditor, c.id()), ErrorCode.FORBIDDEN);
        expectCode(() -> vault.create(viewer, new NewDeviceCredential("x", "u", "p", null)), ErrorCode.FORBIDDEN);
        expectCode(() -> vault.delete(auditor, c.id()), ErrorCode.FORBIDDEN);
        Caller otherAdmin = TestCallers.of("bob", "beta", Role.ADMIN);
        expectCode(() -> vault.get(otherAdmin, c.id()), ErrorCode.CREDENTIAL_NOT_FOUND);
        expectCode(() -> vault.delete(otherAdmin, c.id()), ErrorCode.CREDENTIAL_NOT_FOUND);
        assertThat(vault.list(otherAdmin)).extracting(DeviceCredential::id).doesNotContain(c.id());
        expectCode(() -> vault.resolve("beta", c.id()), ErrorCode.CREDENTIAL_NOT_FOUND);
        expectCode(() -> vault.resolve("nosuch", c.id()), ErrorCode.TENANT_NOT_FOUND);
        expectCode(() -> vault.resolve("Bad Slug", c.id()), ErrorCode.VALIDATION_FAILED);
    }

    @Test
    void validation() {
        assertThatThrownBy(() -> vault.create(ADMIN, new NewDeviceCredential(" ", "has space", null, "not a key")))
                .isInstanceOfSatisfying(SxalableException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_FAILED);
                    assertThat(e.fieldErrors()).extracting(SxalableException.FieldError::field)
                            .containsExactly("name", "username", "privateKey");
                });
        assertThatThrownBy(() -> vault.create(ADMIN, new NewDeviceCredential("n", "u", "", null)))
                .isInstanceOfSatisfying(SxalableException.class, e -> assertThat(e.fieldErrors())
                        .extracting(SxalableException.FieldError::field).containsExactly("password"));
        expectCode(() -> vault.create(ADMIN, new NewDeviceCredential("x".repeat(101), "u", "p", null)),
                ErrorCode.VALIDATION_FAILED);
        expectCode(() -> vault.create(ADMIN, null), ErrorCode.VALIDATION_FAILED);
        expectCode(() -> vault.get(ADMIN, null), ErrorCode.VALIDATION_FAILED);
        assertThat(Set.of(vault.list(ADMIN).size())).isNotEmpty();
    }

    private static void expectCode(ThrowingCallable call, ErrorCode code) {
        assertThatThrownBy(call).isInstanceOfSatisfying(SxalableException.class,
                e -> assertThat(e.code()).isEqualTo(code));
    }
}

package io.sxalable.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sxalable.core.api.Caller;
import io.sxalable.core.api.ErrorCode;
import io.sxalable.core.api.Role;
import io.sxalable.core.api.SxalableException;
import io.sxalable.core.api.audit.AuditEntry;
import io.sxalable.core.api.identity.ApiToken;
import io.sxalable.core.api.identity.CreatedApiToken;
import io.sxalable.core.api.identity.NewApiToken;
import io.sxalable.core.api.identity.User;
import io.sxalable.core.api.identity.UserUpdate;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ApiTokenServiceTest extends IdentityTestBase {

    @Test
    void createUseRevoke() {
        Caller admin = newTenantAdmin("tok", null);
        Caller op = login(newUser(admin, Role.OPERATOR, Role.VIEWER).username(), PASSWORD);
        CreatedApiToken created = apiTokens.create(op, new NewApiToken("ansible", Set.of(Role.VIEWER), null));
        String secret = created.secret();
        assertThat(secret).matches("sxa_[A-Za-z0-9_-]{43}");
        assertThat(created.token().prefix()).isEqualTo(secret.substring(0, 8));
        assertThat(created.token().roles()).containsExactly(Role.VIEWER);
        assertThat(created.token().owner()).isEqualTo(op.username());
        assertThat(created.toString()).doesNotContain(secret);
        assertThat(storedHash(created.token().id())).hasSize(32);

        Caller viaToken = auth.authenticate("Bearer " + secret, "r");
        assertThat(viaToken.userId()).isEqualTo(op.userId());
        assertThat(viaToken.roles()).containsExactly(Role.VIEWER);
        assertThat(viaToken.authMethod()).isEqualTo(Caller.AuthMethod.API_TOKEN);
        assertThat(viaToken.platformAdmin()).isFalse();
        // tokens cannot mint tokens
        expectCode(() -> apiTokens.create(viaToken, new NewApiToken("more", null, null)), ErrorCode.FORBIDDEN);

        // all of the owner's roles by default
        CreatedApiToken all = apiTokens.create(op, new NewApiToken("all", null, null));
        assertThat(all.token().roles()).containsExactlyInAnyOrder(Role.OPERATOR, Role.VIEWER);

        assertThat(apiTokens.list(op)).extracting(ApiToken::id)
                .containsExactlyInAnyOrder(created.token().id(), all.token().id());
        assertThat(apiTokens.list(admin)).extracting(ApiToken::id).contains(created.token().id()); // TOKEN_ADMIN
        Caller other = login(newUser(admin, Role.OPERATOR).username(), PASSWORD);
        assertThat(apiTokens.list(other)).isEmpty();
        expectCode(() -> apiTokens.revoke(other, created.token().id()), ErrorCode.TOKEN_NOT_FOUND);

        apiTokens.revoke(op, created.token().id());
        apiTokens.revoke(op, created.token().id()); // idempotent
        expectCode(() -> auth.authenticate(secret, "r"), ErrorCode.TOKEN_INVALID);
        assertThat(apiTokens.list(op)).filteredOn(ApiToken::revoked).extracting(ApiToken::id)
                .containsExactly(created.token().id());
        // the tenant admin revokes someone else's token
        apiTokens.revoke(admin, all.token().id());
        expectCode(() -> auth.authenticate(all.secret(), "r"), ErrorCode.TOKEN_INVALID);

        // audited, never with the secret
        AuditEntry c = auditOf(admin, "api_token.create", created.token().id().toString()).get(0);
        AuditEntry r = auditOf(admin, "api_token.revoke", created.token().id().toString()).get(0);
        assertThat(c.after().orElseThrow()).contains("ansible", created.token().prefix()).doesNotContain(secret);
        assertThat(r.before().orElseThrow()).contains("\"revoked\": false");
        assertThat(r.after().orElseThrow()).contains("\"revoked\": true");
        assertThat(auditOf(admin, "api_token.revoke", all.token().id().toString()).get(0).actor())
                .isEqualTo(admin.username());
    }

    @Test
    void rolesMustBeASubsetOfTheOwners() {
        Caller admin = newTenantAdmin("sub", null);
        User viewer = newUser(admin, Role.VIEWER);
        Caller v = login(viewer.username(), PASSWORD);
        assertThatThrownBy(() -> apiTokens.create(v, new NewApiToken("escalate", Set.of(Role.ADMIN), null)))
                .isInstanceOfSatisfying(SxalableException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_FAILED);
                    assertThat(e.fieldErrors()).extracting(SxalableException.FieldError::field).containsExactly("roles");
                });
        // an owner who loses a role loses it on the token too
        Caller op = login(newUser(admin, Role.OPERATOR, Role.VIEWER).username(), PASSWORD);
        CreatedApiToken t = apiTokens.create(op, new NewApiToken("ops", null, null));
        users.update(admin, op.userId(), new UserUpdate(null, Set.of(Role.VIEWER), null));
        assertThat(auth.authenticate(t.secret(), "r").roles()).containsExactly(Role.VIEWER);
        users.update(admin, op.userId(), new UserUpdate(null, Set.of(Role.AUDITOR), null));
        expectCode(() -> auth.authenticate(t.secret(), "r"), ErrorCode.TOKEN_INVALID); // nothing left
        users.update(admin, op.userId(), new UserUpdate(null, Set.of(Role.OPERATOR), true));
        expectCode(() -> auth.authenticate(t.secret(), "r"), ErrorCode.TOKEN_INVALID); // owner disabled
    }

    @Test
    void expiryAndValidation() {
        Caller admin = newTenantAdmin("exp", null);
        expectCode(() -> apiTokens.create(admin, new NewApiToken("", null, null)), ErrorCode.VALIDATION_FAILED);
        expectCode(() -> apiTokens.create(admin, new NewApiToken("past", null, Instant.now().minusSeconds(1))),
                ErrorCode.VALIDATION_FAILED);
        expectCode(() -> apiTokens.create(admin, new NewApiToken("far", null,
                Instant.now().plus(Duration.ofDays(4000)))), ErrorCode.VALIDATION_FAILED);
        CreatedApiToken future = apiTokens.create(admin, new NewApiToken("ok", null, Instant.now().plusSeconds(3600)));
        assertThat(auth.authenticate(future.secret(), "r").userId()).isEqualTo(admin.userId());
        // created an hour ago with a 10-minute lifetime: expired now
        ApiTokenServiceImpl past = new ApiTokenServiceImpl(db, audit,
                Clock.offset(Clock.systemUTC(), Duration.ofHours(-1)));
        CreatedApiToken expired = past.create(admin, new NewApiToken("short", null,
                Instant.now().minus(Duration.ofMinutes(50))));
        expectCode(() -> auth.authenticate(expired.secret(), "r"), ErrorCode.TOKEN_INVALID);
        expectCode(() -> auth.authenticate("sxa_" + "A".repeat(43), "r"), ErrorCode.TOKEN_INVALID);
    }

    @Test
    void lastUsedIsWrittenAtMostOncePerMinute() throws Exception {
        Caller admin = newTenantAdmin("used", null);
        CreatedApiToken t = apiTokens.create(admin, new NewApiToken("ci", null, null));
        assertThat(t.token().lastUsedAt()).isEmpty();
        auth.authenticate(t.secret(), "r");
        OffsetDateTime first = lastUsed(t.token().id());
        assertThat(first).isNotNull();
        auth.authenticate(t.secret(), "r");
        assertThat(lastUsed(t.token().id())).isEqualTo(first);
        try (Connection c = testDb.connect(); PreparedStatement ps = c.prepareStatement(
                "UPDATE sxalable.api_tokens SET last_used_at = now() - interval '2 minutes' WHERE id = ?")) {
            ps.setObject(1, t.token().id());
            ps.executeUpdate();
        }
        auth.authenticate(t.secret(), "r");
        assertThat(lastUsed(t.token().id())).isAfter(first.minusSeconds(1));
        assertThat(apiTokens.list(admin).get(0).lastUsedAt()).isPresent();
    }

    private static OffsetDateTime lastUsed(UUID id) throws Exception {
        try (Connection c = testDb.connect(); PreparedStatement ps = c.prepareStatement(
                "SELECT last_used_at FROM sxalable.api_tokens WHERE id = ?")) {
            ps.setObject(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getObject(1, OffsetDateTime.class);
            }
        }
    }

    private static byte[] storedHash(UUID id) {
        try (Connection c = testDb.connect(); PreparedStatement ps = c.prepareStatement(
                "SELECT token_hash FROM sxalable.api_tokens WHERE id = ?")) {
            ps.setObject(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getBytes(1);
            }
        } catch (java.sql.SQLException e) {
            throw new AssertionError(e);
        }
    }
}

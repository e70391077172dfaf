package io.sxalable.identity.internal;

import io.sxalable.core.api.Caller;
import io.sxalable.core.api.ErrorCode;
import io.sxalable.core.api.Role;
import io.sxalable.core.api.SxalableException;
import io.sxalable.core.api.identity.AuthService;
import io.sxalable.core.api.identity.TokenPair;
import io.sxalable.core.api.persistence.Database;
import io.sxalable.identity.internal.IdentityRows.UserRow;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Login with Argon2id passwords, RS256 access JWTs, rotating refresh tokens with reuse detection, and resolution of
 * bearer credentials (access JWTs and {@code sxa_} API tokens) to a {@link Caller}.
 *
 * <p>Every {@link #authenticate} reads the user by primary key, so deleting or disabling a user, or changing their
 * roles, takes effect on the next request, not when the access token expires; roles come from the database, the
 * token's {@code roles} claim is informational. API tokens act with their roles intersected with the owner's current
 * roles and never carry platform administration.
 */
@Component(service = AuthService.class, configurationPid = IdentityConfig.PID)
@Designate(ocd = IdentityConfig.class)
public final class AuthServiceImpl implements AuthService {

    static final String BAD_CREDENTIALS = "invalid username or password";
    static final String BAD_TOKEN = "token invalid, expired or revoked";
    /** last_used_at of API tokens is written at most this often per token. */
    static final Duration LAST_USED_GRANULARITY = Duration.ofMinutes(1);
    private static final Logger LOG = LoggerFactory.getLogger(AuthServiceImpl.class);

    private final Database database;
    private final PasswordHasher hasher;
    private final AccessTokens accessTokens;
    private final Secrets secrets;
    private final Clock clock;
    private final Duration refreshTtl;
    /** Verified when the username is unknown, so that case costs the same as a wrong password. */
    private final String dummyHash;

    @Activate
    public AuthServiceImpl(@Reference Database database, IdentityConfig config) {
        this(database, IdentitySettings.from(config), Clock.systemUTC());
    }

    AuthServiceImpl(Database database, IdentitySettings settings, Clock clock) {
        SecureRandom random = new SecureRandom();
        this.database = database;
        this.hasher = new PasswordHasher(random);
        this.accessTokens = new AccessTokens(AccessTokens.loadOrCreateKeyPair(settings.jwtKeyFile()), clock,
                settings.accessTtl(), settings.clockSkew());
        this.secrets = new Secrets(random);
        this.clock = clock;
        this.refreshTtl = settings.refreshTtl();
        this.dummyHash = hasher.hash(secrets.opaqueToken());
    }

    @Override
    public TokenPair login(String username, String password, String requestId) {
        UserRow user = checkPassword(username, password);
        return database.inGlobal(tx -> {
            if (hasher.needsRehash(user.passwordHash())) {
                rehash(tx, user.id(), password);
            }
            return issuePair(tx, user, UUID.randomUUID());
        });
    }

    @Override
    public Caller authenticatePassword(String username, String password, String requestId) {
        UserRow user = checkPassword(username, password);
        return new Caller(user.id(), user.username(), user.tenantId(), user.tenantSlug(), user.roles(),
                user.platformAdmin(), Caller.AuthMethod.CONSOLE, requestId(requestId));
    }

    /** The same answer and (within noise) the same time for unknown users, disabled users and wrong passwords. */
    private UserRow checkPassword(String username, String password) {
        if (username == null || username.isEmpty() || password == null || password.isEmpty()) {
            Validation v = new Validation();
            v.check(username != null && !username.isEmpty(), "username", "is required");
            v.check(password != null && !password.isEmpty(), "password", "is required");
            v.throwIfInvalid("login");
        }
        if (password.length() > Validation.MAX_PASSWORD || username.length() > 256) {
            hasher.verify("x", dummyHash);
            throw new SxalableException(ErrorCode.INVALID_CREDENTIALS, BAD_CREDENTIALS);
        }
        Optional<UserRow> found = database.inGlobal(tx -> IdentityRows.userByUsername(tx, username));
        boolean ok = hasher.verify(password, found.map(UserRow::passwordHash).orElse(dummyHash));
        if (found.isEmpty() || !ok || found.get().disabled()) {
            LOG.debug("Failed password check (known user: {})", found.isPresent());
            throw new SxalableException(ErrorCode.INVALID_CREDENTIALS, BAD_CREDENTIALS);
        }
        return found.get();
    }

    private void rehash(Connection tx, UUID userId, String password) throws SQLException {
        try (PreparedStatement ps = tx.prepareStatement(
                "UPDATE sxalable.users SET password_hash = ? WHERE id = ?")) {
            ps.setString(1, hasher.hash(password));
            ps.setObject(2, userId);
            ps.executeUpdate();
        }
    }

    private TokenPair issuePair(Connection tx, UserRow user, UUID familyId) throws SQLException {
        String refresh = secrets.opaqueToken();
        Instant refreshExpires = clock.instant().plus(refreshTtl);
        try (PreparedStatement ps = tx.prepareStatement("INSERT INTO sxalable.refresh_tokens (id, user_id,"
                + " family_id, token_hash, issued_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)")) {
            ps.setObject(1, UUID.randomUUID());
            ps.setObject(2, user.id());
            ps.setObject(3, familyId);
            ps.setBytes(4, Secrets.sha256(refresh));
            ps.setObject(5, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
            ps.setObject(6, OffsetDateTime.ofInstant(refreshExpires, ZoneOffset.UTC));
            ps.executeUpdate();
        }
        AccessTokens.Issued access = accessTokens.issue(user.id(), user.tenantId(), user.tenantSlug(), user.roles(),
                user.platformAdmin());
        return new TokenPair(access.token(), access.expiresAt(), refresh, refreshExpires);
    }

    private enum RefreshOutcome { REVOKED }

    @Override
    public TokenPair refresh(String refreshToken, String requestId) {
        if (refreshToken == null || !Secrets.looksLikeOpaqueToken(refreshToken)) {
            throw new SxalableException(ErrorCode.TOKEN_INVALID, BAD_TOKEN);
        }
        byte[] hash = Secrets.sha256(refreshToken);
        Object result = database.inGlobal(tx -> {
            UUID tokenId;
            UUID userId;
            UUID familyId;
            Instant expiresAt;
            boolean used;
            boolean revoked;
            try (PreparedStatement ps = tx.prepareStatement("SELECT id, user_id, family_id, expires_at, used_at,"
                    + " revoked_at FROM sxalable.refresh_tokens WHERE token_hash = ? FOR UPDATE")) {
                ps.setBytes(1, hash);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return null;
                    }
                    tokenId = rs.getObject(1, UUID.class);
                    userId = rs.getObject(2, UUID.class);
                    familyId = rs.getObject(3, UUID.class);
                    expiresAt = IdentityRows.instant(rs, 4);
                    used = rs.getObject(5) != null;
                    revoked = rs.getObject(6) != null;
                }
            }
            if (revoked) {
                return null;
            }
            if (used) {
                // RFC 6819 5.2.2.3 / OAuth 2.1: a rotated token came back, so it was copied. End the whole login.
                revokeFamily(tx, familyId);
                LOG.warn("Refresh token reuse detected for user {}: login {} revoked", userId, familyId);
                return RefreshOutcome.REVOKED;
            }
            if (!clock.instant().isBefore(expiresAt)) {
                return null;
            }
            Optional<UserRow> user = IdentityRows.userById(tx, userId, false);
            if (user.isEmpty() || user.get().disabled()) {
                revokeFamily(tx, familyId);
                return RefreshOutcome.REVOKED;
            }
            try (PreparedStatement ps = tx.prepareStatement(
                    "UPDATE sxalable.refresh_tokens SET used_at = now() WHERE id = ?")) {
                ps.setObject(1, tokenId);
                ps.executeUpdate();
            }
            // expired rows of this login can go; used but unexpired ones stay to detect their reuse
            try (PreparedStatement ps = tx.prepareStatement(
                    "DELETE FROM sxalable.refresh_tokens WHERE family_id = ? AND expires_at < now()")) {
                ps.setObject(1, familyId);
                ps.executeUpdate();
            }
            return issuePair(tx, user.get(), familyId);
        });
        if (result instanceof TokenPair pair) {
            return pair;
        }
        // REVOKED or unknown: the revocation above is committed, then the caller is refused
        throw new SxalableException(ErrorCode.TOKEN_INVALID, BAD_TOKEN);
    }

    private static void revokeFamily(Connection tx, UUID familyId) throws SQLException {
        try (PreparedStatement ps = tx.prepareStatement("UPDATE sxalable.refresh_tokens SET revoked_at = now()"
                + " WHERE family_id = ? AND revoked_at IS NULL")) {
            ps.setObject(1, familyId);
            ps.executeUpdate();
        }
    }

    @Override
    public void logout(String refreshToken, String requestId) {
        if (refreshToken == null || !Secrets.looksLikeOpaqueToken(refreshToken)) {
            return;
        }
        byte[] hash = Secrets.sha256(refreshToken);
        database.inGlobal(tx -> {
            try (PreparedStatement ps = tx.prepareStatement("UPDATE sxalable.refresh_tokens SET revoked_at = now()"
                    + " WHERE revoked_at IS NULL AND family_id = (SELECT family_id FROM sxalable.refresh_tokens"
                    + " WHERE token_hash = ?)")) {
                ps.setBytes(1, hash);
                return ps.executeUpdate();
            }
        });
    }

    @Override
    public Caller authenticate(String bearer, String requestId) {
        if (bearer == null || bearer.isBlank()) {
            throw new SxalableException(ErrorCode.TOKEN_INVALID, BAD_TOKEN);
        }
        String token = bearer.strip();
        if (token.regionMatches(true, 0, "Bearer ", 0, 7)) {
            token = token.substring(7).strip();
        }
        return token.startsWith(Secrets.API_TOKEN_PREFIX)
                ? authenticateApiToken(token, requestId(requestId))
                : authenticateJwt(token, requestId(requestId));
    }

    private Caller authenticateJwt(String token, String requestId) {
        AccessTokens.Claims claims;
        try {
            claims = accessTokens.verify(token);
        } catch (AccessTokens.InvalidTokenException e) {
            LOG.debug("Access token rejected: {}", e.getMessage());
            throw new SxalableException(ErrorCode.TOKEN_INVALID, BAD_TOKEN);
        }
        // one primary-key lookup: a deleted or disabled user is refused at once
        UserRow user = database.inGlobal(tx -> IdentityRows.userById(tx, claims.userId(), false))
                .filter(u -> !u.disabled() && u.tenantId().equals(claims.tenantId()))
                .orElseThrow(() -> new SxalableException(ErrorCode.TOKEN_INVALID, BAD_TOKEN));
        return new Caller(user.id(), user.username(), user.tenantId(), user.tenantSlug(), user.roles(),
                user.platformAdmin(), Caller.AuthMethod.PASSWORD_JWT, requestId);
    }

    private Caller authenticateApiToken(String token, String requestId) {
        if (!Secrets.looksLikeApiToken(token)) {
            throw new SxalableException(ErrorCode.TOKEN_INVALID, BAD_TOKEN);
        }
        byte[] hash = Secrets.sha256(token);
        return database.inGlobal(tx -> {
            UUID tokenId;
            Set<Role> tokenRoles;
            Instant expiresAt;
            Instant lastUsed;
            boolean revoked;
            UserRow owner;
            try (PreparedStatement ps = tx.prepareStatement("SELECT a.id, a.roles, a.expires_at, a.last_used_at,"
                    + " a.revoked_at, a.user_id FROM sxalable.api_tokens a WHERE a.token_hash = ?")) {
                ps.setBytes(1, hash);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        throw new SxalableException(ErrorCode.TOKEN_INVALID, BAD_TOKEN);
                    }
                    tokenId = rs.getObject(1, UUID.class);
                    tokenRoles = IdentityRows.roles(rs.getArray(2));
                    expiresAt = IdentityRows.instant(rs, 3);
                    lastUsed = IdentityRows.instant(rs, 4);
                    revoked = rs.getObject(5) != null;
                    owner = IdentityRows.userById(tx, rs.getObject(6, UUID.class), false).orElse(null);
                }
            }
            Instant now = clock.instant();
            Set<Role> effective = EnumSet.noneOf(Role.class);
            effective.addAll(tokenRoles);
            if (owner != null) {
                effective.retainAll(owner.roles());
            }
            if (revoked || owner == null || owner.disabled() || (expiresAt != null && !now.isBefore(expiresAt))
                    || effective.isEmpty()) {
                throw new SxalableException(ErrorCode.TOKEN_INVALID, BAD_TOKEN);
            }
            if (lastUsed == null || !lastUsed.isAfter(now.minus(LAST_USED_GRANULARITY))) {
                try (PreparedStatement ps = tx.prepareStatement(
                        "UPDATE sxalable.api_tokens SET last_used_at = ? WHERE id = ?")) {
                    ps.setObject(1, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
                    ps.setObject(2, tokenId);
                    ps.executeUpdate();
                }
            }
            return new Caller(owner.id(), owner.username(), owner.tenantId(), owner.tenantSlug(), effective, false,
                    Caller.AuthMethod.API_TOKEN, requestId);
        });
    }

    private static String requestId(String requestId) {
        return requestId == null || requestId.isBlank() ? UUID.randomUUID().toString() : requestId;
    }

    /** For tests: the verifier of issued access tokens. */
    AccessTokens accessTokens() {
        return accessTokens;
    }
}

package io.sxalable.identity.internal;

import io.sxalable.core.api.Caller;
import io.sxalable.core.api.ErrorCode;
import io.sxalable.core.api.Permission;
import io.sxalable.core.api.Role;
import io.sxalable.core.api.SxalableException;
import io.sxalable.core.api.audit.AuditLog;
import io.sxalable.core.api.identity.ApiToken;
import io.sxalable.core.api.identity.ApiTokenService;
import io.sxalable.core.api.identity.CreatedApiToken;
import io.sxalable.core.api.identity.NewApiToken;
import io.sxalable.core.api.persistence.Database;
import io.sxalable.identity.internal.IdentityRows.UserRow;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Long-lived API tokens: {@code sxa_} + 32 random bytes (base64url). Only the SHA-256 of the secret is stored, plus
 * its first 8 characters for display. Everyone manages their own tokens; {@code TOKEN_ADMIN} sees and revokes all of
 * the tenant's. A token's roles must be a subset of its owner's. A caller authenticated by an API token cannot mint
 * new tokens (a leaked token must not be able to outlive its revocation).
 */
@Component(service = ApiTokenService.class)
public final class ApiTokenServiceImpl implements ApiTokenService {

    static final int MAX_LIFETIME_DAYS = 3660;
    private static final String SELECT = "SELECT a.id, a.name, u.username, a.prefix, a.roles, a.created_at,"
            + " a.expires_at, a.last_used_at, a.revoked_at, a.user_id, u.tenant_id FROM sxalable.api_tokens a"
            + " JOIN sxalable.users u ON u.id = a.user_id";

    private final Database database;
    private final AuditLog audit;
    private final Secrets secrets;
    private final Clock clock;

    @Activate
    public ApiTokenServiceImpl(@Reference Database database, @Reference AuditLog audit) {
        this(database, audit, Clock.systemUTC());
    }

    ApiTokenServiceImpl(Database database, AuditLog audit, Clock clock) {
        this.database = database;
        this.audit = audit;
        this.secrets = new Secrets(new SecureRandom());
        this.clock = clock;
    }

    @Override
    public CreatedApiToken create(Caller caller, NewApiToken token) {
        Objects.requireNonNull(caller, "caller");
        if (caller.authMethod() == Caller.AuthMethod.API_TOKEN) {
            throw new SxalableException(ErrorCode.FORBIDDEN, "API tokens cannot create API tokens; log in instead");
        }
        if (token == null) {
            throw SxalableException.invalid("body", "is required");
        }
        Instant now = clock.instant();
        new Validation()
                .name("name", token.name(), Validation.MAX_NAME)
                .check(token.roles() == null || token.roles().stream().noneMatch(Objects::isNull), "roles", "must not contain null")
                .check(token.expiresAt() == null || token.expiresAt().isAfter(now), "expiresAt", "must be in the future")
                .check(token.expiresAt() == null || token.expiresAt().isBefore(now.plus(MAX_LIFETIME_DAYS, ChronoUnit.DAYS)),
                        "expiresAt", "must be within " + MAX_LIFETIME_DAYS + " days")
                .throwIfInvalid("API token");
        String secret = secrets.apiTokenSecret();
        UUID id = UUID.randomUUID();
        return database.inTenant(caller.tenantSlug(), tx -> {
            UserRow owner = IdentityRows.userById(tx, caller.userId(), false)
                    .filter(u -> u.tenantId().equals(caller.tenantId()) && !u.disabled())
                    .orElseThrow(() -> SxalableException.notFound(ErrorCode.USER_NOT_FOUND, "user", caller.userId()));
            Set<Role> roles = token.roles() == null || token.roles().isEmpty() ? owner.roles()
                    : EnumSet.copyOf(token.roles());
            if (!owner.roles().containsAll(roles)) {
                Set<Role> extra = EnumSet.copyOf(roles);
                extra.removeAll(owner.roles());
                throw SxalableException.invalid("roles", "you do not hold " + extra + "; a token's roles must be a "
                        + "subset of " + owner.roles());
            }
            try (PreparedStatement ps = tx.prepareStatement("INSERT INTO sxalable.api_tokens (id, user_id, name,"
                    + " prefix, token_hash, roles, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                ps.setObject(1, id);
                ps.setObject(2, owner.id());
                ps.setString(3, token.name().trim());
                ps.setString(4, secret.substring(0, Secrets.DISPLAY_PREFIX_LENGTH));
                ps.setBytes(5, Secrets.sha256(secret));
                ps.setArray(6, IdentityRows.roleArray(tx, roles));
                ps.setObject(7, token.expiresAt() == null ? null
                        : OffsetDateTime.ofInstant(token.expiresAt(), ZoneOffset.UTC));
                ps.executeUpdate();
            }
            ApiToken created = find(tx, id).orElseThrow().token();
            audit.record(tx, caller, "api_token.create", "api_token", id.toString(), Optional.empty(),
                    Optional.of(created));
            return new CreatedApiToken(created, secret);
        });
    }

    @Override
    public List<ApiToken> list(Caller caller) {
        Objects.requireNonNull(caller, "caller");
        boolean all = caller.can(Permission.TOKEN_ADMIN);
        return database.inGlobal(tx -> {
            List<ApiToken> out = new ArrayList<>();
            try (PreparedStatement ps = tx.prepareStatement(SELECT + (all ? " WHERE u.tenant_id = ?"
                    : " WHERE a.user_id = ?") + " ORDER BY a.created_at DESC, a.id")) {
                ps.setObject(1, all ? caller.tenantId() : caller.userId());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(row(rs).token());
                    }
                }
            }
            return out;
        });
    }

    @Override
    public void revoke(Caller caller, UUID id) {
        Objects.requireNonNull(caller, "caller");
        if (id == null) {
            throw SxalableException.invalid("id", "is required");
        }
        database.inTenant(caller.tenantSlug(), tx -> {
            Row row = findForUpdate(tx, id)
                    .filter(r -> r.ownerId().equals(caller.userId())
                            || (caller.can(Permission.TOKEN_ADMIN) && r.ownerTenant().equals(caller.tenantId())))
                    .orElseThrow(() -> SxalableException.notFound(ErrorCode.TOKEN_NOT_FOUND, "API token", id));
            if (row.token().revoked()) {
                return null; // idempotent
            }
            try (PreparedStatement ps = tx.prepareStatement(
                    "UPDATE sxalable.api_tokens SET revoked_at = now() WHERE id = ?")) {
                ps.setObject(1, id);
                ps.executeUpdate();
            }
            ApiToken after = find(tx, id).orElseThrow().token();
            audit.record(tx, caller, "api_token.revoke", "api_token", id.toString(), Optional.of(row.token()),
                    Optional.of(after));
            return null;
        });
    }

    private record Row(ApiToken token, UUID ownerId, UUID ownerTenant) {
    }

    private static Optional<Row> find(Connection tx, UUID id) throws SQLException {
        try (PreparedStatement ps = tx.prepareStatement(SELECT + " WHERE a.id = ?")) {
            ps.setObject(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(row(rs)) : Optional.empty();
            }
        }
    }

    private static Optional<Row> findForUpdate(Connection tx, UUID id) throws SQLException {
        try (PreparedStatement ps = tx.prepareStatement(SELECT + " WHERE a.id = ? FOR UPDATE OF a")) {
            ps.setObject(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(row(rs)) : Optional.empty();
            }
        }
    }

    private static Row row(ResultSet rs) throws SQLException {
        ApiToken t = new ApiToken(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
                IdentityRows.roles(rs.getArray(5)), IdentityRows.instant(rs, 6),
                Optional.ofNullable(IdentityRows.instant(rs, 7)), Optional.ofNullable(IdentityRows.instant(rs, 8)),
                rs.getObject(9) != null);
        return new Row(t, rs.getObject(10, UUID.class), rs.getObject(11, UUID.class));
    }
}

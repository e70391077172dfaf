package io.sxalable.identity.internal;

import io.sxalable.support.PrivateFiles;
import io.sxalable.core.api.Caller;
import io.sxalable.core.api.ErrorCode;
import io.sxalable.core.api.Role;
import io.sxalable.core.api.SxalableException;
import io.sxalable.core.api.audit.AuditLog;
import io.sxalable.core.api.identity.BootstrapService;
import io.sxalable.core.api.identity.User;
import io.sxalable.core.api.persistence.Database;
import io.sxalable.core.api.tenant.NewTenant;
import io.sxalable.core.api.tenant.Tenant;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * First start: while the appliance has no user at all, a one-time token is generated at activation, logged at WARN
 * and written to {@code ${karaf.data}/sxalable-bootstrap.token} (mode 600) for installer scripts. Presenting it
 * (REST) or running the console command creates tenant {@code default} — through the same code as any tenant
 * creation — and its platform administrator with role ADMIN, in one transaction; then the token file is deleted and
 * both answer BOOTSTRAP_COMPLETED. There is no default password.
 */
@Component(service = BootstrapService.class, configurationPid = IdentityConfig.PID)
public final class BootstrapServiceImpl implements BootstrapService {

    static final String DEFAULT_TENANT = "default";
    /** Serialises concurrent bootstrap attempts across the cluster. */
    static final long BOOTSTRAP_LOCK = 0x5358_4C00_0002L;
    private static final Logger LOG = LoggerFactory.getLogger(BootstrapServiceImpl.class);

    private final Database database;
    private final TenantCreation tenants;
    private final PasswordHasher hasher;
    private final Path tokenFile;
    private final AtomicReference<String> pendingToken = new AtomicReference<>();
    private volatile boolean completed;

    @Activate
    public BootstrapServiceImpl(@Reference Database database, @Reference AuditLog audit, IdentityConfig config) {
        this(database, audit, IdentitySettings.from(config).bootstrapTokenFile());
    }

    BootstrapServiceImpl(Database database, AuditLog audit, Path tokenFile) {
        SecureRandom random = new SecureRandom();
        this.database = database;
        this.tenants = new TenantCreation(database, audit);
        this.hasher = new PasswordHasher(random);
        this.tokenFile = tokenFile;
        if (anyUser()) {
            completed = true;
            deleteTokenFile();
        } else {
            String token = new Secrets(random).opaqueToken();
            pendingToken.set(token);
            try {
                PrivateFiles.replace(tokenFile, (token + "\n").getBytes(StandardCharsets.US_ASCII));
            } catch (IOException e) {
                LOG.warn("Could not write the bootstrap token to {}: {}", tokenFile, e.toString());
            }
            LOG.warn("""

                    ==========================================================================================
                     SXALABLE FIRST START: no administrator exists yet.
                     Create the first administrator with the Karaf console command
                         sxalable:bootstrap-admin
                     or with  POST /api/v1/bootstrap  and this one-time token:
                         {}
                     (also written to {}; it is deleted once the administrator exists)
                    ==========================================================================================""",
                    token, tokenFile);
        }
    }

    @Override
    public boolean completed() {
        if (!completed && anyUser()) {
            completed = true;
            pendingToken.set(null);
        }
        return completed;
    }

    @Override
    public Optional<String> pendingToken() {
        return completed() ? Optional.empty() : Optional.ofNullable(pendingToken.get());
    }

    @Override
    public User bootstrapWithToken(String bootstrapToken, String username, String password, String requestId) {
        if (completed()) {
            throw completedException();
        }
        String expected = pendingToken.get();
        if (bootstrapToken == null || expected == null || !Secrets.constantTimeEquals(bootstrapToken.strip(), expected)) {
            throw new SxalableException(ErrorCode.TOKEN_INVALID, "bootstrap token invalid");
        }
        return bootstrap(username, password, requestId, "system:bootstrap-token");
    }

    @Override
    public User bootstrapFromConsole(String username, String password, String requestId) {
        if (completed()) {
            throw completedException();
        }
        return bootstrap(username, password, requestId, "system:bootstrap-console");
    }

    private User bootstrap(String username, String password, String requestId, String actor) {
        new Validation().username("username", username).password("password", password).throwIfInvalid("administrator");
        String hash = hasher.hash(password);
        UUID userId = UUID.randomUUID();
        String rid = requestId == null || requestId.isBlank() ? UUID.randomUUID().toString() : requestId;
        // "system:" cannot be a username (':' is not allowed), so the audit actor is unambiguous
        Caller system = new Caller(userId, actor, new UUID(0, 0), DEFAULT_TENANT, Set.of(Role.ADMIN), true,
                Caller.AuthMethod.CONSOLE, rid);
        AtomicReference<User> admin = new AtomicReference<>();
        tenants.create(system, new NewTenant(DEFAULT_TENANT, "Default", null, null), new TenantCreation.Hook() {
            @Override
            public void beforeInsert(Connection tx) throws SQLException {
                try (PreparedStatement ps = tx.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
                    ps.setLong(1, BOOTSTRAP_LOCK);
                    ps.execute();
                }
                if (anyUser(tx)) {
                    throw completedException();
                }
            }

            @Override
            public void afterInsert(Connection tx, Tenant tenant) throws SQLException {
                User created = UserServiceImpl.insertUser(tx, userId, tenant.id(), username, hash, Set.of(Role.ADMIN),
                        true);
                // platform-level: recorded in the global audit log, next to the tenant creation
                tenants.audit().record(tx, IdentityRows.scopedTo(system, tenant.id(), tenant.slug()), "user.create",
                        "user", userId.toString(), Optional.empty(),
                        Optional.of(UserServiceImpl.auditView(created, false)));
                admin.set(created);
            }
        });
        completed = true;
        pendingToken.set(null);
        deleteTokenFile();
        LOG.info("Bootstrap completed: platform administrator '{}' created in tenant '{}'", username, DEFAULT_TENANT);
        return admin.get();
    }

    private static SxalableException completedException() {
        return new SxalableException(ErrorCode.BOOTSTRAP_COMPLETED, "the first administrator already exists");
    }

    private boolean anyUser() {
        return database.inGlobal(BootstrapServiceImpl::anyUser);
    }

    private static boolean anyUser(Connection tx) throws SQLException {
        try (PreparedStatement ps = tx.prepareStatement("SELECT EXISTS (SELECT 1 FROM sxalable.users)");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getBoolean(1);
        }
    }

    private void deleteTokenFile() {
        try {
            Files.deleteIfExists(tokenFile);
        } catch (IOException e) {
            LOG.warn("Could not delete the used bootstrap token file {}: {}", tokenFile, e.toString());
        }
    }
}

package io.sxalable.vault.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sxalable.core.api.Caller;
import io.sxalable.core.api.ErrorCode;
import io.sxalable.core.api.Permission;
import io.sxalable.core.api.SxalableException;
import io.sxalable.core.api.SxalableException.FieldError;
import io.sxalable.core.api.audit.AuditLog;
import io.sxalable.core.api.credentials.CredentialService;
import io.sxalable.core.api.credentials.DeviceCredential;
import io.sxalable.core.api.credentials.NewDeviceCredential;
import io.sxalable.core.api.persistence.Database;
import io.sxalable.core.api.persistence.PersistenceException;
import io.sxalable.sdk.driver.Credentials;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import javax.crypto.AEADBadTagException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

/**
 * {@link CredentialService} over {@code device_credentials} in each tenant's schema. The secret parts (password,
 * private key) are one small JSON document sealed with AES-256-GCM under the master key; the associated data is
 * {@code sxalable/device-credential/v1/<tenant>/<id>}, so a ciphertext copied to another row or tenant does not
 * decrypt. Only {@link #resolve} ever decrypts, for driver calls.
 */
@Component(service = CredentialService.class, configurationPid = VaultConfig.PID)
@Designate(ocd = VaultConfig.class)
public final class VaultCredentialService implements CredentialService {

    static final int MAX_NAME = 100;
    static final int MAX_USERNAME = 128;
    static final int MAX_PASSWORD = 1024;
    static final int MAX_PRIVATE_KEY = 16 * 1024;
    private static final Pattern SLUG = Pattern.compile("[a-z][a-z0-9-]{0,30}[a-z0-9]");
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");
    private static final String COLUMNS = "id, name, username, has_password, has_private_key, created_at";

    private final Database database;
    private final AuditLog audit;
    private final MasterKey masterKey;
    private final ObjectMapper json = new ObjectMapper();

    @Activate
    public VaultCredentialService(@Reference Database database, @Reference AuditLog audit, VaultConfig config) {
        this(database, audit, MasterKey.loadOrCreate(keyFile(config.masterKeyFile())));
    }

    VaultCredentialService(Database database, AuditLog audit, MasterKey masterKey) {
        this.database = database;
        this.audit = audit;
        this.masterKey = masterKey;
    }

    static Path keyFile(String configured) {
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured.trim());
        }
        String etc = System.getProperty("karaf.etc");
        if (etc == null || etc.isBlank()) {
            throw new IllegalStateException("karaf.etc is not set: configure masterKeyFile in " + VaultConfig.PID);
        }
        return Path.of(etc, "sxalable-master.key");
    }

    @Override
    public DeviceCredential create(Caller caller, NewDeviceCredential input) {
        Objects.requireNonNull(caller, "caller");
        caller.require(Permission.CREDENTIAL_WRITE);
        Valid v = validate(input);
        UUID id = UUID.randomUUID();
        byte[] secret = seal(caller.tenantSlug(), id, v.password(), v.privateKey());
        return database.inTenant(caller.tenantSlug(), tx -> {
            DeviceCredential created;
            try (PreparedStatement ps = tx.prepareStatement("INSERT INTO device_credentials (id, name, username, "
                    + "secret, key_id, has_password, has_private_key) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING "
                    + COLUMNS)) {
                ps.setObject(1, id);
                ps.setString(2, v.name());
                ps.setString(3, v.username());
                ps.setBytes(4, secret);
                ps.setString(5, masterKey.keyId());
                ps.setBoolean(6, v.password() != null);
                ps.setBoolean(7, v.privateKey() != null);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    created = row(rs);
                }
            } catch (SQLException e) {
                if (PersistenceException.UNIQUE_VIOLATION.equals(e.getSQLState())) {
                    throw new SxalableException(ErrorCode.CONFLICT,
                            "a device credential named '" + v.name() + "' already exists");
                }
                throw e;
            }
            audit.record(tx, caller, "credential.create", "credential", id.toString(), Optional.empty(),
                    Optional.of(created));
            return created;
        });
    }

    @Override
    public List<DeviceCredential> list(Caller caller) {
        Objects.requireNonNull(caller, "caller");
        caller.require(Permission.CREDENTIAL_READ);
        return database.inTenant(caller.tenantSlug(), tx -> {
            List<DeviceCredential> out = new ArrayList<>();
            try (PreparedStatement ps = tx.prepareStatement(
                    "SELECT " + COLUMNS + " FROM device_credentials ORDER BY name");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(row(rs));
                }
            }
            return out;
        });
    }

    @Override
    public DeviceCredential get(Caller caller, UUID id) {
        Objects.requireNonNull(caller, "caller");
        caller.require(Permission.CREDENTIAL_READ);
        requireId(id);
        return database.inTenant(caller.tenantSlug(), tx -> find(tx, id, false)
                .orElseThrow(() -> SxalableException.notFound(ErrorCode.CREDENTIAL_NOT_FOUND, "device credential", id)));
    }

    @Override
    public void delete(Caller caller, UUID id) {
        Objects.requireNonNull(caller, "caller");
        caller.require(Permission.CREDENTIAL_WRITE);
        requireId(id);
        database.inTenant(caller.tenantSlug(), tx -> {
            DeviceCredential existing = find(tx, id, true).orElseThrow(
                    () -> SxalableException.notFound(ErrorCode.CREDENTIAL_NOT_FOUND, "device credential", id));
            try (PreparedStatement ps = tx.prepareStatement("DELETE FROM device_credentials WHERE id = ?")) {
                ps.setObject(1, id);
                ps.executeUpdate();
            } catch (SQLException e) {
                if (PersistenceException.FOREIGN_KEY_VIOLATION.equals(e.getSQLState())) {
                    throw new SxalableException(ErrorCode.CONFLICT, "device credential '" + existing.name()
                            + "' is still used by at least one router; change or delete those routers first");
                }
                throw e;
            }
            audit.record(tx, caller, "credential.delete", "credential", id.toString(), Optional.of(existing),
                    Optional.empty());
            return null;
        });
    }

    @Override
    public Credentials resolve(String tenantSlug, UUID id) {
        if (tenantSlug == null || !SLUG.matcher(tenantSlug).matches()) {
            throw SxalableException.invalid("tenantSlug", "is not a tenant slug");
        }
        requireId(id);
        Sealed sealed = database.inTenant(tenantSlug, tx -> {
            try (PreparedStatement ps = tx.prepareStatement(
                    "SELECT username, secret, key_id FROM device_credentials WHERE id = ?")) {
                ps.setObject(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        throw SxalableException.notFound(ErrorCode.CREDENTIAL_NOT_FOUND, "device credential", id);
                    }
                    return new Sealed(rs.getString(1), rs.getBytes(2), rs.getString(3));
                }
            }
        });
        if (!masterKey.keyId().equals(sealed.keyId())) {
            throw new SxalableException(ErrorCode.INTERNAL_ERROR, "device credential " + id
                    + " was encrypted with master key " + sealed.keyId() + " but the configured master key is "
                    + masterKey.keyId() + "; restore the matching key file");
        }
        byte[] plain;
        try {
            plain = masterKey.decrypt(sealed.secret(), associatedData(tenantSlug, id));
        } catch (AEADBadTagException e) {
            throw new SxalableException(ErrorCode.INTERNAL_ERROR, "device credential " + id
                    + " failed its integrity check: the stored ciphertext was modified or does not belong here");
        }
        try {
            JsonNode doc = json.readTree(plain);
            return new Credentials(sealed.username(), text(doc, "password"), text(doc, "privateKey"));
        } catch (IOException e) {
            throw new SxalableException(ErrorCode.INTERNAL_ERROR, "device credential " + id + " is unreadable");
        } finally {
            Arrays.fill(plain, (byte) 0);
        }
    }

    private static Optional<String> text(JsonNode doc, String field) {
        JsonNode v = doc.get(field);
        return v == null || v.isNull() ? Optional.empty() : Optional.of(v.asText());
    }

    private byte[] seal(String tenantSlug, UUID id, String password, String privateKey) {
        ObjectNode doc = json.createObjectNode();
        doc.put("v", 1);
        if (password != null) {
            doc.put("password", password);
        }
        if (privateKey != null) {
            doc.put("privateKey", privateKey);
        }
        byte[] plain;
        try {
            plain = json.writeValueAsBytes(doc);
        } catch (IOException e) {
            throw new SxalableException(ErrorCode.INTERNAL_ERROR, "cannot encode the credential");
        }
        try {
            return masterKey.encrypt(plain, associatedData(tenantSlug, id));
        } finally {
            Arrays.fill(plain, (byte) 0);
        }
    }

    static byte[] associatedData(String tenantSlug, UUID id) {
        return ("sxalable/device-credential/v1/" + tenantSlug + "/" + id).getBytes(StandardCharsets.UTF_8);
    }

    private static Optional<DeviceCredential> find(Connection tx, UUID id, boolean forUpdate) throws SQLException {
        try (PreparedStatement ps = tx.prepareStatement("SELECT " + COLUMNS + " FROM device_credentials WHERE id = ?"
                + (forUpdate ? " FOR UPDATE" : ""))) {
            ps.setObject(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(row(rs)) : Optional.empty();
            }
        }
    }

    private static DeviceCredential row(ResultSet rs) throws SQLException {
        return new DeviceCredential(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getBoolean(4),
                rs.getBoolean(5), rs.getObject(6, OffsetDateTime.class).toInstant());
    }

    private static void requireId(UUID id) {
        if (id == null) {
            throw SxalableException.invalid("id", "is required");
        }
    }

    private record Sealed(String username, byte[] secret, String keyId) {
    }

    record Valid(String name, String username, String password, String privateKey) {
    }

    static Valid validate(NewDeviceCredential in) {
        if (in == null) {
            throw SxalableException.invalid("body", "is required");
        }
        List<FieldError> errors = new ArrayList<>();
        String name = in.name() == null ? "" : in.name().trim();
        if (name.isEmpty() || name.length() > MAX_NAME) {
            errors.add(new FieldError("name", "must be 1 to " + MAX_NAME + " characters"));
        } else if (CONTROL.matcher(name).find()) {
            errors.add(new FieldError("name", "must not contain control characters"));
        }
        String username = in.username() == null ? "" : in.username().trim();
        if (username.isEmpty() || username.length() > MAX_USERNAME) {
            errors.add(new FieldError("username", "must be 1 to " + MAX_USERNAME + " characters"));
        } else if (CONTROL.matcher(username).find() || username.chars().anyMatch(Character::isWhitespace)) {
            errors.add(new FieldError("username", "must not contain whitespace or control characters"));
        }
        String password = in.password() == null || in.password().isEmpty() ? null : in.password();
        if (password != null && password.length() > MAX_PASSWORD) {
            errors.add(new FieldError("password", "must be at most " + MAX_PASSWORD + " characters"));
        }
        String key = in.privateKey() == null || in.privateKey().isBlank() ? null : in.privateKey().strip() + "\n";
        if (key != null) {
            if (key.length() > MAX_PRIVATE_KEY) {
                errors.add(new FieldError("privateKey", "must be at most " + MAX_PRIVATE_KEY + " characters"));
            } else if (!key.startsWith("-----BEGIN ") || !key.contains("PRIVATE KEY-----")) {
                errors.add(new FieldError("privateKey", "must be a PEM or OpenSSH private key "
                        + "(-----BEGIN ... PRIVATE KEY-----)"));
            }
        }
        if (password == null && key == null) {
            errors.add(new FieldError("password", "a password or a private key is required"));
        }
        if (!errors.isEmpty()) {
            throw new SxalableException(ErrorCode.VALIDATION_FAILED, "invalid device credential: "
                    + errors.stream().map(e -> e.field() + " " + e.message()).toList(), errors, null);
        }
        return new Valid(name, username, password, key);
    }
}

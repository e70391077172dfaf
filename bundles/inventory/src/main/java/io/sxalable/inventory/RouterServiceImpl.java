package io.sxalable.inventory;

import io.sxalable.core.api.Caller;
import io.sxalable.core.api.ErrorCode;
import io.sxalable.core.api.Page;
import io.sxalable.core.api.Permission;
import io.sxalable.core.api.SxalableException;
import io.sxalable.core.api.audit.AuditLog;
import io.sxalable.core.api.credentials.CredentialService;
import io.sxalable.core.api.events.DomainEvent;
import io.sxalable.core.api.events.EventPublisher;
import io.sxalable.core.api.inventory.CloudProvider;
import io.sxalable.core.api.inventory.DriverCatalog;
import io.sxalable.core.api.inventory.Router;
import io.sxalable.core.api.inventory.RouterQuery;
import io.sxalable.core.api.inventory.RouterService;
import io.sxalable.core.api.inventory.RouterSpec;
import io.sxalable.core.api.inventory.RouterStatus;
import io.sxalable.core.api.persistence.Database;
import io.sxalable.core.api.persistence.PersistenceException;
import io.sxalable.sdk.driver.BgpNeighbor;
import io.sxalable.sdk.driver.BgpNeighborsReader;
import io.sxalable.sdk.driver.Capability;
import io.sxalable.sdk.driver.Credentials;
import io.sxalable.sdk.driver.DeviceDriver;
import io.sxalable.sdk.driver.DeviceException;
import io.sxalable.sdk.driver.DeviceFacts;
import io.sxalable.sdk.driver.DeviceTarget;
import io.sxalable.sdk.driver.ErrorKind;
import io.sxalable.sdk.driver.FactsReader;
import io.sxalable.sdk.driver.InterfaceCounters;
import io.sxalable.sdk.driver.InterfaceCountersReader;
import io.sxalable.sdk.driver.InterfaceInfo;
import io.sxalable.sdk.driver.InterfacesReader;
import io.sxalable.sdk.driver.RunningConfigReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Router inventory over the tenant schema, with live reads through the router's driver. */
@Component(service = RouterService.class, configurationPid = "io.sxalable.inventory")
@Designate(ocd = InventoryConfig.class)
public class RouterServiceImpl implements RouterService {

    private static final Logger LOG = LoggerFactory.getLogger(RouterServiceImpl.class);

    private final Database database;
    private final AuditLog audit;
    private final DriverCatalog drivers;
    private final CredentialService credentials;
    private final Duration connectTimeout;
    private final Duration commandTimeout;
    private final DevicePermits permits;
    private final SessionPool sessions;

    /** Present only while a message bus is configured; events are best-effort after commit. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile EventPublisher events;

    @Activate
    public RouterServiceImpl(@Reference Database database, @Reference AuditLog audit,
                             @Reference DriverCatalog drivers, @Reference CredentialService credentials,
                             InventoryConfig config) {
        this.database = database;
        this.audit = audit;
        this.drivers = drivers;
        this.credentials = credentials;
        this.connectTimeout = Duration.ofSeconds(Math.max(1, config.connectTimeoutSeconds()));
        this.commandTimeout = Duration.ofSeconds(Math.max(1, config.commandTimeoutSeconds()));
        this.permits = new DevicePermits(Math.max(1, config.maxConcurrentPerDevice()));
        this.sessions = new SessionPool(Duration.ofSeconds(Math.max(0, config.sessionIdleSeconds())),
                Math.max(1, config.maxConcurrentPerDevice()));
    }

    /** For tests: no event bus. */
    RouterServiceImpl(Database database, AuditLog audit, DriverCatalog drivers, CredentialService credentials,
                      Duration connectTimeout, Duration commandTimeout, EventPublisher events) {
        this.database = database;
        this.audit = audit;
        this.drivers = drivers;
        this.credentials = credentials;
        this.connectTimeout = connectTimeout;
        this.commandTimeout = commandTimeout;
        this.permits = new DevicePermits(2);
        this.sessions = new SessionPool(Duration.ZERO, 2);
        this.events = events;
    }

    /** Logs out of every device session kept for reuse. */
    @Deactivate
    void close() {
        sessions.close();
    }

    @Override
    public Router create(Caller caller, RouterSpec spec) {
        caller.require(Permission.ROUTER_WRITE);
        RouterValidator.validateNew(spec);
        requireDriverInstalled(spec.driverId());
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        Router router = new Router(UUID.randomUUID(), spec.name(), spec.region(),
                Optional.ofNullable(spec.cloudProvider()).orElse(CloudProvider.ON_PREM),
                Optional.ofNullable(spec.status()).orElse(RouterStatus.UNKNOWN), spec.asn(), spec.managementIp(),
                Optional.ofNullable(spec.managementPort()), spec.driverId(), Optional.ofNullable(spec.site()).orElse(""),
                Optional.ofNullable(spec.tags()).orElse(List.of()), Optional.ofNullable(spec.credentialId()), now, now);
        Router created;
        try {
            created = database.inTenant(caller.tenantSlug(), tx -> {
                enforceQuota(tx, caller.tenantSlug());
                requireCredential(tx, router.credentialId());
                RouterRepository.insert(tx, router);
                Router stored = stored(tx, router.id());
                audit.record(tx, caller, "router.create", "router", router.id().toString(),
                        Optional.empty(), Optional.of(toMap(stored)));
                return stored;
            });
        } catch (PersistenceException e) {
            throw nameConflict(e, router.name());
        }
        publish(caller, "router.created", created);
        return created;
    }

    @Override
    public Router get(Caller caller, UUID id) {
        caller.require(Permission.ROUTER_READ);
        return database.inTenant(caller.tenantSlug(), tx -> RouterRepository.byId(tx, id, false))
                .orElseThrow(() -> SxalableException.notFound(ErrorCode.ROUTER_NOT_FOUND, "router", id));
    }

    @Override
    public Router find(Caller caller, String idOrName) {
        caller.require(Permission.ROUTER_READ);
        Optional<UUID> id = parseUuid(idOrName);
        // A valid name may also parse as a UUID (e.g. "1-2-3-4-5"): when no router has that id, try it as a name.
        return database.inTenant(caller.tenantSlug(), tx -> {
            Optional<Router> byId = id.isPresent() ? RouterRepository.byId(tx, id.get(), false) : Optional.empty();
            return byId.isPresent() ? byId : RouterRepository.byName(tx, idOrName);
        }).orElseThrow(() -> SxalableException.notFound(ErrorCode.ROUTER_NOT_FOUND, "router", idOrName));
    }

    @Override
    public Page<Router> list(Caller caller, RouterQuery query) {
        caller.require(Permission.ROUTER_READ);
        RouterRepository.Page page = database.inTenant(caller.tenantSlug(), tx -> RouterRepository.query(tx, query));
        return new Page<>(page.items(), page.total(), query.page().offset(), query.page().limit());
    }

    @Override
    public Router update(Caller caller, UUID id, RouterSpec changes) {
        caller.require(Permission.ROUTER_WRITE);
        RouterValidator.validateChanges(changes);
        if (changes.driverId() != null) {
            requireDriverInstalled(changes.driverId());
        }
        Router[] unchanged = new Router[1];
        Router updated;
        try {
            updated = database.inTenant(caller.tenantSlug(), tx -> {
                Router before = RouterRepository.byId(tx, id, true)
                        .orElseThrow(() -> SxalableException.notFound(ErrorCode.ROUTER_NOT_FOUND, "router", id));
                Router after = apply(before, changes);
                if (sameExceptUpdatedAt(before, after)) {
                    // nothing to change: no write, no audit entry, no event
                    unchanged[0] = before;
                    return before;
                }
                if (changes.credentialId() != null) {
                    requireCredential(tx, after.credentialId());
                }
                RouterRepository.update(tx, after);
                Router stored = stored(tx, id);
                audit.record(tx, caller, "router.update", "router", id.toString(),
                        Optional.of(toMap(before)), Optional.of(toMap(stored)));
                return stored;
            });
        } catch (PersistenceException e) {
            throw nameConflict(e, changes.name());
        }
        if (unchanged[0] == null) {
            publish(caller, "router.updated", updated);
        }
        return updated;
    }

    @Override
    public void delete(Caller caller, UUID id) {
        caller.require(Permission.ROUTER_WRITE);
        Router deleted = database.inTenant(caller.tenantSlug(), tx -> {
            Router before = RouterRepository.byId(tx, id, true)
                    .orElseThrow(() -> SxalableException.notFound(ErrorCode.ROUTER_NOT_FOUND, "router", id));
            RouterRepository.delete(tx, id);
            audit.record(tx, caller, "router.delete", "router", id.toString(),
                    Optional.of(toMap(before)), Optional.empty());
            return before;
        });
        publish(caller, "router.deleted", deleted);
    }

    @Override
    public DeviceFacts facts(Caller caller, UUID id) {
        return live(caller, id, FactsReader.class, FactsReader::facts);
    }

    @Override
    public List<InterfaceInfo> interfaces(Caller caller, UUID id) {
        return live(caller, id, InterfacesReader.class, InterfacesReader::interfaces);
    }

    @Override
    public List<InterfaceCounters> interfaceCounters(Caller caller, UUID id) {
        return live(caller, id, InterfaceCountersReader.class, InterfaceCountersReader::counters);
    }

    @Override
    public List<BgpNeighbor> bgpNeighbors(Caller caller, UUID id) {
        return live(caller, id, BgpNeighborsReader.class, BgpNeighborsReader::bgpNeighbors);
    }

    @Override
    public String runningConfig(Caller caller, UUID id) {
        return live(caller, id, RunningConfigReader.class, RunningConfigReader::runningConfig);
    }

    @FunctionalInterface
    private interface DeviceCall<C, T> {
        T call(C capability) throws DeviceException;
    }

    /**
     * Opens a session through the router's driver, runs one capability call and records whether the device
     * answered (ONLINE) or could not be reached (OFFLINE).
     */
    private <C, T> T live(Caller caller, UUID id, Class<C> capability, DeviceCall<C, T> call) {
        caller.require(Permission.DEVICE_READ);
        Router router = get(caller, id);
        DeviceDriver driver = drivers.find(router.driverId()).orElseThrow(() -> driverNotInstalled(router.driverId()));
        Capability needed = Capability.of(capability);
        if (!driver.descriptor().supports(needed)) {
            // decided from the driver's declaration, before any connection is made
            throw new SxalableException(ErrorCode.OPERATION_NOT_SUPPORTED, "router '" + router.name()
                    + "': driver '" + router.driverId() + "' does not support " + needed);
        }
        UUID credentialId = router.credentialId().orElseThrow(() -> new SxalableException(ErrorCode.CONFLICT,
                "router '" + router.name() + "' has no device credential; set credentialId first"));
        Credentials login = credentials.resolve(caller.tenantSlug(), credentialId);
        Optional<String> pinnedHostKey = database.inTenant(caller.tenantSlug(),
                tx -> RouterRepository.hostKey(tx, router.id()));
        DeviceTarget target = new DeviceTarget(router.managementIp(),
                router.managementPort().orElse(driver.descriptor().defaultPort()), login, connectTimeout,
                commandTimeout, pinnedHostKey, Map.of());
        SessionPool.Key key = new SessionPool.Key(driver, target.host(), target.port(), credentialId);
        try (DevicePermits.Permit permit = permits.acquire(router.id(), router.name(), connectTimeout)) {
            T result = sessions.withSession(key, () -> driver.open(target), (session, fresh) -> {
                if (fresh && pinnedHostKey.isEmpty()) {
                    pinHostKey(caller, router, session.hostKeyFingerprint());
                }
                return call.call(session.require(capability));
            });
            recordStatus(caller, router, RouterStatus.ONLINE);
            return result;
        } catch (DeviceException e) {
            if (e.kind() == ErrorKind.UNREACHABLE || e.kind() == ErrorKind.TIMEOUT) {
                recordStatus(caller, router, RouterStatus.OFFLINE);
            }
            LOG.info("router {} ({}): {} {}", router.name(), router.driverId(), e.kind(), e.getMessage());
            throw DeviceErrors.translate(router.name(), e);
        }
    }

    /** Trust on first use: the first key a device presents is stored, later connections must present the same. */
    private void pinHostKey(Caller caller, Router router, Optional<String> fingerprint) {
        fingerprint.ifPresent(key -> {
            database.inTenant(caller.tenantSlug(), tx -> {
                RouterRepository.pinHostKey(tx, router.id(), key);
                return null;
            });
            LOG.info("router {}: pinned host key {}", router.name(), key);
        });
    }

    /** Observed reachability, not a user's change: not audited, and ALERT/MAINTENANCE are left alone. */
    private void recordStatus(Caller caller, Router router, RouterStatus observed) {
        RouterStatus current = router.status();
        boolean observable = current == RouterStatus.UNKNOWN || current == RouterStatus.ONLINE
                || current == RouterStatus.OFFLINE;
        if (observable && current != observed) {
            database.inTenant(caller.tenantSlug(), tx -> {
                RouterRepository.updateStatus(tx, router.id(), observed);
                return null;
            });
        }
    }

    private void requireDriverInstalled(String driverId) {
        if (drivers.find(driverId).isEmpty()) {
            throw driverNotInstalled(driverId);
        }
    }

    private static SxalableException driverNotInstalled(String driverId) {
        return new SxalableException(ErrorCode.DRIVER_NOT_INSTALLED, "driver '" + driverId
                + "' is not installed; install its feature (e.g. feature:install sxalable-driver-" + driverId + ")");
    }

    /**
     * The row as written, e.g. with the management address in PostgreSQL's canonical form ({@code 2001:DB8:0::1} is
     * stored and read back as {@code 2001:db8::1}): what callers, the audit log and events get.
     */
    private static Router stored(Connection tx, UUID id) throws SQLException {
        return RouterRepository.byId(tx, id, false).orElseThrow(() -> new IllegalStateException("router " + id
                + " not found right after writing it"));
    }

    /**
     * Locks the tenant row until the transaction ends, so that concurrent creations in one tenant count one after
     * the other and cannot exceed the quota together. NO KEY UPDATE: other rows referring to the tenant (users) can
     * still be written meanwhile.
     */
    private static void enforceQuota(Connection tx, String tenantSlug) throws SQLException {
        try (PreparedStatement ps = tx.prepareStatement(
                "SELECT max_routers FROM sxalable.tenants WHERE slug = ? FOR NO KEY UPDATE")) {
            ps.setString(1, tenantSlug);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw SxalableException.notFound(ErrorCode.TENANT_NOT_FOUND, "tenant", tenantSlug);
                }
                int max = rs.getInt(1);
                if (RouterRepository.count(tx) >= max) {
                    throw new SxalableException(ErrorCode.QUOTA_EXCEEDED,
                            "tenant '" + tenantSlug + "' already has its maximum of " + max + " routers");
                }
            }
        }
    }

    private static void requireCredential(Connection tx, Optional<UUID> credentialId) throws SQLException {
        if (credentialId.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = tx.prepareStatement("SELECT 1 FROM device_credentials WHERE id = ?")) {
            ps.setObject(1, credentialId.get());
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw SxalableException.invalid("credentialId", "no device credential " + credentialId.get());
                }
            }
        }
    }

    private static SxalableException nameConflict(PersistenceException e, String name) {
        if (e.isUniqueViolation()) {
            return new SxalableException(ErrorCode.CONFLICT, "a router named '" + name + "' already exists");
        }
        return e;
    }

    private static boolean sameExceptUpdatedAt(Router a, Router b) {
        return a.name().equals(b.name()) && a.region().equals(b.region()) && a.cloudProvider() == b.cloudProvider()
                && a.status() == b.status() && a.asn() == b.asn() && sameAddress(a.managementIp(), b.managementIp())
                && a.managementPort().equals(b.managementPort()) && a.driverId().equals(b.driverId())
                && a.site().equals(b.site()) && a.tags().equals(b.tags()) && a.credentialId().equals(b.credentialId());
    }

    /** Both are validated IP literals, so this compares addresses without any DNS lookup (2001:DB8::1 = 2001:db8::1). */
    private static boolean sameAddress(String a, String b) {
        try {
            return a.equals(b) || java.net.InetAddress.getByName(a).equals(java.net.InetAddress.getByName(b));
        } catch (java.net.UnknownHostException e) {
            return false;
        }
    }

    private static Router apply(Router r, RouterSpec c) {
        return new Router(r.id(),
                c.name() != null ? c.name() : r.name(),
                c.region() != null ? c.region() : r.region(),
                c.cloudProvider() != null ? c.cloudProvider() : r.cloudProvider(),
                c.status() != null ? c.status() : r.status(),
                c.asn() != null ? c.asn() : r.asn(),
                c.managementIp() != null ? c.managementIp() : r.managementIp(),
                c.managementPort() != null ? Optional.of(c.managementPort()) : r.managementPort(),
                c.driverId() != null ? c.driverId() : r.driverId(),
                c.site() != null ? c.site() : r.site(),
                c.tags() != null ? c.tags() : r.tags(),
                c.credentialId() != null ? Optional.of(c.credentialId()) : r.credentialId(),
                r.createdAt(), Instant.now().truncatedTo(ChronoUnit.MICROS));
    }

    private void publish(Caller caller, String type, Router router) {
        EventPublisher publisher = events;
        if (publisher != null) {
            publisher.publish(new DomainEvent(UUID.randomUUID(), type, caller.tenantSlug(), Instant.now(),
                    caller.username(), caller.requestId(), toMap(router)));
        }
    }

    /** Plain JSON-ready view of a router for audit entries and events. */
    static Map<String, Object> toMap(Router r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.id().toString());
        m.put("name", r.name());
        m.put("region", r.region());
        m.put("cloudProvider", r.cloudProvider().name());
        m.put("status", r.status().name());
        m.put("asn", r.asn());
        m.put("managementIp", r.managementIp());
        m.put("managementPort", r.managementPort().orElse(null));
        m.put("driverId", r.driverId());
        m.put("site", r.site());
        m.put("tags", r.tags());
        m.put("credentialId", r.credentialId().map(UUID::toString).orElse(null));
        m.put("createdAt", r.createdAt().toString());
        m.put("updatedAt", r.updatedAt().toString());
        return m;
    }

    private static Optional<UUID> parseUuid(String text) {
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}

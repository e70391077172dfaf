package io.sxalable.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sxalable.audit.internal.JdbcAuditLog;
import io.sxalable.core.api.Caller;
import io.sxalable.core.api.ErrorCode;
import io.sxalable.core.api.Page;
import io.sxalable.core.api.PageRequest;
import io.sxalable.core.api.Role;
import io.sxalable.core.api.SxalableException;
import io.sxalable.core.api.audit.AuditEntry;
import io.sxalable.core.api.audit.AuditQuery;
import io.sxalable.core.api.credentials.NewDeviceCredential;
import io.sxalable.core.api.events.DomainEvent;
import io.sxalable.core.api.events.EventPublisher;
import io.sxalable.core.api.inventory.CloudProvider;
import io.sxalable.core.api.inventory.Router;
import io.sxalable.core.api.inventory.RouterQuery;
import io.sxalable.core.api.inventory.RouterSpec;
import io.sxalable.core.api.inventory.RouterStatus;
import io.sxalable.core.api.persistence.Database;
import io.sxalable.core.api.tenant.NewTenant;
import io.sxalable.core.api.tenant.Tenant;
import io.sxalable.driver.frr.FrrDriver;
import io.sxalable.identity.internal.TenantServiceImpl;
import io.sxalable.persistence.internal.TestDatabase;
import io.sxalable.testsupport.TestCallers;
import io.sxalable.vault.internal.VaultConfig;
import io.sxalable.vault.internal.VaultCredentialService;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link RouterServiceImpl} wired the way Declarative Services wires it, to the real components: PostgreSQL through
 * {@link TestDatabase}, {@link JdbcAuditLog}, {@link VaultCredentialService}, tenants made by
 * {@link TenantServiceImpl}, a {@link DriverRegistry} holding the real {@link FrrDriver}. Each test makes its own
 * tenant, so counts and lists see only that test's routers.
 */
class RouterServiceImplTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(3);
    private static final Caller ROOT = TestCallers.platformAdmin("root", "default");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path etc;
    private static TestDatabase testDb;
    private static Database db;
    private static JdbcAuditLog audit;
    private static VaultCredentialService vault;
    private static TenantServiceImpl tenants;
    private static FrrDriver frr;
    private static DriverRegistry drivers;
    private static RecordingEvents events;
    private static RouterServiceImpl routers;

    @BeforeAll
    static void setUp() {
        testDb = TestDatabase.create();
        db = testDb.database();
        audit = new JdbcAuditLog(db);
        vault = new VaultCredentialService(db, audit, vaultConfig(etc.resolve("sxalable-master.key")));
        tenants = new TenantServiceImpl(db, audit);
        frr = new FrrDriver("0.0.0.test");
        drivers = new DriverRegistry();
        drivers.addDriver(frr);
        events = new RecordingEvents();
        routers = new RouterServiceImpl(db, audit, drivers, vault, TIMEOUT, TIMEOUT, events);
    }

    @AfterAll
    static void tearDown() {
        if (frr != null) {
            frr.close();
        }
        if (testDb != null) {
            testDb.close();
        }
    }

    // ------------------------------------------------------------------------------------------------ CRUD

    @Test
    void createGetFindUpdateDeleteAreAuditedAndPublished() throws Exception {
        Caller admin = admin(newTenant("crud", null));
        UUID credential = credential(admin);

        Router created = routers.create(admin, router("edge-1").cloud(CloudProvider.AWS).asn(65001)
                .ip("192.0.2.10").port(2222).site("fra1").tags("core", "bgp").credential(credential).build());
        assertThat(created.name()).isEqualTo("edge-1");
        assertThat(created.region()).isEqualTo("eu-west-1");
        assertThat(created.cloudProvider()).isEqualTo(CloudProvider.AWS);
        assertThat(created.status()).isEqualTo(RouterStatus.UNKNOWN);
        assertThat(created.asn()).isEqualTo(65001);
        assertThat(created.managementIp()).isEqualTo("192.0.2.10");
        assertThat(created.managementPort()).contains(2222);
        assertThat(created.driverId()).isEqualTo("frr");
        assertThat(created.site()).isEqualTo("fra1");
        assertThat(created.tags()).containsExactly("core", "bgp");
        assertThat(created.credentialId()).contains(credential);
        assertThat(created.updatedAt()).isEqualTo(created.createdAt());

        assertThat(routers.get(admin, created.id())).isEqualTo(created);
        assertThat(routers.find(admin, "edge-1")).isEqualTo(created);
        assertThat(routers.find(admin, created.id().toString())).isEqualTo(created);
        expectCode(() -> routers.find(admin, "EDGE-1"), ErrorCode.ROUTER_NOT_FOUND);
        expectCode(() -> routers.get(admin, UUID.randomUUID()), ErrorCode.ROUTER_NOT_FOUND);
        expectCode(() -> routers.find(admin, UUID.randomUUID().toString()), ErrorCode.ROUTER_NOT_FOUND);

        AuditEntry createEntry = single(auditOf(admin, "router.create", created.id()));
        assertThat(createEntry.actor()).isEqualTo("alice");
        assertThat(createEntry.requestId()).isEqualTo(admin.requestId());
        assertThat(createEntry.tenantSlug()).isEqualTo(admin.tenantSlug());
        assertThat(createEntry.resourceType()).isEqualTo("router");
        assertThat(createEntry.before()).isEmpty();
        Map<String, Object> after = json(createEntry.after().orElseThrow());
        assertThat(after).containsEntry("name", "edge-1").containsEntry("managementIp", "192.0.2.10")
                .containsEntry("managementPort", 2222).containsEntry("credentialId", credential.toString())
                .containsEntry("tags", List.of("core", "bgp")).containsEntry("status", "UNKNOWN");
        assertThat(after).isEqualTo(jsonOf(created));

        DomainEvent createdEvent = single(events.of(admin.tenantSlug()));
        assertThat(createdEvent.type()).isEqualTo("router.created");
        assertThat(createdEvent.actor()).isEqualTo("alice");
        assertThat(createdEvent.requestId()).isEqualTo(admin.requestId());
        assertThat(createdEvent.data()).isEqualTo(RouterServiceImpl.toMap(created));

        Caller operator = TestCallers.of("oscar", admin.tenantSlug(), Role.OPERATOR);
        Router updated = routers.update(operator, created.id(), changes().name("edge-1b").status(RouterStatus.MAINTENANCE)
                .tags("core").build());
        assertThat(updated.name()).isEqualTo("edge-1b");
        assertThat(updated.status()).isEqualTo(RouterStatus.MAINTENANCE);
        assertThat(updated.tags()).containsExactly("core");
        assertThat(updated.managementIp()).isEqualTo("192.0.2.10"); // unchanged fields stay
        assertThat(updated.managementPort()).contains(2222);
        assertThat(updated.credentialId()).contains(credential);
        assertThat(updated.createdAt()).isEqualTo(created.createdAt());
        assertThat(updated.updatedAt()).isAfter(created.updatedAt());
        assertThat(routers.get(admin, created.id())).isEqualTo(updated);
        assertThat(routers.find(admin, "edge-1b")).isEqualTo(updated);
        expectCode(() -> routers.find(admin, "edge-1"), ErrorCode.ROUTER_NOT_FOUND);

        AuditEntry updateEntry = single(auditOf(admin, "router.update", created.id()));
        assertThat(updateEntry.actor()).isEqualTo("oscar");
        assertThat(updateEntry.requestId()).isEqualTo(operator.requestId());
        assertThat(json(updateEntry.before().orElseThrow())).isEqualTo(jsonOf(created));
        assertThat(json(updateEntry.after().orElseThrow())).isEqualTo(jsonOf(updated))
                .containsEntry("name", "edge-1b").containsEntry("status", "MAINTENANCE");

        routers.delete(admin, created.id());
        expectCode(() -> routers.get(admin, created.id()), ErrorCode.ROUTER_NOT_FOUND);
        assertThat(routers.list(admin, RouterQuery.all(PageRequest.first(10))).total()).isZero();
        AuditEntry deleteEntry = single(auditOf(admin, "router.delete", created.id()));
        assertThat(deleteEntry.actor()).isEqualTo("alice");
        assertThat(json(deleteEntry.before().orElseThrow())).isEqualTo(jsonOf(updated));
        assertThat(deleteEntry.after()).isEmpty();

        assertThat(events.of(admin.tenantSlug())).extracting(DomainEvent::type)
                .containsExactly("router.created", "router.updated", "router.deleted");
        DomainEvent updatedEvent = events.of(admin.tenantSlug()).get(1);
        assertThat(updatedEvent.actor()).isEqualTo("oscar");
        assertThat(updatedEvent.data()).isEqualTo(RouterServiceImpl.toMap(updated));
        DomainEvent deletedEvent = events.of(admin.tenantSlug()).get(2);
        assertThat(deletedEvent.data()).containsEntry("id", created.id().toString()).containsEntry("name", "edge-1b");

        expectCode(() -> routers.update(admin, created.id(), changes().site("x").build()), ErrorCode.ROUTER_NOT_FOUND);
        expectCode(() -> routers.delete(admin, created.id()), ErrorCode.ROUTER_NOT_FOUND);
        assertThat(events.of(admin.tenantSlug())).hasSize(3);
    }

    @Test
    void createdAndUpdatedRoutersShowTheStoredFormOfTheAddress() throws Exception {
        Caller admin = admin(newTenant("ip", null));
        Router created = routers.create(admin, router("v6").ip("2001:DB8:0:0::10").build());
        Router stored = routers.get(admin, created.id());
        assertThat(stored.managementIp()).isEqualTo("2001:db8::10");
        assertThat(created).isEqualTo(stored);
        assertThat(json(single(auditOf(admin, "router.create", created.id())).after().orElseThrow()))
                .containsEntry("managementIp", "2001:db8::10");
        assertThat(single(events.of(admin.tenantSlug())).data()).containsEntry("managementIp", "2001:db8::10");

        Router updated = routers.update(admin, created.id(), changes().ip("2001:0db8::0:20").build());
        assertThat(updated).isEqualTo(routers.get(admin, created.id()));
        assertThat(updated.managementIp()).isEqualTo("2001:db8::20");
        assertThat(json(single(auditOf(admin, "router.update", created.id())).after().orElseThrow()))
                .containsEntry("managementIp", "2001:db8::20");
    }

    @Test
    void anUpdateThatChangesNothingWritesNothing() throws Exception {
        Caller admin = admin(newTenant("noop", null));
        Router created = routers.create(admin, router("same").ip("2001:db8::30").build());
        Router again = routers.update(admin, created.id(), changes().ip("2001:DB8:0::30").name("same").build());
        assertThat(again).isEqualTo(created);
        assertThat(auditOf(admin, "router.update", created.id())).isEmpty();
        assertThat(events.of(admin.tenantSlug())).extracting(DomainEvent::type).containsExactly("router.created");
    }

    @Test
    void findTakesAnIdOrAName() {
        Caller admin = admin(newTenant("find", null));
        Router plain = routers.create(admin, router("plain").build());
        // "1-2-3-4-5" is a valid router name, and UUID.fromString reads it as 00000001-0002-0003-0004-000000000005
        Router uuidLike = routers.create(admin, router("1-2-3-4-5").build());
        Router namedLikeAnId = routers.create(admin, router(plain.id().toString()).build());

        assertThat(routers.find(admin, "plain")).isEqualTo(plain);
        assertThat(routers.find(admin, "1-2-3-4-5")).isEqualTo(uuidLike);
        assertThat(routers.find(admin, uuidLike.id().toString())).isEqualTo(uuidLike);
        // an id wins over a name
        assertThat(routers.find(admin, plain.id().toString())).isEqualTo(plain);
        assertThat(routers.find(admin, namedLikeAnId.id().toString())).isEqualTo(namedLikeAnId);
        expectCode(() -> routers.find(admin, "Plain"), ErrorCode.ROUTER_NOT_FOUND);
        expectCode(() -> routers.find(admin, "6-7-8-9-10"), ErrorCode.ROUTER_NOT_FOUND);
    }

    @Test
    void nameConflictsOnCreateAndRenameChangeNothing() throws Exception {
        Caller admin = admin(newTenant("dup", null));
        Router first = routers.create(admin, router("core-1").build());
        Router second = routers.create(admin, router("core-2").build());

        expectCode(() -> routers.create(admin, router("core-1").asn(65099).build()), ErrorCode.CONFLICT);
        expectCode(() -> routers.update(admin, second.id(), changes().name("core-1").site("moved").build()),
                ErrorCode.CONFLICT);

        assertThat(routers.list(admin, RouterQuery.all(PageRequest.first(10))).items())
                .containsExactlyInAnyOrder(first, second);
        assertThat(auditOf(admin, "router.create", null)).hasSize(2);
        assertThat(auditOf(admin, "router.update", null)).isEmpty();
        assertThat(events.of(admin.tenantSlug())).hasSize(2);
        // names are compared exactly: another case is another name
        assertThat(routers.create(admin, router("CORE-1").build()).name()).isEqualTo("CORE-1");
    }

    @Test
    void unknownCredentialIsAValidationError() throws Exception {
        Caller admin = admin(newTenant("cred", null));
        UUID nowhere = UUID.randomUUID();
        assertThatThrownBy(() -> routers.create(admin, router("r1").credential(nowhere).build()))
                .isInstanceOfSatisfying(SxalableException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_FAILED);
                    assertThat(e.fieldErrors()).extracting(SxalableException.FieldError::field)
                            .containsExactly("credentialId");
                });
        Router r = routers.create(admin, router("r1").build());
        expectCode(() -> routers.update(admin, r.id(), changes().credential(nowhere).build()),
                ErrorCode.VALIDATION_FAILED);
        assertThat(routers.get(admin, r.id()).credentialId()).isEmpty();

        UUID real = credential(admin);
        assertThat(routers.update(admin, r.id(), changes().credential(real).build()).credentialId()).contains(real);
        assertThat(auditOf(admin, "router.create", null)).hasSize(1);
        assertThat(auditOf(admin, "router.update", null)).hasSize(1);
    }

    @Test
    void invalidInputIsRejectedBeforeAnythingIsStored() throws Exception {
        Caller admin = admin(newTenant("inval", null));
        assertThatThrownBy(() -> routers.create(admin, router("bad name").asn(0).ip("router.example.com").build()))
                .isInstanceOfSatisfying(SxalableException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_FAILED);
                    assertThat(e.fieldErrors()).extracting(SxalableException.FieldError::field)
                            .containsExactlyInAnyOrder("name", "asn", "managementIp");
                });
        Router r = routers.create(admin, router("ok").build());
        expectCode(() -> routers.update(admin, r.id(), changes().port(70000).build()), ErrorCode.VALIDATION_FAILED);
        assertThat(routers.get(admin, r.id())).isEqualTo(r);
        assertThat(auditOf(admin, "router.create", null)).hasSize(1);
    }

    // ------------------------------------------------------------------------------------------------ drivers

    @Test
    void uninstalledDriverIsReportedOnCreateUpdateAndLiveReads() throws Exception {
        Caller admin = admin(newTenant("nodrv", null));
        RouterServiceImpl withoutDrivers = new RouterServiceImpl(db, audit, new DriverRegistry(), vault, TIMEOUT,
                TIMEOUT, events);

        assertThatThrownBy(() -> withoutDrivers.create(admin, router("r1").build()))
                .isInstanceOfSatisfying(SxalableException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.DRIVER_NOT_INSTALLED);
                    assertThat(e.getMessage()).contains("'frr'", "feature:install sxalable-driver-frr");
                });
        assertThat(routers.list(admin, RouterQuery.all(PageRequest.first(10))).total()).isZero();

        Router r = routers.create(admin, router("r1").credential(credential(admin)).build());
        expectCode(() -> routers.update(admin, r.id(), changes().driver("junos").build()),
                ErrorCode.DRIVER_NOT_INSTALLED);
        assertThat(routers.get(admin, r.id()).driverId()).isEqualTo("frr");

        // the inventory stays readable while the driver's bundle is gone; talking to the device is not possible
        assertThat(withoutDrivers.get(admin, r.id())).isEqualTo(r);
        expectCode(() -> withoutDrivers.facts(admin, r.id()), ErrorCode.DRIVER_NOT_INSTALLED);
        assertThat(routers.get(admin, r.id()).status()).isEqualTo(RouterStatus.UNKNOWN);
    }

    // ------------------------------------------------------------------------------------------------ quota

    @Test
    void quotaLimitsTheNumberOfRouters() throws Exception {
        Caller admin = admin(newTenant("quota", 2));
        Router first = routers.create(admin, router("r1").build());
        routers.create(admin, router("r2").build());
        assertThatThrownBy(() -> routers.create(admin, router("r3").build()))
                .isInstanceOfSatisfying(SxalableException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.QUOTA_EXCEEDED);
                    assertThat(e.getMessage()).contains("maximum of 2 routers");
                });
        assertThat(routers.list(admin, RouterQuery.all(PageRequest.first(10))).total()).isEqualTo(2);
        assertThat(auditOf(admin, "router.create", null)).hasSize(2);
        assertThat(events.of(admin.tenantSlug())).hasSize(2);

        routers.delete(admin, first.id());
        assertThat(routers.create(admin, router("r3").build()).name()).isEqualTo("r3");

        Caller none = admin(newTenant("quota0", 0));
        expectCode(() -> routers.create(none, router("r1").build()), ErrorCode.QUOTA_EXCEEDED);
    }

    @Test
    void concurrentCreationsDoNotExceedTheQuota() throws Exception {
        Caller admin = admin(newTenant("race", 3));
        int attempts = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(attempts);
        try {
            List<Future<Router>> results = new ArrayList<>();
            for (int i = 0; i < attempts; i++) {
                String name = "r" + i;
                results.add(pool.submit(() -> {
                    start.await();
                    return routers.create(admin, router(name).build());
                }));
            }
            start.countDown();
            int created = 0;
            int refused = 0;
            for (Future<Router> f : results) {
                try {
                    f.get();
                    created++;
                } catch (ExecutionException e) {
                    assertThat(e.getCause()).isInstanceOfSatisfying(SxalableException.class,
                            s -> assertThat(s.code()).isEqualTo(ErrorCode.QUOTA_EXCEEDED));
                    refused++;
                }
            }
            assertThat(created).isEqualTo(3);
            assertThat(refused).isEqualTo(attempts - 3);
        } finally {
            pool.shutdownNow();
        }
        assertThat(routers.list(admin, RouterQuery.all(PageRequest.first(10))).total()).isEqualTo(3);
    }

    // ------------------------------------------------------------------------------------------------ list

    @Test
    void listFiltersSortsAndPages() throws Exception {
        Caller admin = admin(newTenant("list", null));
        Router alpha = routers.create(admin, router("Core-Alpha").region("eu-west-1").cloud(CloudProvider.AWS)
                .status(RouterStatus.ONLINE).asn(65003).site("fra1").tags("core", "bgp").build());
        Router beta = routers.create(admin, router("core_beta").region("eu-west-1").cloud(CloudProvider.GCP)
                .status(RouterStatus.OFFLINE).asn(65001).site("fra2").tags("core").build());
        Router xbeta = routers.create(admin, router("coreXbeta").region("us-east-1").cloud(CloudProvider.AZURE)
                .asn(65005).tags("edge").build());
        Router edge1 = routers.create(admin, router("edge-1").region("us-east-1").status(RouterStatus.MAINTENANCE)
                .asn(65002).site("nyc1").tags("edge", "bgp").build());
        Router edge2 = routers.create(admin, router("edge-2").region("ap-south-1").cloud(CloudProvider.AWS)
                .status(RouterStatus.ALERT).asn(65004).site("nyc1").build());
        // a router of a driver that was installed once and has been removed since
        setColumn(admin, edge2.id(), "driver_id", "vyos");
        Router edge2Vyos = routers.get(admin, edge2.id());

        // name: case-insensitive substring; % _ \ are literal characters, not patterns
        assertThat(names(admin, q -> q.name("core"))).containsExactlyInAnyOrder("Core-Alpha", "core_beta", "coreXbeta");
        assertThat(names(admin, q -> q.name("CORE_"))).containsExactly("core_beta");
        assertThat(names(admin, q -> q.name("e_b"))).containsExactly("core_beta");
        assertThat(names(admin, q -> q.name("%"))).isEmpty();
        assertThat(names(admin, q -> q.name("%e%"))).isEmpty();
        assertThat(names(admin, q -> q.name("\\"))).isEmpty();
        assertThat(names(admin, q -> q.name("E-"))).containsExactlyInAnyOrder("Core-Alpha", "edge-1", "edge-2");
        assertThat(names(admin, q -> q.name("edge-1"))).containsExactly("edge-1");
        // exact filters
        assertThat(names(admin, q -> q.region("eu-west-1"))).containsExactlyInAnyOrder("Core-Alpha", "core_beta");
        assertThat(names(admin, q -> q.region("EU-WEST-1"))).isEmpty();
        assertThat(names(admin, q -> q.cloud(CloudProvider.AWS))).containsExactlyInAnyOrder("Core-Alpha", "edge-2");
        assertThat(names(admin, q -> q.cloud(CloudProvider.ON_PREM))).containsExactly("edge-1");
        assertThat(names(admin, q -> q.status(RouterStatus.MAINTENANCE))).containsExactly("edge-1");
        assertThat(names(admin, q -> q.status(RouterStatus.UNKNOWN))).containsExactly("coreXbeta");
        assertThat(names(admin, q -> q.driver("frr"))).containsExactlyInAnyOrder("Core-Alpha", "core_beta",
                "coreXbeta", "edge-1");
        assertThat(names(admin, q -> q.driver("vyos"))).containsExactly("edge-2");
        assertThat(names(admin, q -> q.site("nyc1"))).containsExactlyInAnyOrder("edge-1", "edge-2");
        assertThat(names(admin, q -> q.site("fra"))).isEmpty();
        assertThat(names(admin, q -> q.tag("core"))).containsExactlyInAnyOrder("Core-Alpha", "core_beta");
        assertThat(names(admin, q -> q.tag("bgp"))).containsExactlyInAnyOrder("Core-Alpha", "edge-1");
        assertThat(names(admin, q -> q.tag("cor"))).isEmpty();
        assertThat(names(admin, q -> q.region("us-east-1").tag("edge"))).containsExactlyInAnyOrder("coreXbeta", "edge-1");
        assertThat(names(admin, q -> q.region("us-east-1").tag("edge").name("EDGE"))).containsExactly("edge-1");
        assertThat(list(admin, q -> q.region("eu-west-1")).items()).containsExactlyInAnyOrder(alpha, beta);

        // sorting, with ties broken by id
        assertThat(names(admin, q -> q.sort("asn"))).containsExactly("core_beta", "edge-1", "Core-Alpha", "edge-2",
                "coreXbeta");
        assertThat(names(admin, q -> q.sort("-asn"))).containsExactly("coreXbeta", "edge-2", "Core-Alpha", "edge-1",
                "core_beta");
        assertThat(names(admin, q -> q.name("edge").sort("name"))).containsExactly("edge-1", "edge-2");
        assertThat(names(admin, q -> q.name("edge").sort("-name"))).containsExactly("edge-2", "edge-1");
        assertThat(list(admin, q -> q.sort("createdAt")).items()).containsExactly(alpha, beta, xbeta, edge1, edge2Vyos);
        assertThat(list(admin, q -> q.sort("-createdAt")).items()).containsExactly(edge2Vyos, edge1, xbeta, beta, alpha);
        assertThat(list(admin, q -> q.sort("status")).items()).extracting(Router::status).containsExactly(
                RouterStatus.ALERT, RouterStatus.MAINTENANCE, RouterStatus.OFFLINE, RouterStatus.ONLINE,
                RouterStatus.UNKNOWN);
        assertThat(list(admin, q -> q.sort("-region")).items()).extracting(Router::region).containsExactly(
                "us-east-1", "us-east-1", "eu-west-1", "eu-west-1", "ap-south-1");
        Router touched = routers.update(admin, beta.id(), changes().site("fra3").build());
        assertThat(list(admin, q -> q.sort("-updatedAt")).items()).first().isEqualTo(touched);
        for (String unknown : new String[] {"managementIp", "-host_key", "name; DROP TABLE routers", "-"}) {
            assertThatThrownBy(() -> list(admin, q -> q.sort(unknown))).as(unknown)
                    .isInstanceOfSatisfying(SxalableException.class, e -> {
                        assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_FAILED);
                        assertThat(e.fieldErrors()).extracting(SxalableException.FieldError::field)
                                .containsExactly("sort");
                    });
        }

        // paging: every page carries the total number of matches, also past the end
        Page<Router> p1 = list(admin, q -> q.sort("asn").page(0, 2));
        assertThat(p1.items()).extracting(Router::name).containsExactly("core_beta", "edge-1");
        assertThat(p1.total()).isEqualTo(5);
        assertThat(p1.offset()).isZero();
        assertThat(p1.limit()).isEqualTo(2);
        Page<Router> p2 = list(admin, q -> q.sort("asn").page(2, 2));
        assertThat(p2.items()).extracting(Router::name).containsExactly("Core-Alpha", "edge-2");
        assertThat(p2.total()).isEqualTo(5);
        Page<Router> p3 = list(admin, q -> q.sort("asn").page(4, 2));
        assertThat(p3.items()).extracting(Router::name).containsExactly("coreXbeta");
        assertThat(p3.total()).isEqualTo(5);
        for (int offset : new int[] {5, 6, 100}) {
            Page<Router> past = list(admin, q -> q.sort("asn").page(offset, 2));
            assertThat(past.items()).as("offset " + offset).isEmpty();
            assertThat(past.total()).as("offset " + offset).isEqualTo(5);
            assertThat(past.offset()).isEqualTo(offset);
        }
        Page<Router> filteredPast = list(admin, q -> q.tag("core").page(10, 5));
        assertThat(filteredPast.items()).isEmpty();
        assertThat(filteredPast.total()).isEqualTo(2);
        Page<Router> noMatch = list(admin, q -> q.name("nothing"));
        assertThat(noMatch.items()).isEmpty();
        assertThat(noMatch.total()).isZero();
        Page<Router> filteredPage = list(admin, q -> q.name("core").sort("-asn").page(1, 1));
        assertThat(filteredPage.items()).extracting(Router::name).containsExactly("Core-Alpha");
        assertThat(filteredPage.total()).isEqualTo(3);
    }

    // ------------------------------------------------------------------------------------------------ RBAC

    @Test
    void rolesDecideWhoMayChangeRoutersAndTalkToDevices() throws Exception {
        Tenant tenant = newTenant("rbac", null);
        Caller admin = admin(tenant);
        Caller viewer = TestCallers.of("vera", tenant.slug(), Role.VIEWER);
        Caller auditor = TestCallers.of("audrey", tenant.slug(), Role.AUDITOR);
        Caller operator = TestCallers.of("oscar", tenant.slug(), Role.OPERATOR);
        Router r = routers.create(admin, router("r1").build());

        for (Caller reader : List.of(viewer, auditor, operator)) {
            assertThat(routers.list(reader, RouterQuery.all(PageRequest.first(10))).items()).containsExactly(r);
            assertThat(routers.get(reader, r.id())).isEqualTo(r);
            assertThat(routers.find(reader, "r1")).isEqualTo(r);
        }
        for (Caller readOnly : List.of(viewer, auditor)) {
            expectCode(() -> routers.create(readOnly, router("r2").build()), ErrorCode.FORBIDDEN);
            expectCode(() -> routers.update(readOnly, r.id(), changes().site("x").build()), ErrorCode.FORBIDDEN);
            expectCode(() -> routers.delete(readOnly, r.id()), ErrorCode.FORBIDDEN);
        }
        // auditors read the inventory but never the devices
        expectCode(() -> routers.facts(auditor, r.id()), ErrorCode.FORBIDDEN);
        expectCode(() -> routers.interfaces(auditor, r.id()), ErrorCode.FORBIDDEN);
        expectCode(() -> routers.interfaceCounters(auditor, r.id()), ErrorCode.FORBIDDEN);
        expectCode(() -> routers.bgpNeighbors(auditor, r.id()), ErrorCode.FORBIDDEN);
        expectCode(() -> routers.runningConfig(auditor, r.id()), ErrorCode.FORBIDDEN);
        // viewers may: this one gets past the permission check and stops at the missing credential
        expectCode(() -> routers.facts(viewer, r.id()), ErrorCode.CONFLICT);

        Router renamed = routers.update(operator, r.id(), changes().name("r1b").build());
        Router second = routers.create(operator, router("r2").build());
        routers.delete(operator, second.id());
        assertThat(routers.list(admin, RouterQuery.all(PageRequest.first(10))).items()).containsExactly(renamed);
        assertThat(auditOf(admin, "router.update", r.id())).extracting(AuditEntry::actor).containsExactly("oscar");
        assertThat(events.of(tenant.slug())).extracting(DomainEvent::type)
                .containsExactly("router.created", "router.updated", "router.created", "router.deleted");
    }

    // ------------------------------------------------------------------------------------------------ tenants

    @Test
    void routersOfOneTenantAreInvisibleAndUntouchableFromAnother() throws Exception {
        Caller a = admin(newTenant("iso-a", null));
        Caller b = admin(newTenant("iso-b", null));
        UUID credentialOfA = credential(a);
        Router r = routers.create(a, router("shared-name").credential(credentialOfA).build());

        expectCode(() -> routers.get(b, r.id()), ErrorCode.ROUTER_NOT_FOUND);
        expectCode(() -> routers.find(b, r.id().toString()), ErrorCode.ROUTER_NOT_FOUND);
        expectCode(() -> routers.find(b, "shared-name"), ErrorCode.ROUTER_NOT_FOUND);
        Page<Router> seenByB = routers.list(b, RouterQuery.all(PageRequest.first(10)));
        assertThat(seenByB.items()).isEmpty();
        assertThat(seenByB.total()).isZero();
        expectCode(() -> routers.update(b, r.id(), changes().name("stolen").build()), ErrorCode.ROUTER_NOT_FOUND);
        expectCode(() -> routers.delete(b, r.id()), ErrorCode.ROUTER_NOT_FOUND);
        expectCode(() -> routers.facts(b, r.id()), ErrorCode.ROUTER_NOT_FOUND);
        // nor can B point its own routers at A's credential
        expectCode(() -> routers.create(b, router("b-1").credential(credentialOfA).build()), ErrorCode.VALIDATION_FAILED);

        assertThat(routers.get(a, r.id())).isEqualTo(r);
        assertThat(auditOf(a, null, null)).extracting(AuditEntry::action)
                .containsExactlyInAnyOrder("credential.create", "router.create");
        assertThat(auditOf(b, null, null)).isEmpty();
        assertThat(events.of(b.tenantSlug())).isEmpty();

        // names are unique per tenant only
        Router ofB = routers.create(b, router("shared-name").build());
        assertThat(ofB.id()).isNotEqualTo(r.id());
        assertThat(routers.list(a, RouterQuery.all(PageRequest.first(10))).items()).containsExactly(r);

        expectCode(() -> routers.list(TestCallers.of("ghost", "no-such-tenant", Role.ADMIN),
                RouterQuery.all(PageRequest.first(10))), ErrorCode.TENANT_NOT_FOUND);
    }

    // ------------------------------------------------------------------------------------------------ live reads

    @Test
    void unreachableDeviceIsReportedAndMarkedOffline() throws Exception {
        Caller admin = admin(newTenant("live", null));
        int closedPort = closedPort();
        UUID credential = credential(admin);
        Router r = routers.create(admin, router("gone").ip("127.0.0.1").port(closedPort).credential(credential).build());

        assertThatThrownBy(() -> routers.facts(admin, r.id()))
                .isInstanceOfSatisfying(SxalableException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.DEVICE_UNREACHABLE);
                    assertThat(e.getMessage()).startsWith("router 'gone': ").contains("127.0.0.1:" + closedPort)
                            .doesNotContain("device-password");
                });
        Router offline = routers.get(admin, r.id());
        assertThat(offline.status()).isEqualTo(RouterStatus.OFFLINE);
        assertThat(offline.updatedAt()).isEqualTo(r.updatedAt()); // an observation, not a user's change
        assertThat(hostKey(admin, r.id())).isNull();

        // every live read goes the same way
        expectCode(() -> routers.interfaces(admin, r.id()), ErrorCode.DEVICE_UNREACHABLE);
        expectCode(() -> routers.interfaceCounters(admin, r.id()), ErrorCode.DEVICE_UNREACHABLE);
        expectCode(() -> routers.bgpNeighbors(admin, r.id()), ErrorCode.DEVICE_UNREACHABLE);
        expectCode(() -> routers.runningConfig(admin, r.id()), ErrorCode.DEVICE_UNREACHABLE);
        assertThat(routers.get(admin, r.id()).status()).isEqualTo(RouterStatus.OFFLINE);

        // status observations are neither audited nor published
        assertThat(auditOf(admin, null, null)).extracting(AuditEntry::action)
                .containsExactlyInAnyOrder("credential.create", "router.create");
        assertThat(events.of(admin.tenantSlug())).extracting(DomainEvent::type).containsExactly("router.created");

        // a status an operator set (maintenance, alert) is not overwritten by observations
        Router maintained = routers.create(admin, router("maint").ip("127.0.0.1").port(closedPort)
                .status(RouterStatus.MAINTENANCE).credential(credential).build());
        expectCode(() -> routers.facts(admin, maintained.id()), ErrorCode.DEVICE_UNREACHABLE);
        assertThat(routers.get(admin, maintained.id()).status()).isEqualTo(RouterStatus.MAINTENANCE);
    }

    @Test
    void liveReadOfARouterWithoutCredentialIsAConflict() throws Exception {
        Caller admin = admin(newTenant("nocred", null));
        Router r = routers.create(admin, router("bare").ip("127.0.0.1").port(closedPort()).build());
        assertThatThrownBy(() -> routers.facts(admin, r.id()))
                .isInstanceOfSatisfying(SxalableException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.CONFLICT);
                    assertThat(e.getMessage()).contains("'bare'", "credentialId");
                });
        expectCode(() -> routers.runningConfig(admin, r.id()), ErrorCode.CONFLICT);
        assertThat(routers.get(admin, r.id()).status()).isEqualTo(RouterStatus.UNKNOWN);
        expectCode(() -> routers.facts(admin, UUID.randomUUID()), ErrorCode.ROUTER_NOT_FOUND);
    }

    @Test
    void aNewManagementAddressForgetsThePinnedHostKey() throws Exception {
        Caller admin = admin(newTenant("hostkey", null));
        String pinned = "SHA256:47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU";
        Router v4 = routers.create(admin, router("v4").ip("192.0.2.10").build());
        setColumn(admin, v4.id(), "host_key", pinned);

        routers.update(admin, v4.id(), changes().site("fra1").port(2222).credential(credential(admin)).build());
        assertThat(hostKey(admin, v4.id())).isEqualTo(pinned);
        routers.update(admin, v4.id(), changes().ip("192.0.2.10").build());
        assertThat(hostKey(admin, v4.id())).isEqualTo(pinned);
        routers.update(admin, v4.id(), changes().ip("192.0.2.11").build());
        assertThat(hostKey(admin, v4.id())).isNull();

        // the same IPv6 address written differently is the same device
        Router v6 = routers.create(admin, router("v6").ip("2001:db8::10").build());
        setColumn(admin, v6.id(), "host_key", pinned);
        routers.update(admin, v6.id(), changes().ip("2001:DB8:0:0:0:0:0:10").build());
        assertThat(hostKey(admin, v6.id())).isEqualTo(pinned);
        routers.update(admin, v6.id(), changes().ip("2001:db8::11").build());
        assertThat(hostKey(admin, v6.id())).isNull();
        // the fingerprint is internal: not part of the router, its audit entries or events
        assertThat(auditOf(admin, "router.update", v6.id())).allSatisfy(e -> {
            assertThat(e.before().orElseThrow()).doesNotContain(pinned);
            assertThat(e.after().orElseThrow()).doesNotContain(pinned);
        });
    }

    // ------------------------------------------------------------------------------------------------ helpers

    private static Tenant newTenant(String base, Integer maxRouters) {
        String slug = base + "-" + UUID.randomUUID().toString().substring(0, 8);
        return tenants.create(ROOT, new NewTenant(slug, "Tenant " + slug, maxRouters, null));
    }

    private static Caller admin(Tenant tenant) {
        return TestCallers.of("alice", tenant.slug(), Role.ADMIN);
    }

    private static UUID credential(Caller caller) {
        return vault.create(caller, new NewDeviceCredential("cred-" + UUID.randomUUID().toString().substring(0, 8),
                "netops", "device-password", null)).id();
    }

    /** A TCP port on the loopback address that nothing listens on (bound once, then closed). */
    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return socket.getLocalPort();
        }
    }

    private static List<AuditEntry> auditOf(Caller reader, String action, UUID routerId) {
        return audit.query(reader, new AuditQuery(Optional.ofNullable(action), Optional.empty(),
                Optional.ofNullable(routerId).map(UUID::toString), Optional.empty(), Optional.empty(), 0, 100)).items();
    }

    private static Map<String, Object> json(String text) throws IOException {
        return JSON.readValue(text, new TypeReference<Map<String, Object>>() { });
    }

    /** The router as its audit entries show it. */
    private static Map<String, Object> jsonOf(Router router) throws IOException {
        return json(JSON.writeValueAsString(RouterServiceImpl.toMap(router)));
    }

    private static <T> T single(List<T> items) {
        assertThat(items).hasSize(1);
        return items.get(0);
    }

    /** Sets a column of a router row directly, around the service. */
    private static void setColumn(Caller caller, UUID routerId, String column, String value) throws SQLException {
        try (Connection c = testDb.connect(); PreparedStatement ps = c.prepareStatement("UPDATE "
                + Database.tenantSchema(caller.tenantSlug()) + ".routers SET " + column + " = ? WHERE id = ?")) {
            ps.setString(1, value);
            ps.setObject(2, routerId);
            assertThat(ps.executeUpdate()).isEqualTo(1);
        }
    }

    private static String hostKey(Caller caller, UUID routerId) throws SQLException {
        try (Connection c = testDb.connect(); PreparedStatement ps = c.prepareStatement(
                "SELECT host_key FROM " + Database.tenantSchema(caller.tenantSlug()) + ".routers WHERE id = ?")) {
            ps.setObject(1, routerId);
            try (ResultSet rs = ps.executeQuery()) {
                assertThat(rs.next()).isTrue();
                return rs.getString(1);
            }
        }
    }

    private static Page<Router> list(Caller caller, Function<Query, Query> query) {
        return routers.list(caller, query.apply(new Query()).build());
    }

    private static List<String> names(Caller caller, Function<Query, Query> query) {
        return list(caller, query).items().stream().map(Router::name).toList();
    }

    private static void expectCode(ThrowingCallable call, ErrorCode code) {
        assertThatThrownBy(call).isInstanceOfSatisfying(SxalableException.class,
                e -> assertThat(e.code()).as(e.getMessage()).isEqualTo(code));
    }

    @SuppressWarnings("all")
    private static VaultConfig vaultConfig(Path keyFile) {
        return new VaultConfig() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return VaultConfig.class;
            }

            @Override
            public String masterKeyFile() {
                return keyFile.toString();
            }
        };
    }

    private static Spec router(String name) {
        return new Spec().name(name).region("eu-west-1").asn(65000).ip("192.0.2.1").driver("frr");
    }

    private static Spec changes() {
        return new Spec();
    }

    /** A {@link RouterSpec} field by field; unset fields stay null (defaulted on create, unchanged on update). */
    private static final class Spec {
        private String name;
        private String region;
        private CloudProvider cloud;
        private RouterStatus status;
        private Long asn;
        private String ip;
        private Integer port;
        private String driver;
        private String site;
        private List<String> tags;
        private UUID credential;

        Spec name(String v) {
            name = v;
            return this;
        }

        Spec region(String v) {
            region = v;
            return this;
        }

        Spec cloud(CloudProvider v) {
            cloud = v;
            return this;
        }

        Spec status(RouterStatus v) {
            status = v;
            return this;
        }

        Spec asn(long v) {
            asn = v;
            return this;
        }

        Spec ip(String v) {
            ip = v;
            return this;
        }

        Spec port(int v) {
            port = v;
            return this;
        }

        Spec driver(String v) {
            driver = v;
            return this;
        }

        Spec site(String v) {
            site = v;
            return this;
        }

        Spec tags(String... v) {
            tags = List.of(v);
            return this;
        }

        Spec credential(UUID v) {
            credential = v;
            return this;
        }

        RouterSpec build() {
            return new RouterSpec(name, region, cloud, status, asn, ip, port, driver, site, tags, credential);
        }
    }

    /** A {@link RouterQuery} filter by filter; 50 per page sorted by name unless set. */
    private static final class Query {
        private Optional<String> name = Optional.empty();
        private Optional<String> region = Optional.empty();
        private Optional<CloudProvider> cloud = Optional.empty();
        private Optional<RouterStatus> status = Optional.empty();
        private Optional<String> driver = Optional.empty();
        private Optional<String> site = Optional.empty();
        private Optional<String> tag = Optional.empty();
        private int offset;
        private int limit = PageRequest.DEFAULT_LIMIT;
        private String sort;

        Query name(String v) {
            name = Optional.of(v);
            return this;
        }

        Query region(String v) {
            region = Optional.of(v);
            return this;
        }

        Query cloud(CloudProvider v) {
            cloud = Optional.of(v);
            return this;
        }

        Query status(RouterStatus v) {
            status = Optional.of(v);
            return this;
        }

        Query driver(String v) {
            driver = Optional.of(v);
            return this;
        }

        Query site(String v) {
            site = Optional.of(v);
            return this;
        }

        Query tag(String v) {
            tag = Optional.of(v);
            return this;
        }

        Query sort(String v) {
            sort = v;
            return this;
        }

        Query page(int newOffset, int newLimit) {
            offset = newOffset;
            limit = newLimit;
            return this;
        }

        RouterQuery build() {
            return new RouterQuery(name, region, cloud, status, driver, site, tag,
                    new PageRequest(offset, limit, sort));
        }
    }

    /** The event bus as the service sees it: a sink that keeps what was published, in order. */
    private static final class RecordingEvents implements EventPublisher {
        private final List<DomainEvent> published = Collections.synchronizedList(new ArrayList<>());

        @Override
        public void publish(DomainEvent event) {
            published.add(event);
        }

        List<DomainEvent> of(String tenantSlug) {
            synchronized (published) {
                return published.stream().filter(e -> e.tenantSlug().equals(tenantSlug)).toList();
            }
        }
    }
}

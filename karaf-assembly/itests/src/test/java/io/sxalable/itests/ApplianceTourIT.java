package io.sxalable.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.FixMethodOrder;
import org.junit.Test;
import org.junit.runners.MethodSorters;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;

/**
 * The README tour against the built appliance and real FRR routers: bootstrap → login → tenant → users → device
 * credential → router on the FRR lab → live facts, interfaces and BGP → audit; then tenant isolation (REST and
 * console), RBAC, bad input, and hot-swapping the FRR driver feature. Methods run in name order and share state.
 */
@FixMethodOrder(MethodSorters.NAME_ASCENDING)
public class ApplianceTourIT extends SxalableKarafTestSupport {

    private static final String ADMIN_PASSWORD = "platform-admin-password-1";
    private static final String ALICE_PASSWORD = "alice-password-123";
    private static final String BOB_PASSWORD = "bob-password-12345";
    private static final String VIEWER_PASSWORD = "victor-password-12";

    // state shared by the ordered steps (same probe class loader for the whole class)
    private static String adminToken;
    private static String aliceToken;
    private static String bobToken;
    private static String routerId;

    @Configuration
    @Override
    public Option[] configuration() {
        List<Option> options = new ArrayList<>(List.of(super.configuration()));
        FrrLabForTests.start().forEach((key, value) -> options.add(systemProperty(key).value(value)));
        return options.toArray(new Option[0]);
    }

    @Test
    public void step01_bootstrapCreatesThePlatformAdminOnceWithTheTokenFromTheDataDir() throws Exception {
        waitForHttp200("/ready", Duration.ofSeconds(120));
        assertEquals("{\"completed\":false}", http("GET", "/api/v1/bootstrap", null, null).body());

        Path tokenFile = Path.of(System.getProperty("karaf.data"), "sxalable-bootstrap.token");
        assertTrue("bootstrap token file " + tokenFile, Files.isRegularFile(tokenFile));
        String token = Files.readString(tokenFile, StandardCharsets.UTF_8).trim();

        HttpResult wrong = post("/api/v1/bootstrap", Map.of("token", "not-the-token", "username", "admin",
                "password", ADMIN_PASSWORD), null);
        assertProblem(wrong, 401, "TOKEN_INVALID");

        HttpResult created = post("/api/v1/bootstrap", Map.of("token", token, "username", "admin",
                "password", ADMIN_PASSWORD), null);
        assertEquals(created.toString(), 201, created.status());
        assertEquals("default", JSON.readTree(created.body()).get("tenantSlug").asText());
        assertFalse("token file removed after use", Files.exists(tokenFile));

        assertProblem(post("/api/v1/bootstrap", Map.of("token", token, "username", "admin2",
                "password", ADMIN_PASSWORD), null), 409, "BOOTSTRAP_COMPLETED");
        adminToken = login("admin", ADMIN_PASSWORD);
    }

    @Test
    public void step02_platformAdminCreatesTenantsAndTheirAdmins() throws Exception {
        assertEquals(201, post("/api/v1/tenants", Map.of("slug", "acme", "name", "Acme Networks"), adminToken).status());
        assertEquals(201, post("/api/v1/tenants", Map.of("slug", "globex", "name", "Globex"), adminToken).status());
        assertEquals(201, post("/api/v1/users", Map.of("username", "alice", "password", ALICE_PASSWORD,
                "roles", List.of("ADMIN"), "tenantSlug", "acme"), adminToken).status());
        assertEquals(201, post("/api/v1/users", Map.of("username", "bob", "password", BOB_PASSWORD,
                "roles", List.of("ADMIN"), "tenantSlug", "globex"), adminToken).status());
        aliceToken = login("alice", ALICE_PASSWORD);
        bobToken = login("bob", BOB_PASSWORD);
        assertEquals(201, post("/api/v1/users", Map.of("username", "victor", "password", VIEWER_PASSWORD,
                "roles", List.of("VIEWER")), aliceToken).status());

        JsonNode me = JSON.readTree(http("GET", "/api/v1/auth/me", null, aliceToken).body());
        assertEquals("acme", me.get("tenant").asText());
        // a tenant admin is not a platform admin
        assertProblem(post("/api/v1/tenants", Map.of("slug", "evil", "name", "Evil"), aliceToken), 403, "FORBIDDEN");
    }

    @Test
    public void step03_aliceAddsTheFrrRouterAndReadsItLive() throws Exception {
        HttpResult credential = post("/api/v1/credentials", Map.of("name", "lab",
                "username", System.getProperty("sxalable.itest.lab.user"),
                "password", System.getProperty("sxalable.itest.lab.password")), aliceToken);
        assertEquals(credential.toString(), 201, credential.status());
        assertFalse("secret never echoed", credential.body().contains(System.getProperty("sxalable.itest.lab.password")));
        String credentialId = JSON.readTree(credential.body()).get("id").asText();

        HttpResult router = post("/api/v1/routers", Map.of("name", "r1", "region", "lab", "cloudProvider", "ON_PREM",
                "asn", 65001, "managementIp", System.getProperty("sxalable.itest.lab.r1.ip"), "driverId", "frr",
                "credentialId", credentialId, "tags", List.of("edge", "lab")), aliceToken);
        assertEquals(router.toString(), 201, router.status());
        routerId = JSON.readTree(router.body()).get("id").asText();
        assertTrue(router.header("Location").orElse("").endsWith("/api/v1/routers/" + routerId));

        JsonNode facts = getJson("/api/v1/routers/r1/facts", aliceToken);
        assertEquals("r1", facts.get("hostname").asText());
        assertEquals("FRRouting", facts.get("vendor").asText());
        assertTrue(facts.toString(), facts.get("osVersion").asText().contains("FRRouting"));

        JsonNode neighbors = getJson("/api/v1/routers/" + routerId + "/bgp-neighbors", aliceToken);
        JsonNode r2 = StreamSupport.stream(neighbors.spliterator(), false)
                .filter(n -> n.get("remoteAs").asLong() == 65002).findFirst()
                .orElseThrow(() -> new AssertionError("no neighbor in AS 65002: " + neighbors));
        assertEquals("ESTABLISHED", r2.get("state").asText());
        assertTrue(r2.toString(), r2.get("prefixesReceived").asLong() > 0);

        JsonNode interfaces = getJson("/api/v1/routers/r1/interfaces", aliceToken);
        assertTrue(interfaces.toString(), interfaces.toString().contains(System.getProperty("sxalable.itest.lab.r1.ip")));
        assertTrue(getJson("/api/v1/routers/r1/config", aliceToken).get("config").asText().contains("router bgp 65001"));

        JsonNode stored = getJson("/api/v1/routers/" + routerId, aliceToken);
        assertEquals("ONLINE", stored.get("status").asText());
    }

    @Test
    public void step04_everyMutationIsAudited() throws Exception {
        JsonNode audit = getJson("/api/v1/audit?limit=50", aliceToken);
        List<String> actions = new ArrayList<>();
        audit.get("items").forEach(e -> actions.add(e.get("actor").asText() + ":" + e.get("action").asText()));
        assertTrue(actions.toString(), actions.contains("alice:router.create"));
        assertTrue(actions.toString(), actions.contains("alice:credential.create"));
        assertTrue(actions.toString(), actions.contains("alice:user.create"));
        assertFalse("no secrets in the audit log", audit.toString().contains(System.getProperty("sxalable.itest.lab.password")));

        JsonNode platform = getJson("/api/v1/audit?scope=platform&limit=50", adminToken);
        assertTrue(platform.toString(), platform.toString().contains("tenant.create"));
        assertProblem(http("GET", "/api/v1/audit?scope=platform", null, aliceToken), 403, "FORBIDDEN");
    }

    @Test
    public void step05_tenantsAreIsolatedOverRest() throws Exception {
        JsonNode bobsRouters = getJson("/api/v1/routers", bobToken);
        assertEquals(0, bobsRouters.get("total").asInt());
        assertProblem(http("GET", "/api/v1/routers/" + routerId, null, bobToken), 404, "ROUTER_NOT_FOUND");
        assertProblem(http("GET", "/api/v1/routers/r1/facts", null, bobToken), 404, "ROUTER_NOT_FOUND");
        assertProblem(http("PATCH", "/api/v1/routers/" + routerId, "{\"region\":\"stolen\"}", bobToken), 404, "ROUTER_NOT_FOUND");
        assertProblem(http("DELETE", "/api/v1/routers/" + routerId, null, bobToken), 404, "ROUTER_NOT_FOUND");
        assertEquals("lab", getJson("/api/v1/routers/" + routerId, aliceToken).get("region").asText());
        assertTrue(getJson("/api/v1/users", bobToken).toString().contains("bob"));
        assertFalse(getJson("/api/v1/users", bobToken).toString().contains("alice"));
    }

    @Test
    public void step06_tenantsAreIsolatedInTheConsoleToo() throws Exception {
        String alice = executeCommand("sxalable:login alice " + ALICE_PASSWORD + "\nsxalable:router-list\nsxalable:router-bgp r1");
        assertTrue(alice, alice.contains("r1"));
        assertTrue(alice, alice.contains("ESTABLISHED"));
        String bob = executeCommand("sxalable:login bob " + BOB_PASSWORD + "\nsxalable:router-show r1\nsxalable:router-remove r1");
        assertTrue(bob, bob.contains("Error ROUTER_NOT_FOUND"));
        String anonymous = executeCommand("sxalable:router-list");
        assertTrue(anonymous, anonymous.contains("Error UNAUTHENTICATED"));
        assertEquals("lab", getJson("/api/v1/routers/" + routerId, aliceToken).get("region").asText());
    }

    @Test
    public void step07_rolesAreEnforced() throws Exception {
        String viewer = login("victor", VIEWER_PASSWORD);
        assertEquals(200, http("GET", "/api/v1/routers", null, viewer).status());
        assertProblem(post("/api/v1/routers", Map.of("name", "r9", "region", "lab", "asn", 65009,
                "managementIp", "192.0.2.9", "driverId", "frr"), viewer), 403, "FORBIDDEN");
        assertProblem(http("GET", "/api/v1/users", null, viewer), 403, "FORBIDDEN");
        assertProblem(http("GET", "/api/v1/routers", null, null), 401, "UNAUTHENTICATED");
        assertProblem(http("GET", "/api/v1/routers", null, "not-a-token"), 401, "TOKEN_INVALID");
    }

    @Test
    public void step08_badInputGetsA4xxProblemNeverA5xx() throws Exception {
        assertField(post("/api/v1/routers", Map.of("name", "bad", "region", "lab", "asn", 65010,
                "managementIp", "300.1.1.1", "driverId", "frr"), aliceToken), "managementIp");
        assertField(post("/api/v1/routers", Map.of("name", "bad", "region", "lab", "asn", 4294967296L,
                "managementIp", "192.0.2.1", "driverId", "frr"), aliceToken), "asn");
        assertField(post("/api/v1/routers", Map.of("name", "bad name", "region", "lab", "asn", 1,
                "managementIp", "192.0.2.1", "driverId", "frr"), aliceToken), "name");
        assertProblem(http("POST", "/api/v1/routers", "{\"name\":\"x\",\"color\":\"red\"}", aliceToken), 400, "VALIDATION_FAILED");
        assertProblem(http("POST", "/api/v1/routers", "{\"name\":", aliceToken), 400, "MALFORMED_JSON");
        assertProblem(http("POST", "/api/v1/routers", "{\"asn\":\"sixty\"}", aliceToken), 400, null);
        assertProblem(http("POST", "/api/v1/routers", "text/plain", "name=x".getBytes(StandardCharsets.UTF_8),
                aliceToken, Map.of()), 415, "UNSUPPORTED_MEDIA_TYPE");
        assertProblem(http("POST", "/api/v1/routers", "application/json", new byte[2 * 1024 * 1024],
                aliceToken, Map.of()), 413, "PAYLOAD_TOO_LARGE");
        assertProblem(http("GET", "/api/v1/routers?limit=abc", null, aliceToken), 400, "VALIDATION_FAILED");
        assertProblem(http("GET", "/api/v1/routers?sort=password", null, aliceToken), 400, "VALIDATION_FAILED");
        assertProblem(http("GET", "/api/v1/routers/does-not-exist", null, aliceToken), 404, "ROUTER_NOT_FOUND");
        assertProblem(post("/api/v1/routers", Map.of("name", "r2", "region", "lab", "asn", 65002,
                "managementIp", "192.0.2.2", "driverId", "arista-eos"), aliceToken), 409, "DRIVER_NOT_INSTALLED");
        assertProblem(post("/api/v1/routers", Map.of("name", "r1", "region", "lab", "asn", 65001,
                "managementIp", "192.0.2.1", "driverId", "frr"), aliceToken), 409, "CONFLICT");
    }

    @Test
    public void step09_theFrrDriverHotSwapsWithoutRestart() throws Exception {
        featuresService.uninstallFeature("sxalable-driver-frr", EnumSet.noneOf(org.apache.karaf.features.FeaturesService.Option.class));
        waitForDriver(false);
        assertProblem(http("GET", "/api/v1/routers/r1/facts", null, aliceToken), 409, "DRIVER_NOT_INSTALLED");
        assertEquals(200, http("GET", "/api/v1/routers/r1", null, aliceToken).status());

        featuresService.installFeature("sxalable-driver-frr", EnumSet.noneOf(org.apache.karaf.features.FeaturesService.Option.class));
        waitForDriver(true);
        assertEquals("r1", getJson("/api/v1/routers/r1/facts", aliceToken).get("hostname").asText());
    }

    @Test
    public void step10_mutationsArePublishedOnJetStreamOnceNatsIsConfigured() throws Exception {
        String suffix = Long.toHexString(System.nanoTime());
        String stream = "SXL_ITEST_" + suffix.toUpperCase(java.util.Locale.ROOT);
        String prefix = "sxlitest" + suffix;
        org.osgi.framework.ServiceReference<org.osgi.service.cm.ConfigurationAdmin> ref =
                bundleContext.getServiceReference(org.osgi.service.cm.ConfigurationAdmin.class);
        org.osgi.service.cm.Configuration config = bundleContext.getService(ref)
                .getConfiguration("io.sxalable.events.nats", null);
        java.util.Hashtable<String, Object> props = new java.util.Hashtable<>();
        props.put("servers", "nats://127.0.0.1:4222");
        props.put("stream", stream);
        props.put("subjectPrefix", prefix);
        config.update(props);
        try (io.nats.client.Connection nats = io.nats.client.Nats.connect("nats://127.0.0.1:4222")) {
            waitFor("nats health UP", Duration.ofSeconds(30),
                    () -> http("GET", "/health", null, null).body().contains("\"nats\":{\"status\":\"UP\""));
            HttpResult created = post("/api/v1/routers", Map.of("name", "r-events", "region", "lab", "asn", 65020,
                    "managementIp", "192.0.2.20", "driverId", "frr"), aliceToken);
            assertEquals(created.toString(), 201, created.status());
            assertEquals(204, http("DELETE", "/api/v1/routers/r-events", null, aliceToken).status());

            io.nats.client.JetStreamSubscription sub = nats.jetStream().subscribe(prefix + ".>",
                    io.nats.client.PullSubscribeOptions.builder().stream(stream).build());
            List<String> seen = new ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
            while (seen.size() < 2 && System.nanoTime() < deadline) {
                for (io.nats.client.Message m : sub.fetch(10, Duration.ofSeconds(1))) {
                    JsonNode event = JSON.readTree(m.getData());
                    seen.add(m.getSubject() + " " + event.get("type").asText() + " " + event.get("actor").asText()
                            + " " + event.get("data").get("name").asText());
                    m.ack();
                }
            }
            assertEquals(List.of(prefix + ".acme.router.created router.created alice r-events",
                    prefix + ".acme.router.deleted router.deleted alice r-events"), seen);
            nats.jetStreamManagement().deleteStream(stream);
        } finally {
            config.delete();
        }
    }

    @Test
    public void step11_aDriverJarDroppedIntoDeployIsUsableWithoutRestart() throws Exception {
        var noOptions = EnumSet.noneOf(org.apache.karaf.features.FeaturesService.Option.class);
        featuresService.uninstallFeature("sxalable-driver-frr", noOptions);
        waitForDriver(false);
        Path home = Path.of(System.getProperty("karaf.home"));
        Path jar;
        try (var files = Files.walk(home.resolve("system/io/sxalable/sxalable-driver-frr"))) {
            jar = files.filter(f -> f.toString().endsWith(".jar")).findFirst()
                    .orElseThrow(() -> new AssertionError("no sxalable-driver-frr jar in the distribution's system/"));
        }
        Path deployed = home.resolve("deploy/sxalable-driver-frr.jar");
        try {
            Files.copy(jar, deployed);
            waitForDriver(true);
            assertEquals("r1", getJson("/api/v1/routers/r1/facts", aliceToken).get("hostname").asText());

            Files.delete(deployed);
            waitForDriver(false);
            assertProblem(http("GET", "/api/v1/routers/r1/facts", null, aliceToken), 409, "DRIVER_NOT_INSTALLED");

            Files.copy(jar, deployed);
            waitForDriver(true);
            assertEquals("r1", getJson("/api/v1/routers/r1/facts", aliceToken).get("hostname").asText());
        } finally {
            Files.deleteIfExists(deployed);
            waitForDriver(false);
            featuresService.installFeature("sxalable-driver-frr", noOptions);
            waitForDriver(true);
        }
    }

    private void waitForDriver(boolean installed) {
        waitFor("frr " + (installed ? "listed" : "gone") + " in /api/v1/drivers", Duration.ofSeconds(30),
                () -> http("GET", "/api/v1/drivers", null, aliceToken).body().contains("\"frr\"") == installed);
    }

    // ------------------------------------------------------------------------------------------------ helpers

    private static void assertField(HttpResult r, String field) {
        assertProblem(r, 400, "VALIDATION_FAILED");
        assertTrue(r + " names " + field, r.body().contains("\"" + field + "\""));
    }
}

package io.sxalable.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.Test;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;

/**
 * One operator, one API, a mixed network: a Cisco IOS-XE, a Junos and a RouterOS device (simulators speaking SSH CLI,
 * NETCONF and the RouterOS API on loopback) are added through REST and read live through their drivers, which the
 * appliance installs as boot features. The FRR driver against real routers is covered by {@link ApplianceTourIT}.
 */
public class MultiVendorIT extends SxalableKarafTestSupport {

    private static final List<String> DRIVERS = List.of("cisco-ios", "junos", "routeros");

    @Configuration
    @Override
    public Option[] configuration() {
        List<Option> options = new ArrayList<>(List.of(super.configuration()));
        SimulatorsForTests.start().forEach((key, value) -> options.add(systemProperty(key).value(value)));
        return options.toArray(new Option[0]);
    }

    @Test
    public void everyVendorIsReadLiveThroughTheSameApi() throws Exception {
        String token = bootstrapAdmin("admin", "platform-admin-password-1");
        JsonNode drivers = getJson("/api/v1/drivers", token);
        for (String driver : DRIVERS) {
            assertTrue(driver + " installed: " + drivers, drivers.toString().contains("\"id\":\"" + driver + "\""));
        }

        for (String driver : DRIVERS) {
            String prefix = "sxalable.itest.sim." + driver + ".";
            HttpResult credential = post("/api/v1/credentials", Map.of("name", driver + "-login",
                    "username", System.getProperty(prefix + "user"), "password", System.getProperty(prefix + "password")), token);
            assertEquals(credential.toString(), 201, credential.status());
            String name = driver + "-1";
            HttpResult router = post("/api/v1/routers", Map.of("name", name, "region", "lab", "asn", 65100,
                    "managementIp", "127.0.0.1", "managementPort", Integer.parseInt(System.getProperty(prefix + "port")),
                    "driverId", driver, "credentialId", JSON.readTree(credential.body()).get("id").asText()), token);
            assertEquals(router.toString(), 201, router.status());

            JsonNode facts = getJson("/api/v1/routers/" + name + "/facts", token);
            assertEquals(driver + " facts " + facts, System.getProperty(prefix + "hostname"), facts.get("hostname").asText());
            assertFalse(driver + " facts " + facts, facts.get("osVersion").asText().isBlank());

            JsonNode interfaces = getJson("/api/v1/routers/" + name + "/interfaces", token);
            assertTrue(driver + " interfaces " + interfaces, interfaces.size() > 0);
            JsonNode neighbors = getJson("/api/v1/routers/" + name + "/bgp-neighbors", token);
            assertTrue(driver + " bgp " + neighbors, neighbors.isArray());
            String config = getJson("/api/v1/routers/" + name + "/config", token).get("config").asText();
            assertFalse(driver + " config", config.isBlank());
            assertEquals("ONLINE", getJson("/api/v1/routers/" + name, token).get("status").asText());
        }
    }
}

package io.sxalable.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.util.ArrayList;
import java.util.List;

import org.apache.karaf.features.Feature;
import org.junit.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Smoke test of the built appliance: it boots, everything resolves and starts, and it answers HTTP. */
public class DistributionBootIT extends SxalableKarafTestSupport {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    public void everyBundleIsActiveOrAResolvedFragment() {
        // bundles settle right after boot; give late starters a moment before judging
        List<String> problems = new ArrayList<>();
        try {
            waitFor("all bundles active", DEFAULT_WAIT, () -> notActive().isEmpty());
        } catch (AssertionError timeout) {
            for (Bundle bundle : notActive()) {
                problems.add(bundle.getBundleId() + " " + bundle.getSymbolicName() + "/" + bundle.getVersion()
                        + " is " + state(bundle.getState()) + ":\n" + diag(bundle));
            }
        }
        if (!problems.isEmpty()) {
            fail("bundles not active:\n" + String.join("\n", problems));
        }
        System.out.println("bundles: " + bundleContext.getBundles().length + ", all active or resolved fragments");
    }

    @Test
    public void sxalableFeaturesAreInstalled() throws Exception {
        for (String name : List.of("sxalable-platform", "sxalable-core", "sxalable-driver-frr")) {
            Feature feature = featuresService.getFeature(name);
            assertTrue("feature " + name + " is unknown", feature != null);
            assertTrue("feature " + name + " is not installed", featuresService.isInstalled(feature));
        }
        assertTrue(executeCommand("feature:list -i").contains("sxalable-core"));
    }

    @Test
    public void healthAnswersJson() throws Exception {
        long start = System.nanoTime();
        HttpResult health = waitForHttp200("/health");
        System.out.printf("/health answered 200 %d ms after the first probe: %s%n",
                (System.nanoTime() - start) / 1_000_000, health.body());
        assertTrue(health.contentType(), health.contentType().startsWith("application/json"));
        JsonNode body = json.readTree(health.body());
        assertTrue(body.toString(), body.path("status").isTextual());
        assertTrue(body.toString(), body.path("components").isObject());
        assertTrue("X-Request-Id echoed", health.header("X-Request-Id").isPresent());

        HttpResult ready = http("GET", "/ready", null, null);
        assertTrue(ready.toString(), ready.status() == 200 || ready.status() == 503);
        HttpResult alive = http("GET", "/alive", null, null);
        assertEquals(alive.toString(), 200, alive.status());
        assertEquals("UP", json.readTree(alive.body()).path("status").asText());
    }

    @Test
    public void openApiDocumentIsServed() throws Exception {
        HttpResult doc = waitForHttp200("/api/v1/openapi.json");
        JsonNode body = json.readTree(doc.body());
        assertTrue(body.path("openapi").asText().startsWith("3."));
        assertTrue(body.path("paths").has("/health"));
    }

    private List<Bundle> notActive() {
        List<Bundle> result = new ArrayList<>();
        for (Bundle bundle : bundleContext.getBundles()) {
            boolean fragment = bundle.getHeaders().get(Constants.FRAGMENT_HOST) != null;
            boolean ok = fragment ? bundle.getState() == Bundle.RESOLVED : bundle.getState() == Bundle.ACTIVE;
            if (!ok) {
                result.add(bundle);
            }
        }
        return result;
    }

    private String diag(Bundle bundle) {
        try {
            return executeCommand("bundle:diag " + bundle.getBundleId());
        } catch (RuntimeException e) {
            return "  (bundle:diag failed: " + e.getMessage() + ")";
        }
    }

    private static String state(int state) {
        switch (state) {
            case Bundle.INSTALLED:
                return "INSTALLED";
            case Bundle.RESOLVED:
                return "RESOLVED";
            case Bundle.STARTING:
                return "STARTING";
            case Bundle.STOPPING:
                return "STOPPING";
            case Bundle.ACTIVE:
                return "ACTIVE";
            default:
                return "UNINSTALLED";
        }
    }
}

package io.sxalable.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.Map;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.osgi.framework.ServiceRegistration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Live error behaviour of the REST layer: every client mistake is a 4xx application/problem+json with a stable code
 * and the request id, never a 5xx; an unexpected failure is a 500 that tells nothing about its cause.
 *
 * <p>Body errors go to {@link EchoResource}, registered here in the root application. (The /api/v1 application
 * gets the same extensions; its resources require a bearer token once identity is installed.)
 */
public class RestErrorsIT extends SxalableKarafTestSupport {

    private static final String ECHO = "/itest/echo";
    private static final String VALID = "{\"text\":\"hi\",\"count\":2,\"at\":\"2026-11-25T07:53:35Z\"}";

    private final ObjectMapper json = new ObjectMapper();
    private ServiceRegistration<EchoResource> echo;

    @Before
    public void registerEcho() {
        Dictionary<String, Object> props = new Hashtable<>();
        props.put("osgi.jaxrs.resource", Boolean.TRUE);
        props.put("osgi.jaxrs.name", "sxalable.itest.echo");
        props.put("osgi.jaxrs.application.select", "(osgi.jaxrs.name=.default)");
        props.put("osgi.jaxrs.extension.select", "(osgi.jaxrs.name=sxalable.json)");
        echo = bundleContext.registerService(EchoResource.class, new EchoResource(), props);
        waitFor("the echo resource to be published", DEFAULT_WAIT,
                () -> http("POST", ECHO, VALID, null).status() == 200);
    }

    @After
    public void unregisterEcho() {
        if (echo != null) {
            echo.unregister();
        }
    }

    @Test
    public void validBodyRoundTripsWithIsoDates() throws Exception {
        HttpResult result = http("POST", ECHO, VALID, null);
        assertEquals(result.toString(), 200, result.status());
        assertEquals(json.readTree(VALID), json.readTree(result.body()));
    }

    @Test
    public void malformedJsonIs400() throws Exception {
        JsonNode problem = assertProblem(http("POST", ECHO, "{\"text\": \"hi\"", null), 400, "MALFORMED_JSON");
        assertEquals(ECHO, problem.path("instance").asText());
    }

    @Test
    public void emptyBodyIs400() throws Exception {
        assertProblem(http("POST", ECHO, "", null), 400, "MALFORMED_JSON");
    }

    @Test
    public void unknownFieldIs400NamingTheField() throws Exception {
        JsonNode problem = assertProblem(http("POST", ECHO, "{\"text\":\"hi\",\"colour\":\"red\"}", null),
                400, "VALIDATION_FAILED");
        assertEquals(problem.toString(), "colour", problem.path("errors").path(0).path("field").asText());
    }

    @Test
    public void wrongTypeIs400NamingTheField() throws Exception {
        JsonNode problem = assertProblem(http("POST", ECHO, "{\"count\":\"many\"}", null), 400, "VALIDATION_FAILED");
        assertEquals(problem.toString(), "count", problem.path("errors").path(0).path("field").asText());
    }

    @Test
    public void wrongContentTypeIs415() throws Exception {
        HttpResult result = http("POST", ECHO, "text/plain", VALID.getBytes(StandardCharsets.UTF_8), null, Map.of());
        assertProblem(result, 415, "UNSUPPORTED_MEDIA_TYPE");
    }

    @Test
    public void bodyOverTheLimitIs413() throws Exception {
        assertProblem(http("POST", ECHO, "application/json", oversizedJson(), null, Map.of()), 413, "PAYLOAD_TOO_LARGE");
    }

    @Test
    public void chunkedBodyOverTheLimitIs413() throws Exception {
        byte[] body = oversizedJson();
        HttpRequest request = HttpRequest.newBuilder(uri(ECHO))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                // no Content-Length: the limit is enforced while reading
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
                .build();
        assertProblem(send(request), 413, "PAYLOAD_TOO_LARGE");
    }

    @Test
    public void unknownPathIs404() throws Exception {
        assertProblem(http("GET", "/api/v1/no-such-thing", null, null), 404, "NOT_FOUND");
        assertProblem(http("GET", "/no-such-thing", null, null), 404, "NOT_FOUND");
    }

    @Test
    public void wrongMethodIs405WithAllow() throws Exception {
        HttpResult root = http("DELETE", ECHO, null, null);
        assertProblem(root, 405, "METHOD_NOT_ALLOWED");
        assertTrue(root.toString(), root.header("Allow").orElse("").contains("POST"));
        assertProblem(http("DELETE", "/api/v1/openapi.json", null, null), 405, "METHOD_NOT_ALLOWED");
    }

    @Test
    public void unexpectedFailureIs500WithoutDetails() throws Exception {
        HttpResult result = http("GET", "/itest/boom", null, null);
        assertProblem(result, 500, "INTERNAL_ERROR");
        assertFalse(result.body(), result.body().contains("secret"));
        assertFalse(result.body(), result.body().contains("IllegalState"));
        assertFalse(result.body(), result.body().contains("\tat "));
        assertFalse(result.body(), result.body().contains("io.sxalable"));
    }

    @Test
    public void clientRequestIdIsKeptAndEchoed() throws Exception {
        HttpResult result = http("POST", ECHO, "application/json", "{".getBytes(StandardCharsets.UTF_8), null,
                Map.of("X-Request-Id", "itest-42"));
        JsonNode problem = assertProblem(result, 400, "MALFORMED_JSON");
        assertEquals("itest-42", problem.path("requestId").asText());
        HttpResult ok = http("GET", "/alive", null, null);
        assertTrue("a request id is generated when none is sent", ok.header("X-Request-Id").isPresent());
    }

    /** A syntactically valid JSON object just over the default 1 MiB limit. */
    private static byte[] oversizedJson() {
        char[] filler = new char[1024 * 1024];
        Arrays.fill(filler, 'x');
        return ("{\"text\":\"" + new String(filler) + "\"}").getBytes(StandardCharsets.UTF_8);
    }
}

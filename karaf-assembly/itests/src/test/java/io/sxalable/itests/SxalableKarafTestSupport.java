package io.sxalable.itests;

import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.CoreOptions.vmOption;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.configureConsole;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.karafDistributionConfiguration;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.keepRuntimeFolder;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.logLevel;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.PrivilegedExceptionAction;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

import javax.inject.Inject;
import javax.security.auth.Subject;

import org.apache.karaf.features.BootFinished;
import org.apache.karaf.features.FeaturesService;
import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.karaf.options.LogLevelOption.LogLevel;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.ops4j.pax.exam.util.Filter;
import org.osgi.framework.BundleContext;

/**
 * Base class of the integration tests: boots the built Sxalable distribution (one container per test class)
 * and offers HTTP, Karaf shell and bounded waiting helpers. Test methods run inside the container.
 *
 * <p>Inputs (system properties set by failsafe, see itests/pom.xml): {@code sxalable.distribution} (the tar.gz
 * built by ../distribution), {@code org.ops4j.pax.url.mvn.localRepository}, {@code karaf.version}. Set
 * {@code -Dsxalable.itest.keep=true} to keep the unpacked container under target/exam for inspection.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public abstract class SxalableKarafTestSupport {

    /** System property (inside the container) carrying the HTTP port chosen for this run. */
    public static final String HTTP_PORT_PROPERTY = "sxalable.itest.http.port";

    protected static final Duration DEFAULT_WAIT = Duration.ofSeconds(60);

    /** Ports are chosen once per test JVM, so every configuration() call of the suite agrees. */
    private static final class Ports {
        static final int HTTP = freePort();
        static final int SSH = freePort();
        static final int RMI_REGISTRY = freePort();
        static final int RMI_SERVER = freePort();
    }

    @Inject
    protected BundleContext bundleContext;

    @Inject
    @Filter(timeout = 120_000)
    protected BootFinished bootFinished;

    @Inject
    protected FeaturesService featuresService;

    @Inject
    protected SessionFactory sessionFactory;

    private final HttpClient httpClient = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1)
            .build();

    @Configuration
    public Option[] configuration() {
        String distribution = requiredProperty("sxalable.distribution");
        File tarGz = new File(distribution);
        if (!tarGz.isFile()) {
            throw new IllegalStateException("distribution not built: " + tarGz
                    + " (run mvn install -pl karaf-assembly/distribution -am first)");
        }
        String localRepository = System.getProperty("org.ops4j.pax.url.mvn.localRepository",
                System.getProperty("user.home") + "/.m2/repository");
        List<Option> options = new ArrayList<>(List.of(
                karafDistributionConfiguration()
                        .frameworkUrl(tarGz.toURI().toString())
                        .karafVersion(System.getProperty("karaf.version", "4.4.10"))
                        .name("Sxalable")
                        .unpackDirectory(new File("target/exam"))
                        .useDeployFolder(false),
                configureConsole().ignoreLocalConsole(),
                logLevel(LogLevel.INFO),
                // JDK 17.0.8+ rejects a jar nested in the Aries JAX-RS API bundle without this
                vmOption("-Djdk.util.zip.disableZip64ExtraFieldValidation=true"),
                vmOption("-Xmx512m"),
                editConfigurationFilePut("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port",
                        String.valueOf(Ports.HTTP)),
                editConfigurationFilePut("etc/org.apache.karaf.shell.cfg", "sshPort", String.valueOf(Ports.SSH)),
                editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiRegistryPort",
                        String.valueOf(Ports.RMI_REGISTRY)),
                editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiServerPort",
                        String.valueOf(Ports.RMI_SERVER)),
                editConfigurationFilePut("etc/org.ops4j.pax.url.mvn.cfg", "org.ops4j.pax.url.mvn.localRepository",
                        localRepository),
                systemProperty("org.ops4j.pax.url.mvn.localRepository").value(localRepository),
                systemProperty(HTTP_PORT_PROPERTY).value(String.valueOf(Ports.HTTP)),
                // service injection waits (BootFinished etc.)
                systemProperty("org.ops4j.pax.exam.service.timeout").value("120000")));
        if (Boolean.getBoolean("sxalable.itest.keep")) {
            options.add(keepRuntimeFolder());
        }
        return options.toArray(new Option[0]);
    }

    // ------------------------------------------------------------------------------------------------ HTTP

    /** An HTTP answer: status, headers (lower-case names), body as text. */
    public record HttpResult(int status, Map<String, List<String>> headers, String body) {

        public Optional<String> header(String name) {
            return headers.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(name))
                    .flatMap(e -> e.getValue().stream())
                    .findFirst();
        }

        public String contentType() {
            return header("Content-Type").orElse("");
        }

        @Override
        public String toString() {
            return status + " " + contentType() + " " + body;
        }
    }

    protected int httpPort() {
        return Integer.parseInt(requiredProperty(HTTP_PORT_PROPERTY));
    }

    protected URI uri(String path) {
        return URI.create("http://localhost:" + httpPort() + (path.startsWith("/") ? path : "/" + path));
    }

    /**
     * Sends one request. {@code jsonBody} (may be null) is sent as {@code application/json}; {@code bearerToken}
     * (may be null) as {@code Authorization: Bearer}. Times out after 30 s.
     */
    protected HttpResult http(String method, String path, String jsonBody, String bearerToken) {
        return http(method, path, jsonBody == null ? null : "application/json",
                jsonBody == null ? null : jsonBody.getBytes(StandardCharsets.UTF_8), bearerToken, Map.of());
    }

    /** The general form: any content type, raw body bytes, extra headers. */
    protected HttpResult http(String method, String path, String contentType, byte[] body, String bearerToken,
                              Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json, application/problem+json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (bearerToken != null) {
            request.header("Authorization", "Bearer " + bearerToken);
        }
        headers.forEach(request::header);
        return send(request.build());
    }

    protected HttpResult send(HttpRequest request) {
        try {
            HttpResponse<String> response = httpClient.send(request, HttpResponse.BodyHandlers.ofString());
            return new HttpResult(response.statusCode(), response.headers().map(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(request.method() + " " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    // ------------------------------------------------------------------------------------------------ REST flows

    protected static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    /** Creates the first platform administrator with the one-time token from the data directory; returns a token. */
    protected String bootstrapAdmin(String username, String password) throws Exception {
        waitForHttp200("/ready", Duration.ofSeconds(120));
        java.nio.file.Path tokenFile = java.nio.file.Path.of(System.getProperty("karaf.data"), "sxalable-bootstrap.token");
        String token = java.nio.file.Files.readString(tokenFile, StandardCharsets.UTF_8).trim();
        HttpResult created = post("/api/v1/bootstrap", Map.of("token", token, "username", username,
                "password", password), null);
        org.junit.Assert.assertEquals(created.toString(), 201, created.status());
        return login(username, password);
    }

    protected String login(String username, String password) throws Exception {
        HttpResult r = post("/api/v1/auth/login", Map.of("username", username, "password", password), null);
        org.junit.Assert.assertEquals(r.toString(), 200, r.status());
        return JSON.readTree(r.body()).get("accessToken").asText();
    }

    protected HttpResult post(String path, Object body, String token) {
        try {
            return http("POST", path, JSON.writeValueAsString(body), token);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    protected com.fasterxml.jackson.databind.JsonNode getJson(String path, String token) throws Exception {
        HttpResult r = http("GET", path, null, token);
        org.junit.Assert.assertEquals(path + " → " + r, 200, r.status());
        return JSON.readTree(r.body());
    }

    /**
     * Asserts an RFC 7807 answer: the status, {@code application/problem+json}, the stable {@code code} (unless
     * null), and the fields every problem carries, with the request id equal in header and body.
     */
    protected static com.fasterxml.jackson.databind.JsonNode assertProblem(HttpResult r, int status, String code) {
        org.junit.Assert.assertEquals(r.toString(), status, r.status());
        org.junit.Assert.assertTrue(r.toString(), r.contentType().startsWith("application/problem+json"));
        com.fasterxml.jackson.databind.JsonNode problem;
        try {
            problem = JSON.readTree(r.body());
        } catch (java.io.IOException e) {
            throw new AssertionError("problem body is not JSON: " + r, e);
        }
        if (code != null) {
            org.junit.Assert.assertEquals(r.toString(), code, problem.path("code").asText());
        }
        org.junit.Assert.assertEquals(r.toString(), status, problem.path("status").asInt());
        org.junit.Assert.assertTrue(r.toString(), problem.path("type").asText().startsWith("urn:sxalable:problem:"));
        org.junit.Assert.assertTrue(r.toString(), problem.path("title").isTextual());
        String requestId = problem.path("requestId").asText();
        org.junit.Assert.assertFalse("requestId in body: " + r, requestId.isEmpty());
        org.junit.Assert.assertEquals("requestId in header and body", requestId, r.header("X-Request-Id").orElse(""));
        return problem;
    }

    // ------------------------------------------------------------------------------------------------ shell

    /** Runs a Karaf shell command in-process as an admin and returns what it printed (30 s at most). */
    protected String executeCommand(String command) {
        return executeCommand(command, Duration.ofSeconds(30));
    }

    protected String executeCommand(String command, Duration timeout) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream printStream = new PrintStream(out, true, StandardCharsets.UTF_8);
        Session session = sessionFactory.create(new ByteArrayInputStream(new byte[0]), printStream, printStream);
        Subject admin = new Subject();
        admin.getPrincipals().add(new UserPrincipal("itest"));
        for (String role : List.of("admin", "manager", "viewer", "systembundles")) {
            admin.getPrincipals().add(new RolePrincipal(role));
        }
        ExecutorService executor = Executors.newSingleThreadExecutor();
        try {
            Future<Object> result = executor.submit(() -> Subject.doAs(admin,
                    (PrivilegedExceptionAction<Object>) () -> session.execute(command)));
            Object value = result.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            printStream.flush();
            String printed = out.toString(StandardCharsets.UTF_8);
            return value == null ? printed : printed + value;
        } catch (TimeoutException e) {
            throw new IllegalStateException("'" + command + "' did not finish within " + timeout, e);
        } catch (Exception e) {
            throw new IllegalStateException("'" + command + "' failed: " + out.toString(StandardCharsets.UTF_8), e);
        } finally {
            executor.shutdownNow();
            session.close();
        }
    }

    // ------------------------------------------------------------------------------------------------ waiting

    /** Waits until the condition holds, polling every 200 ms; fails with the description after the timeout. */
    protected void waitFor(String description, Duration timeout, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        RuntimeException last = null;
        while (System.nanoTime() < deadline) {
            try {
                if (condition.getAsBoolean()) {
                    return;
                }
            } catch (RuntimeException e) {
                last = e;
            }
            sleep(200);
        }
        AssertionError error = new AssertionError("timed out after " + timeout.toSeconds() + " s waiting for "
                + description);
        if (last != null) {
            error.initCause(last);
        }
        throw error;
    }

    /** Waits until GET path answers 200 and returns that answer. */
    protected HttpResult waitForHttp200(String path, Duration timeout) {
        HttpResult[] last = new HttpResult[1];
        try {
            waitFor("GET " + path + " to answer 200", timeout, () -> {
                last[0] = http("GET", path, null, null);
                return last[0].status() == 200;
            });
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "; last answer: " + last[0], e.getCause());
        }
        return last[0];
    }

    protected HttpResult waitForHttp200(String path) {
        return waitForHttp200(path, DEFAULT_WAIT);
    }

    // ------------------------------------------------------------------------------------------------ util

    protected static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static String requiredProperty(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("system property " + name + " is not set");
        }
        return value;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

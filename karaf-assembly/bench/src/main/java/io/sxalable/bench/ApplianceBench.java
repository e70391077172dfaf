package io.sxalable.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;

/**
 * Boots the built appliance from its tarball (embedded PostgreSQL, no external server), measures the time from
 * process start to {@code GET /ready} answering 200, then drives the inventory API at a fixed concurrency and
 * prints throughput and latency percentiles. Every loop is bounded in requests and time; traffic stays on loopback.
 *
 * <p>Usage: {@code ApplianceBench <sxalable-*.tar.gz> [concurrency=16] [seconds=20] [routers=500]}
 */
public final class ApplianceBench {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long MAX_REQUESTS_PER_PHASE = 2_000_000;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private String bearer;

    private ApplianceBench(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: ApplianceBench <sxalable-*.tar.gz> [concurrency] [seconds] [routers]");
            System.exit(2);
        }
        Path tarball = Path.of(args[0]);
        int concurrency = args.length > 1 ? Integer.parseInt(args[1]) : 16;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        int routers = args.length > 3 ? Integer.parseInt(args[3]) : 500;
        if (!Files.isRegularFile(tarball)) {
            System.err.println("no distribution at " + tarball + ": build it first with mvn install -DskipTests");
            System.exit(2);
        }

        Path work = Files.createTempDirectory("sxalable-bench");
        run(work, "tar", "-xzf", tarball.toString(), "-C", work.toString());
        Path home;
        try (var dirs = Files.list(work)) {
            home = dirs.filter(Files::isDirectory).findFirst().orElseThrow();
        }
        int httpPort = freePort();
        setPorts(home, httpPort, freePort(), freePort(), freePort());

        ApplianceBench bench = new ApplianceBench(httpPort);
        long start = System.nanoTime();
        Process karaf = new ProcessBuilder(home.resolve("bin/karaf").toString(), "server")
                .directory(home.toFile()).redirectErrorStream(true)
                .redirectOutput(home.resolve("bench-karaf.out").toFile()).start();
        try {
            long readyMs = bench.waitReady(start, Duration.ofMinutes(3));
            System.out.printf("boot-to-ready: %d ms (process start to GET /ready = 200, embedded PostgreSQL)%n", readyMs);
            System.out.printf("rss after boot: %d MiB%n", rssMiB(karaf.pid()));

            bench.bootstrapAndLogin(home);
            String credentialId = bench.post("/api/v1/credentials",
                    Map.of("name", "bench", "username", "bench", "password", "bench-password-not-used")).get("id").asText();
            List<String> ids = new ArrayList<>();
            long t0 = System.nanoTime();
            for (int i = 0; i < routers; i++) {
                ids.add(bench.post("/api/v1/routers", Map.of("name", "bench-" + i, "region", "region-" + (i % 8),
                        "asn", 64512 + i, "managementIp", "192.0.2." + (1 + i % 250), "driverId", "frr",
                        "credentialId", credentialId, "tags", List.of("bench", "rack-" + (i % 20)))).get("id").asText());
            }
            System.out.printf("created %d routers sequentially in %d ms%n", routers, (System.nanoTime() - t0) / 1_000_000);

            bench.phase("GET /api/v1/routers?limit=50 (filtered, sorted page)", concurrency, seconds,
                    i -> "/api/v1/routers?limit=50&sort=-createdAt&region=region-" + (i % 8)
                            + "&offset=" + ThreadLocalRandom.current().nextInt(0, Math.max(1, routers / 8 - 50)));
            bench.phase("GET /api/v1/routers/{id}", concurrency, seconds,
                    i -> "/api/v1/routers/" + ids.get(ThreadLocalRandom.current().nextInt(ids.size())));
            System.out.printf("rss after load: %d MiB%n", rssMiB(karaf.pid()));
        } finally {
            stop(karaf);
            run(work, "rm", "-rf", work.toString());
        }
    }

    /** Stops Karaf and its embedded PostgreSQL, and waits until every one of those processes is gone. */
    private static void stop(Process karaf) throws InterruptedException {
        List<ProcessHandle> all = new ArrayList<>(karaf.descendants().toList());
        all.add(karaf.toHandle());
        all.forEach(ProcessHandle::destroy);
        for (ProcessHandle p : all) {
            try {
                p.onExit().get(30, TimeUnit.SECONDS);
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                p.destroyForcibly();
            }
        }
    }

    private long waitReady(long startNanos, Duration limit) throws InterruptedException {
        long deadline = startNanos + limit.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/ready"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return (System.nanoTime() - startNanos) / 1_000_000;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("appliance not ready within " + limit);
    }

    private void bootstrapAndLogin(Path home) throws Exception {
        Path tokenFile = home.resolve("data/sxalable-bootstrap.token");
        for (int i = 0; i < 100 && !Files.exists(tokenFile); i++) {
            Thread.sleep(100);
        }
        String token = Files.readString(tokenFile).trim();
        String password = "bench-admin-password-1";
        post("/api/v1/bootstrap", Map.of("token", token, "username", "bench-admin", "password", password));
        JsonNode login = post("/api/v1/auth/login", Map.of("username", "bench-admin", "password", password));
        bearer = login.get("accessToken").asText();
        // Access tokens are short-lived; an API token keeps the load phases independent of their TTL.
        bearer = post("/api/v1/tokens", Map.of("name", "bench")).get("secret").asText();
    }

    private JsonNode post(String path, Object body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        if (bearer != null) {
            b.header("Authorization", "Bearer " + bearer);
        }
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() / 100 != 2) {
            throw new IllegalStateException("POST " + path + " answered " + r.statusCode() + ": " + r.body());
        }
        return r.body().isEmpty() ? JSON.nullNode() : JSON.readTree(r.body());
    }

    private void phase(String name, int concurrency, int seconds, IntFunction<String> paths) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        AtomicLong issued = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        List<Future<long[]>> workers = new ArrayList<>();
        long t0 = System.nanoTime();
        for (int w = 0; w < concurrency; w++) {
            workers.add(pool.submit(() -> {
                long[] samples = new long[1 << 16];
                int n = 0;
                long i;
                while (System.nanoTime() < deadline && (i = issued.incrementAndGet()) <= MAX_REQUESTS_PER_PHASE) {
                    HttpRequest req = HttpRequest.newBuilder(URI.create(base + paths.apply((int) i)))
                            .timeout(Duration.ofSeconds(10)).header("Authorization", "Bearer " + bearer).build();
                    long s = System.nanoTime();
                    try {
                        HttpResponse<byte[]> r = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
                        if (r.statusCode() != 200) {
                            errors.incrementAndGet();
                        }
                    } catch (IOException e) {
                        errors.incrementAndGet();
                    }
                    if (n == samples.length) {
                        samples = Arrays.copyOf(samples, n * 2);
                    }
                    samples[n++] = System.nanoTime() - s;
                }
                return Arrays.copyOf(samples, n);
            }));
        }
        List<long[]> parts = new ArrayList<>();
        for (Future<long[]> f : workers) {
            parts.add(f.get());
        }
        pool.shutdown();
        double elapsed = (System.nanoTime() - t0) / 1e9;
        long[] all = parts.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        System.out.printf("%s: concurrency %d, %d requests in %.1f s = %.0f req/s, p50 %.2f ms, p99 %.2f ms, max %.2f ms, errors %d%n",
                name, concurrency, all.length, elapsed, all.length / elapsed, pct(all, 50), pct(all, 99),
                all.length == 0 ? 0 : all[all.length - 1] / 1e6, errors.get());
    }

    private static double pct(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int idx = (int) Math.min(sorted.length - 1, Math.ceil(p / 100.0 * sorted.length) - 1);
        return sorted[Math.max(0, idx)] / 1e6;
    }

    private static long rssMiB(long pid) throws IOException {
        long kib = 0;
        for (ProcessHandle h : (Iterable<ProcessHandle>) () -> ProcessHandle.of(pid)
                .map(p -> java.util.stream.Stream.concat(java.util.stream.Stream.of(p), p.descendants()))
                .orElseGet(java.util.stream.Stream::empty).iterator()) {
            Path status = Path.of("/proc", String.valueOf(h.pid()), "status");
            if (Files.exists(status)) {
                for (String line : Files.readAllLines(status, StandardCharsets.UTF_8)) {
                    if (line.startsWith("VmRSS:")) {
                        kib += Long.parseLong(line.replaceAll("\\D", ""));
                    }
                }
            }
        }
        return kib / 1024;
    }

    /** Moves every listening port of the distribution to free ones, so the bench never collides with a running appliance. */
    private static void setPorts(Path home, int http, int ssh, int rmiRegistry, int rmiServer) throws IOException {
        setProperty(home.resolve("etc/org.ops4j.pax.web.cfg"), "org.osgi.service.http.port", String.valueOf(http));
        setProperty(home.resolve("etc/org.apache.karaf.shell.cfg"), "sshPort", String.valueOf(ssh));
        setProperty(home.resolve("etc/org.apache.karaf.management.cfg"), "rmiRegistryPort", String.valueOf(rmiRegistry));
        setProperty(home.resolve("etc/org.apache.karaf.management.cfg"), "rmiServerPort", String.valueOf(rmiServer));
    }

    private static void setProperty(Path file, String key, String value) throws IOException {
        List<String> lines = Files.exists(file) ? new ArrayList<>(Files.readAllLines(file)) : new ArrayList<>();
        lines.removeIf(l -> l.trim().startsWith(key + " ") || l.trim().startsWith(key + "="));
        lines.add(key + " = " + value);
        Files.write(file, lines);
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static void run(Path dir, String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).inheritIO().start();
        if (!p.waitFor(5, TimeUnit.MINUTES) || p.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed");
        }
    }
}

package io.sxalable.testing.frrlab;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A real FRRouting lab for tests: one network namespace per router, veth links between routers, zebra + bgpd and
 * an sshd in each, eBGP sessions up before {@link #start} returns.
 *
 * <pre>{@code
 * try (FrrLab lab = FrrLab.start(FrrLab.Spec.twoRouterEbgp())) {
 *     LabRouter r1 = lab.router("r1");   // ssh r1.username()@r1.managementIp() works from the test JVM
 *     String json = lab.vtysh("r1", "show bgp summary json");
 * }
 * }</pre>
 *
 * <p>Names carry the owning JVM's pid ({@code sxl<pid>s<slot>-r1}), so parallel runs do not collide and a later
 * run removes what a crashed run left behind. Each router gets a management veth into the root namespace on
 * {@code 10.251.0.0/16} (a /30 per router: host side {@code .1}, router side {@code .2}); nothing else in the
 * root namespace is touched. Needs root; see {@link #available()}.
 */
public final class FrrLab implements AutoCloseable {

    /** The local account every lab sshd accepts; created once per machine, members of frrvty and frr. */
    public static final String USER = "sxlab";
    /** Fixed so that labs running in parallel (each re-setting it) never lock each other out. Test-only account. */
    public static final String PASSWORD = "sxlab-Lab-2026";

    private static final Path LAB_ROOT = Path.of("/tmp/sxl-lab");
    private static final Path LOCK_FILE = Path.of("/tmp/sxl-lab.lock");
    private static final int SLOTS = 1024;             // 10.251.0.0/16 in /26 blocks, one block per lab
    private static final int MAX_ROUTERS = 16;         // /30 per router inside a /26
    private static final Duration STEP_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration DEFAULT_READY_TIMEOUT = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * A router of the lab.
     *
     * @param name        lab name and hostname ({@code [a-z][a-z0-9]{0,7}})
     * @param asn         BGP AS number
     * @param routerId    loopback address (on {@code lo}) and BGP router id; announced as a /32
     * @param lanPrefixes IPv4 prefixes put on port-less bridges {@code lan0, lan1, ...} (first host address) and announced
     */
    public record RouterSpec(String name, long asn, String routerId, List<String> lanPrefixes) {
        public RouterSpec {
            Objects.requireNonNull(name, "name");
            if (!name.matches("[a-z][a-z0-9]{0,7}")) {
                throw new IllegalArgumentException("router name must match [a-z][a-z0-9]{0,7}: " + name);
            }
            Objects.requireNonNull(routerId, "routerId");
            lanPrefixes = List.copyOf(lanPrefixes);
        }

        /** The prefixes this router announces in BGP: its loopback /32 and its LAN prefixes. */
        public List<String> announcedPrefixes() {
            List<String> all = new ArrayList<>();
            all.add(routerId + "/32");
            all.addAll(lanPrefixes);
            return all;
        }
    }

    /**
     * A point-to-point link with an eBGP session over it.
     *
     * @param a      first router; gets the first host address of {@code subnet}
     * @param b      second router; gets the second host address
     * @param subnet an IPv4 /30 (or larger), e.g. {@code "10.0.12.0/30"}
     */
    public record LinkSpec(String a, String b, String subnet) {
    }

    /** What to build. */
    public record Spec(List<RouterSpec> routers, List<LinkSpec> links) {
        public Spec {
            routers = List.copyOf(routers);
            links = List.copyOf(links);
            if (routers.isEmpty() || routers.size() > MAX_ROUTERS) {
                throw new IllegalArgumentException("1.." + MAX_ROUTERS + " routers, not " + routers.size());
            }
        }

        /**
         * r1 (AS 65001, 10.255.0.1, LAN 10.101.0.0/24) and r2 (AS 65002, 10.255.0.2, LAN 10.102.0.0/24),
         * linked r1 eth1 10.0.12.1/30 to r2 eth1 10.0.12.2/30 with an eBGP session; each announces 2 prefixes.
         */
        public static Spec twoRouterEbgp() {
            return new Spec(
                    List.of(new RouterSpec("r1", 65001, "10.255.0.1", List.of("10.101.0.0/24")),
                            new RouterSpec("r2", 65002, "10.255.0.2", List.of("10.102.0.0/24"))),
                    List.of(new LinkSpec("r1", "r2", "10.0.12.0/30")));
        }

        RouterSpec router(String name) {
            return routers.stream().filter(r -> r.name().equals(name)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no router " + name + " in the spec"));
        }
    }

    private final String prefix;
    private final int slot;
    private final Path dir;
    private final LabScript script;
    private final Map<String, LabRouter> routers = new LinkedHashMap<>();
    private final Thread shutdownHook;
    private Duration bringUpTime = Duration.ZERO;
    private boolean closed;

    private FrrLab(String prefix, int slot, Path dir, LabScript script) {
        this.prefix = prefix;
        this.slot = slot;
        this.dir = dir;
        this.script = script;
        // a test that dies without close() (e.g. interrupted build) still leaves a clean machine
        this.shutdownHook = new Thread(this::destroy, "frr-lab-cleanup-" + prefix);
    }

    /** Whether this machine can run a lab, with the reason when it cannot. */
    public static Availability available() {
        List<String> missing = new ArrayList<>();
        if (!"root".equals(System.getProperty("user.name"))) {
            missing.add("not running as root (user " + System.getProperty("user.name") + ")");
        }
        if (!System.getProperty("os.name", "").toLowerCase().contains("linux")) {
            missing.add("not Linux");
        }
        for (String tool : List.of("/usr/lib/frr/zebra", "/usr/lib/frr/bgpd", "/usr/bin/vtysh", "/usr/sbin/sshd",
                "/usr/bin/ssh-keygen", "/usr/bin/unshare", "/usr/bin/nsenter", "/usr/sbin/useradd",
                "/usr/sbin/chpasswd")) {
            if (!Files.isExecutable(Path.of(tool))) {
                missing.add(tool + " missing");
            }
        }
        if (!Files.isExecutable(Path.of("/usr/sbin/ip")) && !Files.isExecutable(Path.of("/usr/bin/ip"))) {
            missing.add("ip (iproute2) missing");
        }
        if (missing.isEmpty()) {
            return new Availability(true, "ok");
        }
        return new Availability(false, "FRR lab cannot run here: " + String.join("; ", missing)
                + " (needs root and the Debian packages frr, openssh-server, iproute2)");
    }

    /** Builds the lab and waits up to 60 s for every BGP session to be Established with prefixes received. */
    public static FrrLab start(Spec spec) {
        return start(spec, DEFAULT_READY_TIMEOUT);
    }

    /** Builds the lab and waits up to {@code readyTimeout} for every BGP session to be Established. */
    public static FrrLab start(Spec spec, Duration readyTimeout) {
        Availability availability = available();
        if (!availability.available()) {
            throw new FrrLabException(availability.reason());
        }
        long started = System.nanoTime();
        long pid = ProcessHandle.current().pid();
        FrrLab lab;
        // the slot (management addresses, veth names) is chosen and claimed under a machine-wide lock
        try (FileChannel channel = FileChannel.open(LOCK_FILE, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock ignored = lockInterruptibly(channel)) {
            Path bootstrapDir = LAB_ROOT.resolve("bootstrap-" + pid);
            LabScript bootstrap = LabScript.extractTo(bootstrapDir);
            bootstrap.run(STEP_TIMEOUT, "cleanup-stale");
            int slot = freeSlot(bootstrap.run(STEP_TIMEOUT, "used-slots"), pid);
            String prefix = "sxl" + pid + "s" + slot;
            Path dir = LAB_ROOT.resolve(prefix);
            lab = new FrrLab(prefix, slot, dir, LabScript.extractTo(dir));
            deleteRecursively(bootstrapDir);
            Runtime.getRuntime().addShutdownHook(lab.shutdownHook);
            try {
                lab.createTopology(spec);
            } catch (RuntimeException e) {
                lab.close();
                throw e;
            }
        } catch (IOException e) {
            throw new FrrLabException("cannot lock " + LOCK_FILE, e);
        }
        try {
            lab.startRouters(spec);
            lab.awaitReady(spec, readyTimeout);
        } catch (RuntimeException e) {
            String logs = lab.logTail();
            lab.close();
            throw new FrrLabException(e.getMessage() + logs, e);
        }
        lab.bringUpTime = Duration.ofNanos(System.nanoTime() - started);
        return lab;
    }

    /** The routers in spec order. */
    public List<LabRouter> routers() {
        return List.copyOf(routers.values());
    }

    public LabRouter router(String name) {
        LabRouter router = routers.get(name);
        if (router == null) {
            throw new IllegalArgumentException("no router " + name + " in this lab; have " + routers.keySet());
        }
        return router;
    }

    /** Wall-clock time {@link #start} took, including waiting for BGP. */
    public Duration bringUpTime() {
        return bringUpTime;
    }

    /** The namespace-name prefix of this lab, e.g. {@code sxl4242s7}. */
    public String prefix() {
        return prefix;
    }

    /** Runs {@code vtysh -c command} on a router (as root, in its namespaces) and returns the output. */
    public String vtysh(String router, String command) {
        return exec(router, "vtysh", "-c", command);
    }

    /** Runs a command in a router's network, mount and UTS namespaces as root and returns stdout. */
    public String exec(String router, String... argv) {
        List<String> args = new ArrayList<>(List.of("exec", router(router).labDir().toString()));
        args.addAll(List.of(argv));
        return script.run(STEP_TIMEOUT, args.toArray(String[]::new));
    }

    /** Stops every daemon and deletes the namespaces, veths and files of this lab. Idempotent. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // the hook is running or will run: it does the same
        }
        destroy();
    }

    private void destroy() {
        script.runQuietly(STEP_TIMEOUT, "destroy", prefix, dir.toString(), "sxm" + slot + "r");
    }

    private void createTopology(Spec spec) {
        script.run(STEP_TIMEOUT, "ensure-user", USER, PASSWORD);
        Path clientKey = dir.resolve("client_key");
        script.run(STEP_TIMEOUT, "client-key", clientKey.toString());
        Path authorizedKeys = dir.resolve("authorized_keys");
        String privateKey;
        try {
            Files.copy(clientKey.resolveSibling("client_key.pub"), authorizedKeys);
            privateKey = Files.readString(clientKey, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }

        Map<String, List<LabConfigFiles.Peer>> peers = new LinkedHashMap<>();
        spec.routers().forEach(r -> peers.put(r.name(), new ArrayList<>()));
        int index = 0;
        for (RouterSpec r : spec.routers()) {
            String ns = namespace(r.name());
            int base = slot * 64 + index * 4;   // offset inside 10.251.0.0/16
            String hostIp = ipv4(0x0afb0000 + base + 1);
            String routerIp = ipv4(0x0afb0000 + base + 2);
            script.run(STEP_TIMEOUT, "add-router", ns, "sxm" + slot + "r" + index, hostIp + "/30", routerIp + "/30");
            script.run(STEP_TIMEOUT, "add-address", ns, "lo", r.routerId() + "/32");
            for (int lan = 0; lan < r.lanPrefixes().size(); lan++) {
                String[] p = r.lanPrefixes().get(lan).split("/");
                script.run(STEP_TIMEOUT, "add-address", ns, "lan" + lan, ipv4(parseIpv4(p[0]) + 1) + "/" + p[1]);
            }
            Path routerDir = dir.resolve(r.name());
            String fingerprint = script.run(STEP_TIMEOUT, "host-key", routerDir.toString()).strip();
            routers.put(r.name(), new LabRouter(r.name(), ns, routerIp, 22, USER, PASSWORD, privateKey, fingerprint,
                    r.asn(), r.routerId(), r.announcedPrefixes(), routerDir));
            index++;
        }
        int linkIndex = 0;
        for (LinkSpec link : spec.links()) {
            RouterSpec a = spec.router(link.a());
            RouterSpec b = spec.router(link.b());
            String ifA = "eth" + (peers.get(a.name()).size() + 1);
            String ifB = "eth" + (peers.get(b.name()).size() + 1);
            String[] subnet = link.subnet().split("/");
            int net = parseIpv4(subnet[0]);
            String ipA = ipv4(net + 1);
            String ipB = ipv4(net + 2);
            script.run(STEP_TIMEOUT, "add-link", namespace(a.name()), ifA, ipA + "/" + subnet[1],
                    namespace(b.name()), ifB, ipB + "/" + subnet[1], "sxt" + slot + "l" + linkIndex++);
            peers.get(a.name()).add(new LabConfigFiles.Peer(ipB, b.asn(), b.name(), ifA));
            peers.get(b.name()).add(new LabConfigFiles.Peer(ipA, a.asn(), a.name(), ifB));
        }
        for (RouterSpec r : spec.routers()) {
            Path routerDir = dir.resolve(r.name());
            write(routerDir.resolve("etc/frr.conf"), LabConfigFiles.frrConf(r, peers.get(r.name())));
            write(routerDir.resolve("etc/vtysh.conf"), LabConfigFiles.vtyshConf());
            write(routerDir.resolve("sshd_config"), LabConfigFiles.sshdConfig(routerDir, authorizedKeys, USER));
        }
    }

    private void startRouters(Spec spec) {
        for (RouterSpec r : spec.routers()) {
            script.run(STEP_TIMEOUT, "start-router", namespace(r.name()), dir.resolve(r.name()).toString(), r.name());
        }
    }

    /** Polls until each router's sessions are Established with prefixes received, and its sshd accepts. */
    private void awaitReady(Spec spec, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Set<String> pending = new HashSet<>(routers.keySet());
        String lastState = "";
        while (true) {
            for (String name : List.copyOf(pending)) {
                String state = bgpReadiness(name, expectedPeers(spec, name));
                if (state.isEmpty() && sshListening(routers.get(name).managementIp())) {
                    pending.remove(name);
                } else {
                    lastState = name + ": " + (state.isEmpty() ? "sshd not listening yet" : state);
                }
            }
            if (pending.isEmpty()) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new FrrLabException("lab not ready after " + timeout.toSeconds() + " s; " + lastState);
            }
            sleep(200);
        }
    }

    private static int expectedPeers(Spec spec, String router) {
        return (int) spec.links().stream().filter(l -> l.a().equals(router) || l.b().equals(router)).count();
    }

    /** {@code ""} when ready, else what is still missing. */
    private String bgpReadiness(String router, int expectedPeers) {
        if (expectedPeers == 0) {
            return "";
        }
        String out = script.runQuietly(STEP_TIMEOUT, "exec", routers.get(router).labDir().toString(),
                "vtysh", "-c", "show bgp vrf default neighbors json");
        JsonNode root;
        try {
            root = JSON.readTree(out.isBlank() ? "{}" : out);
        } catch (IOException e) {
            return "bgpd not answering yet";
        }
        int ready = 0;
        StringBuilder states = new StringBuilder();
        for (Map.Entry<String, JsonNode> peer : root.properties()) {
            JsonNode n = peer.getValue();
            if (!n.isObject() || !n.has("bgpState")) {
                continue;
            }
            long accepted = n.path("addressFamilyInfo").path("ipv4Unicast").path("acceptedPrefixCounter").asLong(0);
            boolean up = "Established".equals(n.path("bgpState").asText());
            if (up && accepted > 0) {
                ready++;
            }
            states.append(' ').append(peer.getKey()).append('=').append(n.path("bgpState").asText())
                    .append('/').append(accepted).append(" prefixes");
        }
        return ready >= expectedPeers ? "" : "BGP" + (states.length() == 0 ? " no peers yet" : states.toString());
    }

    private static boolean sshListening(String ip) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(ip, 22), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private String logTail() {
        StringBuilder s = new StringBuilder();
        for (LabRouter r : routers.values()) {
            for (String log : List.of("log/frr.log", "log/sshd.log", "log/vtysh-b.log")) {
                Path file = r.labDir().resolve(log);
                try {
                    if (Files.exists(file)) {
                        List<String> lines = Files.readAllLines(file);
                        s.append("\n--- ").append(r.name()).append(' ').append(log).append(" (tail)\n")
                                .append(String.join("\n", lines.subList(Math.max(0, lines.size() - 15), lines.size())));
                    }
                } catch (IOException ignored) {
                    // diagnostics only
                }
            }
        }
        return s.toString();
    }

    private String namespace(String router) {
        return prefix + "-" + router;
    }

    private static int freeSlot(String usedSlotsOutput, long pid) {
        Set<Integer> used = new HashSet<>();
        for (String line : usedSlotsOutput.split("\\s+")) {
            if (!line.isBlank()) {
                used.add(Integer.parseInt(line.strip()));
            }
        }
        for (int i = 0; i < SLOTS; i++) {
            int candidate = (int) ((pid + i) % SLOTS);
            if (!used.contains(candidate)) {
                return candidate;
            }
        }
        throw new FrrLabException("all " + SLOTS + " lab slots are in use");
    }

    private static FileLock lockInterruptibly(FileChannel channel) throws IOException {
        // FileChannel.lock() is per process; serialise threads of this JVM on the class as well
        synchronized (FrrLab.class) {
            return channel.lock();
        }
    }

    static int parseIpv4(String text) {
        String[] parts = text.split("\\.");
        if (parts.length != 4) {
            throw new IllegalArgumentException("not an IPv4 address: " + text);
        }
        int value = 0;
        for (String part : parts) {
            value = (value << 8) | Integer.parseInt(part);
        }
        return value;
    }

    static String ipv4(int value) {
        return ((value >>> 24) & 0xff) + "." + ((value >>> 16) & 0xff) + "." + ((value >>> 8) & 0xff) + "." + (value & 0xff);
    }

    private static void write(Path file, String content) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The bootstrap copy of the script only lives for the cleanup-stale and used-slots steps. */
    private static void deleteRecursively(Path directory) {
        try (var files = Files.walk(directory)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a leftover copy of the script is harmless
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FrrLabException("interrupted while waiting for the lab", e);
        }
    }
}

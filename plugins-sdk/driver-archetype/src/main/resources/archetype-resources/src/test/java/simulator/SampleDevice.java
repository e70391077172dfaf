package ${package}.simulator;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * A tiny simulated device for the tests: the other end of the sample line protocol that the generated driver
 * speaks. It only exists so that the generated project builds and passes the conformance kit out of the box.
 * REPLACE it with your real device: a lab router, a VM or container image of the vendor's OS, or a simulator of
 * the vendor's real protocol.
 *
 * <h2>Protocol</h2>
 *
 * <p>TCP, UTF-8, one line per command. On connect the device sends {@code HELLO sample-os 1.0}. Every reply is zero
 * or more data lines followed by {@code OK} or {@code ERR <reason>}.
 *
 * <pre>
 * LOGIN &lt;user&gt; &lt;password&gt;  OK | ERR auth (and the device hangs up); every other command needs a login
 * SHOW FACTS                key=value lines: vendor, model, os-version, serial, hostname, uptime-seconds, interfaces
 * SHOW VERSION              two lines of version text
 * SHOW CONFIG               "! sample-os running configuration, generated &lt;now&gt;", then one statement per line
 * SHOW DIFF                 "--- running", "+++ candidate", then -removed / +added statements; nothing if equal
 * SET &lt;statement&gt;           add the statement to this connection's candidate (no-op when present);
 *                           ERR syntax when it does not start with a known keyword
 * CLEAR                     empty the candidate (load-replace)
 * DISCARD                   drop the candidate
 * COMMIT                    candidate becomes the running config; the old one is kept for ROLLBACK
 * COMMIT CONFIRMED &lt;s&gt;      the same, reverted after s seconds unless CONFIRM arrives
 * CONFIRM                   keep a confirmed commit
 * ROLLBACK                  restore the config that ran before the last commit
 * QUIT                      OK, then the device hangs up
 * </pre>
 *
 * <p>The running config and the rollback point are the device's (shared by all connections, like a real
 * device); each connection has its own private candidate.
 */
public final class SampleDevice implements AutoCloseable {

    public static final String USER = "admin";
    public static final String PASSWORD = "sample-password";
    public static final String VENDOR = "${vendor}";
    public static final String OS = "sample-os 1.0";

    private static final Set<String> KEYWORDS = Set.of("hostname", "interface", "ip", "ntp", "snmp", "logging",
            "router", "user");
    private static final Pattern STATEMENT = Pattern.compile("[a-z][a-z0-9-]*( \\S+)*");

    private final ServerSocket server;
    private final ExecutorService connections = Executors.newCachedThreadPool(daemon("sample-device"));
    private final ScheduledExecutorService timers = Executors.newSingleThreadScheduledExecutor(daemon("sample-timer"));
    private final Set<Socket> clients = ConcurrentHashMap.newKeySet();
    private final Instant started = Instant.now().minusSeconds(4711);

    // the device state, guarded by "this"
    private List<String> running = new ArrayList<>(List.of(
            "hostname sim1",
            "interface eth0 description uplink",
            "interface eth0 ip 192.0.2.1/24",
            "interface eth1 mtu 9000",
            "ntp server 192.0.2.123"));
    private List<String> rollbackPoint;
    private ScheduledFuture<?> pendingRevert;

    private SampleDevice(ServerSocket server) {
        this.server = server;
    }

    /** Listens on 127.0.0.1, on a free port. */
    public static SampleDevice start() throws IOException {
        SampleDevice device = new SampleDevice(new ServerSocket(0, 50, InetAddress.getLoopbackAddress()));
        device.connections.execute(device::acceptLoop);
        return device;
    }

    public String host() {
        return server.getInetAddress().getHostAddress();
    }

    public int port() {
        return server.getLocalPort();
    }

    /** A port on {@code host()} where nothing listens: a free port, taken and released again. */
    public int closedPort() {
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return probe.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The running config as the device stores it (for tests that look behind the driver's back). */
    public synchronized List<String> running() {
        return List.copyOf(running);
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            // closing anyway
        }
        for (Socket client : clients) {
            try {
                client.close();
            } catch (IOException e) {
                // closing anyway
            }
        }
        connections.shutdownNow();
        timers.shutdownNow();
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                clients.add(client);
                connections.execute(() -> serve(client));
            } catch (IOException e) {
                return;     // closed
            }
        }
    }

    private void serve(Socket client) {
        try (client;
             BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8));
             Writer out = new OutputStreamWriter(client.getOutputStream(), StandardCharsets.UTF_8)) {
            Connection connection = new Connection(out);
            connection.line("HELLO " + OS);
            out.flush();
            String line;
            while ((line = in.readLine()) != null) {
                boolean keepOpen = connection.handle(line);
                out.flush();
                if (!keepOpen) {
                    return;
                }
            }
        } catch (SocketException e) {
            // client went away or device closed
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            clients.remove(client);
        }
    }

    /** One client connection: login state and its private candidate. */
    private final class Connection {
        private final Writer out;
        private boolean loggedIn;
        private List<String> candidate;     // null: no changes loaded

        Connection(Writer out) {
            this.out = out;
        }

        /** Answers one command; false when the connection must be closed. */
        boolean handle(String command) throws IOException {
            if (command.startsWith("LOGIN ")) {
                String[] parts = command.split(" ", 3);
                loggedIn = parts.length == 3 && parts[1].equals(USER) && parts[2].equals(PASSWORD);
                if (!loggedIn) {
                    line("ERR auth");
                    return false;
                }
                return ok();
            }
            if (command.equals("QUIT")) {
                ok();
                return false;
            }
            if (!loggedIn) {
                return err("not logged in");
            }
            synchronized (SampleDevice.this) {
                return switch (command) {
                    case "SHOW FACTS" -> facts();
                    case "SHOW VERSION" -> {
                        line(OS + " (simulator)");
                        line("uptime " + uptimeSeconds() + " seconds");
                        yield ok();
                    }
                    case "SHOW CONFIG" -> {
                        line("! sample-os running configuration, generated "
                                + Instant.now().truncatedTo(ChronoUnit.MILLIS));
                        for (String statement : running) {
                            line(statement);
                        }
                        yield ok();
                    }
                    case "SHOW DIFF" -> diff();
                    case "CLEAR" -> {
                        candidate = new ArrayList<>();
                        yield ok();
                    }
                    case "DISCARD" -> {
                        candidate = null;
                        yield ok();
                    }
                    case "COMMIT" -> commit();
                    case "CONFIRM" -> confirm();
                    case "ROLLBACK" -> rollback();
                    default -> {
                        if (command.startsWith("SET ")) {
                            yield set(command.substring("SET ".length()).strip());
                        }
                        if (command.startsWith("COMMIT CONFIRMED ")) {
                            yield commitConfirmed(command.substring("COMMIT CONFIRMED ".length()));
                        }
                        yield err("unknown command");
                    }
                };
            }
        }

        private boolean facts() throws IOException {
            String hostname = running.stream().filter(s -> s.startsWith("hostname ")).map(s -> s.substring(9))
                    .findFirst().orElse("sample");
            line("vendor=" + VENDOR);
            line("model=SIM-1");
            line("os-version=" + OS);
            line("serial=SIM0001");
            line("hostname=" + hostname);
            line("uptime-seconds=" + uptimeSeconds());
            line("interfaces=eth0,eth1,lo");
            return ok();
        }

        private boolean set(String statement) throws IOException {
            String keyword = statement.split(" ", 2)[0];
            if (!STATEMENT.matcher(statement).matches() || !KEYWORDS.contains(keyword)) {
                return err("syntax: '" + statement + "' is not a statement (keywords: " + KEYWORDS + ")");
            }
            if (candidate == null) {
                candidate = new ArrayList<>(running);
            }
            if (!candidate.contains(statement)) {
                candidate.add(statement);
            }
            return ok();
        }

        private boolean diff() throws IOException {
            if (candidate != null && !candidate.equals(running)) {
                line("--- running");
                line("+++ candidate");
                for (String s : running) {
                    if (!candidate.contains(s)) {
                        line("-" + s);
                    }
                }
                for (String s : candidate) {
                    if (!running.contains(s)) {
                        line("+" + s);
                    }
                }
            }
            return ok();
        }

        private boolean commit() throws IOException {
            if (candidate != null && !candidate.equals(running)) {
                rollbackPoint = running;
                running = candidate;
            }
            candidate = null;
            return ok();
        }

        private boolean commitConfirmed(String seconds) throws IOException {
            long s;
            try {
                s = Long.parseLong(seconds);
            } catch (NumberFormatException e) {
                return err("syntax: COMMIT CONFIRMED <seconds>");
            }
            if (s < 1 || pendingRevert != null) {
                return err(s < 1 ? "confirm timeout must be at least 1 s" : "a confirmed commit is pending");
            }
            boolean changes = candidate != null && !candidate.equals(running);
            commit();   // answers OK
            if (changes) {
                pendingRevert = timers.schedule(SampleDevice.this::revertUnconfirmed, s, TimeUnit.SECONDS);
            }
            return true;
        }

        private boolean confirm() throws IOException {
            if (pendingRevert == null) {
                return err("no confirmed commit pending");
            }
            pendingRevert.cancel(false);
            pendingRevert = null;
            return ok();
        }

        private boolean rollback() throws IOException {
            if (rollbackPoint == null) {
                return err("no rollback point");
            }
            running = rollbackPoint;
            rollbackPoint = null;
            return ok();
        }

        void line(String line) throws IOException {
            out.write(line);
            out.write('\n');
        }

        private boolean ok() throws IOException {
            line("OK");
            return true;
        }

        private boolean err(String reason) throws IOException {
            line("ERR " + reason);
            return true;
        }
    }

    private synchronized void revertUnconfirmed() {
        if (pendingRevert != null && rollbackPoint != null) {
            running = rollbackPoint;
            rollbackPoint = null;
        }
        pendingRevert = null;
    }

    private long uptimeSeconds() {
        return Instant.now().getEpochSecond() - started.getEpochSecond();
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}

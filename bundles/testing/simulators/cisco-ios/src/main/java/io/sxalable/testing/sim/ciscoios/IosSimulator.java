package io.sxalable.testing.sim.ciscoios;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/**
 * A simulated Cisco IOS-XE router (CSR1000V, 17.3.4a) reachable over SSH on 127.0.0.1.
 *
 * <pre>{@code
 * try (IosSimulator r1 = IosSimulator.start(Options.defaults())) {
 *     // ssh admin@127.0.0.1 -p r1.port(), password "admin"
 * }
 * }</pre>
 *
 * <p>{@link #start(Options)} gives the router its own {@link IosSimulatorServer}; for many routers, start one
 * server and {@link IosSimulatorServer#add(Options) add} them to it.
 */
public final class IosSimulator implements AutoCloseable {

    private final IosSimulatorServer server;
    private final Device device;
    private final int port;
    private final boolean ownsServer;

    IosSimulator(IosSimulatorServer server, Device device, int port, boolean ownsServer) {
        this.server = server;
        this.device = device;
        this.port = port;
        this.ownsServer = ownsServer;
    }

    /** Starts one router on its own server. */
    public static IosSimulator start(Options options) {
        IosSimulatorServer server = IosSimulatorServer.start();
        try {
            IosSimulator added = server.add(options);
            return new IosSimulator(server, added.device, added.port, true);
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
    }

    public String host() {
        return "127.0.0.1";
    }

    public int port() {
        return port;
    }

    public Options options() {
        return device.options();
    }

    /** The host key's SHA-256 fingerprint, {@code SHA256:...}, as {@code ssh-keygen -lf} prints it. */
    public String hostKeyFingerprint() {
        return server.hostKeyFingerprint();
    }

    /** The running config as {@code show running-config} prints it (header included). */
    public String showRunningConfig() {
        return device.showRunningConfig();
    }

    /** The current hostname. */
    public String hostname() {
        return device.hostname();
    }

    /** Whether a {@code configure replace ... time} / {@code revert timer} change awaits {@code configure confirm}. */
    public boolean confirmPending() {
        return device.pendingTimer();
    }

    /** The content of a file on {@code flash:}, e.g. {@code file("flash:sxalable-rollback.cfg")}. */
    public java.util.Optional<String> file(String url) {
        return device.file(url).map(b -> new String(b, java.nio.charset.StandardCharsets.US_ASCII));
    }

    /** A TCP port of 127.0.0.1 on which nothing listens right now (for "closed port" tests). */
    public static int unusedPort() {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stops the router (and its server, when it has its own); open sessions are dropped. */
    @Override
    public void close() {
        server.remove(port);
        if (ownsServer) {
            server.close();
        }
    }
}

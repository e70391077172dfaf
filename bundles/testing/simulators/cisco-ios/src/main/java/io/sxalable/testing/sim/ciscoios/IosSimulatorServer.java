package io.sxalable.testing.sim.ciscoios;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.security.KeyPair;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.digest.BuiltinDigests;
import org.apache.sshd.common.io.IoAcceptor;
import org.apache.sshd.common.session.Session;
import org.apache.sshd.server.ServerBuilder;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.command.Command;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;
import org.apache.sshd.server.session.ServerSession;

/**
 * One SSH server (Apache MINA SSHD) for any number of simulated routers: each router gets its own port on
 * 127.0.0.1, all share the server's I/O threads, one pool for CLI sessions and one timer thread. A router costs a
 * listening socket and its config state (a few KB); starting one takes about a millisecond.
 *
 * <pre>{@code
 * try (IosSimulatorServer server = IosSimulatorServer.start()) {
 *     IosSimulator r1 = server.add(Options.defaults());
 *     IosSimulator r2 = server.add(Options.defaults().withHostname("r2"));
 *     ... ssh admin@127.0.0.1 -p r1.port() ...
 * }
 * }</pre>
 *
 * All routers of a server present the same RSA host key ({@link #hostKeyFingerprint()}).
 */
public final class IosSimulatorServer implements AutoCloseable {

    /** An SshServer whose acceptor can listen on more ports after start. */
    private static final class MultiPortServer extends SshServer {
        IoAcceptor acceptor() {
            return acceptor;
        }
    }

    private final MultiPortServer sshd;
    private final ExecutorService pool;
    private final ScheduledExecutorService timers;
    private final Map<Integer, Device> devices = new ConcurrentHashMap<>();
    private final String fingerprint;

    private IosSimulatorServer() throws IOException {
        pool = Executors.newCachedThreadPool(daemon("ios-sim-cli"));
        timers = Executors.newSingleThreadScheduledExecutor(daemon("ios-sim-timer"));
        sshd = (MultiPortServer) ServerBuilder.builder().factory(MultiPortServer::new).build();
        sshd.setHost("127.0.0.1");
        sshd.setPort(0);
        SimpleGeneratorHostKeyProvider keys = new SimpleGeneratorHostKeyProvider();
        keys.setAlgorithm(KeyUtils.RSA_ALGORITHM);   // IOS-XE 17.3 host keys are RSA
        keys.setKeySize(2048);
        sshd.setKeyPairProvider(keys);
        sshd.setPublickeyAuthenticator(null);
        sshd.setPasswordAuthenticator((user, password, session) -> device(session)
                .map(d -> d.options().username().equals(user) && d.options().password().equals(password))
                .orElse(false));
        sshd.setShellFactory(channel -> {
            Device d = device(channel.getSession()).orElseThrow(() -> new IOException("no such device"));
            return new Shell(d, pool, channel.getSession().getUsername(), d.options().loginPrivilege());
        });
        sshd.setCommandFactory((channel, command) -> exec(channel.getSession(), command));
        sshd.start();
        IoAcceptor acceptor = sshd.acceptor();
        acceptor.unbind();   // routers bind their own ports
        List<KeyPair> loaded = keys.loadKeys(null);   // generates the key now, not on the first connection
        fingerprint = KeyUtils.getFingerPrint(BuiltinDigests.sha256, loaded.get(0).getPublic());
    }

    /** Starts a server with no routers yet. */
    public static IosSimulatorServer start() {
        try {
            return new IosSimulatorServer();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the IOS simulator's SSH server", e);
        }
    }

    /** Adds a router listening on a new ephemeral port of 127.0.0.1. */
    public IosSimulator add(Options options) {
        Device device = new Device(options, timers);
        int port;
        synchronized (this) {
            IoAcceptor acceptor = sshd.acceptor();
            Set<SocketAddress> before = new HashSet<>(acceptor.getBoundAddresses());
            try {
                acceptor.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot bind a port for " + options.hostname(), e);
            }
            Set<SocketAddress> after = new HashSet<>(acceptor.getBoundAddresses());
            after.removeAll(before);
            port = ((InetSocketAddress) after.iterator().next()).getPort();
            devices.put(port, device);
        }
        return new IosSimulator(this, device, port, false);
    }

    /** The SHA-256 fingerprint of the host key all routers present, {@code SHA256:...}. */
    public String hostKeyFingerprint() {
        return fingerprint;
    }

    /** Number of routers. */
    public int size() {
        return devices.size();
    }

    synchronized void remove(int port) {
        Device device = devices.remove(port);
        if (device == null) {
            return;
        }
        device.shutdown();
        sshd.acceptor().unbind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        for (var session : sshd.getActiveSessions()) {
            if (localPort(session) == port) {
                session.close(true);
            }
        }
    }

    private Optional<Device> device(Session session) {
        return Optional.ofNullable(devices.get(localPort(session)));
    }

    private static int localPort(Session session) {
        SocketAddress local = session.getIoSession().getLocalAddress();
        return local instanceof InetSocketAddress a ? a.getPort() : -1;
    }

    private Command exec(ServerSession session, String command) throws IOException {
        Device d = device(session).orElseThrow(() -> new IOException("no such device"));
        Matcher scp = ScpSink.match(command);
        if (scp.matches()) {
            boolean allowed = d.options().loginPrivilege() == 15 && d.running().root().has("ip scp server enable");
            return new ScpSink(d, pool, scp.group(1), allowed);
        }
        return new Shell(d, pool, session.getUsername(), d.options().loginPrivilege(), command);
    }

    /** Stops the server, all its routers and their timers. */
    @Override
    public void close() {
        for (Integer port : Set.copyOf(devices.keySet())) {
            remove(port);
        }
        try {
            sshd.stop(true);
        } catch (IOException e) {
            // stopping is best effort
        }
        pool.shutdownNow();
        timers.shutdownNow();
    }

    private static ThreadFactory daemon(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}

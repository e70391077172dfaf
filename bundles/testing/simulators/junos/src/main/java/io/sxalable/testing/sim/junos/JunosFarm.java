package io.sxalable.testing.sim.junos;

import io.sxalable.testing.sim.junos.netconf.NetconfSubsystemFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.io.IoAcceptor;
import org.apache.sshd.common.io.IoSession;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.apache.sshd.common.session.Session;
import org.apache.sshd.common.session.SessionContext;
import org.apache.sshd.server.ServerBuilder;
import org.apache.sshd.server.SshServer;

/**
 * Many simulated Junos routers in one JVM: ONE Apache MINA SSHD server (one acceptor, one set of NIO worker
 * threads) listening on one loopback port per router, one scheduler thread for all {@code commit confirmed}
 * timers and delayed replies. Sessions find their router by the local port they arrived on; per router the farm
 * keeps only its {@link Router} state and host key.
 *
 * <pre>{@code
 * try (JunosFarm farm = JunosFarm.start()) {
 *     JunosDevice r1 = farm.add(Options.defaults().withHostname("r1"));
 *     JunosDevice r2 = farm.add(Options.defaults().withHostname("r2"));
 *     ... connect to 127.0.0.1:r1.port() with r1.username() / r1.password() ...
 * }
 * }</pre>
 */
public final class JunosFarm implements AutoCloseable {

    private final FarmServer server;
    private final ScheduledThreadPoolExecutor scheduler;
    private final Map<Integer, Router> routers = new ConcurrentHashMap<>();
    private final Object bindLock = new Object();

    /** MINA keeps its acceptor protected; the farm binds and unbinds router ports on it directly. */
    static final class FarmServer extends SshServer {
        IoAcceptor acceptor() {
            return acceptor;
        }
    }

    private JunosFarm() throws IOException {
        AtomicInteger threads = new AtomicInteger();
        scheduler = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "junos-sim-timer-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        scheduler.setRemoveOnCancelPolicy(true);
        server = (FarmServer) ServerBuilder.builder().factory(FarmServer::new).build();
        server.setHost(InetAddress.getLoopbackAddress().getHostAddress());
        server.setPort(0);
        server.setKeyPairProvider(new RouterKeys());
        server.setPasswordAuthenticator((user, password, session) -> router(session)
                .map(r -> r.options().username().equals(user) && r.options().password().equals(password))
                .orElse(false));
        server.setPublickeyAuthenticator((user, key, session) -> router(session)
                .filter(r -> r.options().username().equals(user))
                .flatMap(r -> r.options().authorizedKey())
                .map(authorized -> KeyUtils.compareKeys(authorized, key))
                .orElse(false));
        server.setKeyboardInteractiveAuthenticator(null);
        server.setSubsystemFactories(List.of(new NetconfSubsystemFactory(
                channel -> router(channel.getServerSession()), scheduler)));
        server.start();
        // start() bound an ephemeral port of its own; routers get theirs from add()
        IoAcceptor acceptor = server.acceptor();
        for (SocketAddress a : Set.copyOf(acceptor.getBoundAddresses())) {
            acceptor.unbind(a);
        }
    }

    /** Starts an empty farm (an SSH server without ports) in a few milliseconds once MINA is loaded. */
    public static JunosFarm start() {
        try {
            return new JunosFarm();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the Junos simulator farm", e);
        }
    }

    /** Adds a router listening on its own ephemeral port on 127.0.0.1. */
    public JunosDevice add(Options options) {
        KeyPair key = options.hostKey().orElseGet(JunosFarm::newHostKey);
        int port;
        synchronized (bindLock) {
            IoAcceptor acceptor = server.acceptor();
            Set<SocketAddress> before = new HashSet<>(acceptor.getBoundAddresses());
            try {
                acceptor.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot bind a loopback port", e);
            }
            Set<SocketAddress> after = new HashSet<>(acceptor.getBoundAddresses());
            after.removeAll(before);
            if (after.size() != 1) {
                throw new IllegalStateException("could not determine the bound port: " + after);
            }
            port = ((InetSocketAddress) after.iterator().next()).getPort();
            routers.put(port, new Router(options, port, key, scheduler));
        }
        return new JunosDevice(this, routers.get(port), false);
    }

    /** Routers currently in the farm. */
    public int size() {
        return routers.size();
    }

    /** Stops listening on the router's port, closes its sessions and drops its state. */
    void remove(Router router) {
        synchronized (bindLock) {
            if (routers.remove(router.port()) == null) {
                return;
            }
            router.shutdown();
            server.acceptor().unbind(new InetSocketAddress(InetAddress.getLoopbackAddress(), router.port()));
        }
        for (Session s : server.getActiveSessions()) {
            if (localPort(s) == router.port()) {
                s.close(true);
            }
        }
    }

    /** Stops the server, every router and the timers. */
    @Override
    public void close() {
        try {
            server.stop(true);
        } catch (IOException e) {
            // best effort: the acceptor and its threads go away with the server
        }
        scheduler.shutdownNow();
        routers.clear();
    }

    ScheduledExecutorService scheduler() {
        return scheduler;
    }

    private Optional<Router> router(Session session) {
        return Optional.ofNullable(routers.get(localPort(session)));
    }

    private static int localPort(Session session) {
        IoSession io = session.getIoSession();
        SocketAddress local = io == null ? null : io.getLocalAddress();
        return local instanceof InetSocketAddress inet ? inet.getPort() : -1;
    }

    static KeyPair newHostKey() {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
            g.initialize(new ECGenParameterSpec("secp256r1"));
            return g.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot generate an EC host key", e);
        }
    }

    /** Each router presents its own host key, chosen by the port the session arrived on. */
    private final class RouterKeys implements KeyPairProvider {
        @Override
        public Iterable<KeyPair> loadKeys(SessionContext session) {
            if (session instanceof Session s) {
                return router(s).map(r -> List.of(r.hostKey())).orElse(List.of());
            }
            return List.of();
        }
    }
}

package io.sxalable.testing.sim.routeros;

import io.sxalable.testing.sim.routeros.tls.SelfSignedCertificate;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.net.ssl.SSLContext;

/**
 * One simulated MikroTik router speaking the RouterOS API on 127.0.0.1:{@link #port()} (TLS when
 * {@link Options#tls()}). Reproduces RouterOS 7.16 replies for {@code /system resource|routerboard|license|identity},
 * {@code /interface}, {@code /interface ethernet} (incl. {@code monitor}), {@code /ip address}, {@code /ipv6 address},
 * {@code /routing bgp template|connection|session}, {@code /export} (to a file only, as on a real router) and
 * {@code /file}; other menus answer {@code no such command prefix}.
 *
 * <pre>{@code
 * try (RouterOsSimulator r1 = RouterOsSimulator.start(Options.defaults())) {
 *     // connect to r1.host():r1.port(), log in as r1.username() / r1.password()
 * }
 * }</pre>
 */
public final class RouterOsSimulator implements AutoCloseable {

    private final RouterOsFarm farm;
    private final ServerSocketChannel server;
    private final Device device;
    private final int port;
    private final SelfSignedCertificate certificate;
    private final SSLContext tls;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private RouterOsFarm ownFarm;
    private volatile boolean closed;

    RouterOsSimulator(RouterOsFarm farm, ServerSocketChannel server, Device device) throws IOException {
        this.farm = farm;
        this.server = server;
        this.device = device;
        this.port = ((InetSocketAddress) server.getLocalAddress()).getPort();
        this.certificate = device.options.tls() ? SelfSignedCertificate.create(device.options.identity()) : null;
        this.tls = certificate == null ? null : certificate.serverContext();
    }

    /** A router in a farm of its own; closing the router closes the farm. */
    public static RouterOsSimulator start(Options options) {
        RouterOsFarm farm = RouterOsFarm.create();
        RouterOsSimulator simulator = farm.start(options);
        simulator.ownFarm = farm;
        return simulator;
    }

    public String host() {
        return "127.0.0.1";
    }

    public int port() {
        return port;
    }

    public String username() {
        return device.options.username();
    }

    public String password() {
        return device.options.password();
    }

    public Options options() {
        return device.options;
    }

    /** {@code SHA256:<base64>} of the API-SSL certificate; empty without TLS. */
    public Optional<String> certificateFingerprint() {
        return Optional.ofNullable(certificate).map(SelfSignedCertificate::fingerprint);
    }

    /** What {@code /export} writes right now (with the time-stamp line), as the file holds it (CR LF). */
    public String exportText() {
        return Exporter.export(device, "", ZonedDateTime.now(ZoneOffset.UTC));
    }

    /** The router's identity ({@code /system identity}). */
    public String identity() {
        return device.identity();
    }

    /** Sets what the far end of a BGP connection does, e.g. brings a session up or down. */
    public void peer(Options.Peer peer) {
        device.peer(peer);
    }

    /** API connections open right now. */
    public int openConnections() {
        return open.size();
    }

    void accepted(SocketChannel channel) {
        try {
            if (closed) {
                channel.close();
                return;
            }
            channel.configureBlocking(true);
            Socket socket = channel.socket();
            socket.setTcpNoDelay(true);
            open.add(socket);
            farm.serve(new ApiSession(this, device, socket, tls));
        } catch (IOException e) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // gone
            }
        }
    }

    void replace(Socket plain, Socket wrapped) {
        open.remove(plain);
        open.add(wrapped);
    }

    void closed(Socket socket) {
        open.remove(socket);
    }

    /** Stops listening and drops every connection; idempotent. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            server.close();
        } catch (IOException ignored) {
            // closing anyway
        }
        farm.stopped(this, server);
        for (Socket s : open.toArray(new Socket[0])) {
            try {
                s.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
        open.clear();
        if (ownFarm != null) {
            ownFarm.close();
        }
    }
}

package io.sxalable.testing.sim.routeros;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Many simulated routers in one JVM: one NIO selector thread accepts for all of them (each router has its own
 * listening port on 127.0.0.1), and every accepted API connection runs on one shared pool of daemon threads for as
 * long as it is open. A router without connections costs its state and a listening socket, no thread.
 *
 * <pre>{@code
 * try (RouterOsFarm farm = RouterOsFarm.create()) {
 *     RouterOsSimulator r1 = farm.start(Options.defaults());
 *     RouterOsSimulator r2 = farm.start(Options.defaults().toBuilder().identity("r2").build());
 *     ... connect to r1.port(), r2.port() ...
 * }
 * }</pre>
 */
public final class RouterOsFarm implements AutoCloseable {

    private final Selector selector;
    private final Thread acceptor;
    private final ExecutorService connections;
    private final Queue<Runnable> selectorTasks = new ConcurrentLinkedQueue<>();
    private final Set<RouterOsSimulator> devices = ConcurrentHashMap.newKeySet();
    private final AtomicInteger nextIndex = new AtomicInteger();
    private volatile boolean closed;

    private RouterOsFarm() throws IOException {
        selector = Selector.open();
        AtomicInteger threads = new AtomicInteger();
        connections = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "routeros-sim-api-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        acceptor = new Thread(this::acceptLoop, "routeros-sim-acceptor");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public static RouterOsFarm create() {
        try {
            return new RouterOsFarm();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open a selector", e);
        }
    }

    /** Starts a router on a free port of 127.0.0.1; it accepts connections as soon as this returns. */
    public RouterOsSimulator start(Options options) {
        if (closed) {
            throw new IllegalStateException("farm is closed");
        }
        try {
            ServerSocketChannel server = ServerSocketChannel.open();
            server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
            server.configureBlocking(false);
            RouterOsSimulator simulator = new RouterOsSimulator(this, server, new Device(options, nextIndex.incrementAndGet()));
            devices.add(simulator);
            selectorTasks.add(() -> {
                try {
                    server.register(selector, SelectionKey.OP_ACCEPT, simulator);
                } catch (IOException e) {
                    simulator.close();
                }
            });
            selector.wakeup();
            return simulator;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start a simulated router", e);
        }
    }

    /** Routers running in this farm. */
    public int size() {
        return devices.size();
    }

    void stopped(RouterOsSimulator simulator, ServerSocketChannel server) {
        devices.remove(simulator);
        selectorTasks.add(() -> {
            SelectionKey key = server.keyFor(selector);
            if (key != null) {
                key.cancel();
            }
        });
        selector.wakeup();
    }

    void serve(Runnable session) {
        connections.execute(session);
    }

    private void acceptLoop() {
        while (!closed) {
            try {
                selector.select();
                for (Runnable task = selectorTasks.poll(); task != null; task = selectorTasks.poll()) {
                    task.run();
                }
                for (SelectionKey key : selector.selectedKeys()) {
                    if (key.isValid() && key.isAcceptable()) {
                        SocketChannel channel = ((ServerSocketChannel) key.channel()).accept();
                        if (channel != null) {
                            ((RouterOsSimulator) key.attachment()).accepted(channel);
                        }
                    }
                }
                selector.selectedKeys().clear();
                selector.selectNow();   // flush cancelled keys so closed ports are released at once
            } catch (IOException | RuntimeException e) {
                if (closed) {
                    return;
                }
            }
        }
    }

    /** Stops every router of the farm and the threads. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        for (RouterOsSimulator d : devices.toArray(new RouterOsSimulator[0])) {
            d.close();
        }
        closed = true;
        selector.wakeup();
        try {
            acceptor.join(2000);
            selector.close();
        } catch (IOException | InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        connections.shutdownNow();
    }
}

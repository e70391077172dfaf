package io.sxalable.testing.sim.junos;

import io.sxalable.testing.sim.junos.rpc.RpcException;
import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The state of one simulated router: options, configuration databases, BGP sessions, the pending
 * {@code commit confirmed} timer. Small on purpose (a few KB plus its configuration revisions): a farm holds
 * hundreds. Timers run on the farm's shared scheduler.
 */
public final class Router {

    private final Options options;
    private final int port;
    private final KeyPair hostKey;
    private final Datastore datastore;
    private final BgpPeers bgp = new BgpPeers();
    private final Instant bootedAt;
    private final String serial;
    private final ScheduledExecutorService scheduler;
    private final AtomicInteger sessionIds;
    private ScheduledFuture<?> confirmTimer;
    private Instant confirmDeadline;
    private volatile int lastConfirmMinutes;

    Router(Options options, int port, KeyPair hostKey, ScheduledExecutorService scheduler) {
        this.options = options;
        this.port = port;
        this.hostKey = hostKey;
        this.scheduler = scheduler;
        Instant now = options.clock().instant();
        this.bootedAt = now.minus(options.uptimeAtStart()).truncatedTo(ChronoUnit.SECONDS);
        this.serial = options.effectiveSerial();
        this.datastore = new Datastore(options.config().orElseGet(() -> DefaultConfig.text(options)),
                options.version(), bootedAt.plusSeconds(95));
        this.sessionIds = new AtomicInteger(20000 + Math.floorMod(options.hostname().hashCode(), 9000));
        updateBgp(bootedAt.plusSeconds(120));
    }

    public Options options() {
        return options;
    }

    public int port() {
        return port;
    }

    KeyPair hostKey() {
        return hostKey;
    }

    public Datastore datastore() {
        return datastore;
    }

    public Instant now() {
        return options.clock().instant();
    }

    public Instant bootedAt() {
        return bootedAt;
    }

    public String serialNumber() {
        return serial;
    }

    /** A new NETCONF session id ({@code <session-id>} of the hello, {@code pid} in lock messages). */
    public int nextSessionId() {
        return sessionIds.incrementAndGet();
    }

    /** NETCONF over SSH is refused unless {@code system services netconf ssh} is committed. */
    public boolean netconfEnabled() {
        return datastore.active().at("system", "services", "netconf", "ssh").isPresent();
    }

    public RouterView view() {
        return RouterView.of(datastore.active());
    }

    public List<Interfaces.Ifd> interfaces(RouterView view) {
        return Interfaces.of(view, options.ethernetPorts(), serial);
    }

    public List<BgpPeers.Peer> bgpPeers(RouterView view) {
        return bgp.list(view);
    }

    /**
     * Commits the candidate. With {@code confirmMinutes} the commit reverts by itself after that many
     * {@link Options#minuteLength() minutes} unless confirmed by another commit; a plain commit confirms a pending one.
     */
    public synchronized Datastore.Revision commit(int sessionId, String user, Optional<Integer> confirmMinutes)
            throws RpcException {
        Datastore.Revision revision = datastore.commit(sessionId, user, now());
        cancelTimer();
        confirmMinutes.ifPresent(minutes -> {
            lastConfirmMinutes = minutes;
            Duration delay = options.minuteLength().multipliedBy(minutes);
            confirmDeadline = now().plus(delay);
            confirmTimer = scheduler.schedule(this::revertUnconfirmed, delay.toNanos(), TimeUnit.NANOSECONDS);
        });
        updateBgp(now());
        return revision;
    }

    /** Whether a {@code commit confirmed} waits for confirmation, and until when. */
    public synchronized Optional<Instant> confirmDeadline() {
        return confirmTimer == null ? Optional.empty() : Optional.of(confirmDeadline);
    }

    /** The {@code confirm-timeout} of the last confirmed commit, in minutes as sent; 0 if none yet. */
    public int lastConfirmMinutes() {
        return lastConfirmMinutes;
    }

    private synchronized void revertUnconfirmed() {
        if (confirmTimer == null) {
            return;
        }
        confirmTimer = null;
        confirmDeadline = null;
        datastore.revertUnconfirmed(now());
        updateBgp(now());
    }

    private void cancelTimer() {
        if (confirmTimer != null) {
            confirmTimer.cancel(false);
            confirmTimer = null;
            confirmDeadline = null;
        }
    }

    private void updateBgp(Instant at) {
        RouterView view = view();
        bgp.update(view, interfaces(view), at);
    }

    /** A NETCONF session ended (closed, killed or dropped). */
    public void sessionEnded(int sessionId) {
        datastore.sessionEnded(sessionId);
    }

    /** Stops timers; called when the router is removed from its farm. */
    synchronized void shutdown() {
        cancelTimer();
    }
}

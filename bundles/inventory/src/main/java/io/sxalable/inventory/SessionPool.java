package io.sxalable.inventory;

import io.sxalable.sdk.driver.DeviceDriver;
import io.sxalable.sdk.driver.DeviceException;
import io.sxalable.sdk.driver.DeviceSession;
import io.sxalable.sdk.driver.ErrorKind;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Keeps device sessions open for a short while after use, so a burst of reads against one router logs in once
 * (an SSH or NETCONF login costs far more than a command). A session is used by one caller at a time; it is reused
 * only for the same driver instance, address, port and credential, and closed after it has been
 * idle for the configured time, after any failure, or when the pool closes. A reused session that turns out to be
 * dead (the device dropped the idle connection) is replaced by a fresh one, once.
 */
final class SessionPool implements AutoCloseable {

    /**
     * What a session was opened for; a session is only reused for exactly the same. The pinned host key is not part
     * of it: a session that was open when its key got pinned on first use is the very connection that presented it.
     */
    record Key(DeviceDriver driver, String host, int port, UUID credentialId) {
    }

    @FunctionalInterface
    interface Opener {
        DeviceSession open() throws DeviceException;
    }

    @FunctionalInterface
    interface Work<T> {
        /** @param fresh whether the session was opened for this call (false: reused from the pool) */
        T run(DeviceSession session, boolean fresh) throws DeviceException;
    }

    private record Idle(DeviceSession session, long sinceNanos) {
    }

    private final long idleNanos;
    private final int maxIdlePerKey;
    private final LongSupplier clock;
    private final Map<Key, Deque<Idle>> idle = new ConcurrentHashMap<>();
    private final ScheduledExecutorService reaper;

    /** A pool that reaps idle sessions on its own thread; {@code idleTimeout} zero disables reuse. */
    SessionPool(Duration idleTimeout, int maxIdlePerKey) {
        this(idleTimeout, maxIdlePerKey, System::nanoTime, true);
    }

    SessionPool(Duration idleTimeout, int maxIdlePerKey, LongSupplier clock, boolean reapInBackground) {
        this.idleNanos = idleTimeout.toNanos();
        this.maxIdlePerKey = maxIdlePerKey;
        this.clock = clock;
        if (reapInBackground && idleNanos > 0) {
            this.reaper = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "sxalable-device-session-reaper");
                t.setDaemon(true);
                return t;
            });
            long period = Math.max(1, idleTimeout.toSeconds() / 2);
            reaper.scheduleWithFixedDelay(this::closeExpired, period, period, TimeUnit.SECONDS);
        } else {
            this.reaper = null;
        }
    }

    <T> T withSession(Key key, Opener opener, Work<T> work) throws DeviceException {
        DeviceSession reused = takeIdle(key);
        if (reused != null) {
            try {
                T result = work.run(reused, false);
                giveBack(key, reused);
                return result;
            } catch (DeviceException e) {
                closeQuietly(reused);
                if (!looksLikeADeadConnection(e)) {
                    throw e;
                }
                // the device dropped the idle connection: fall through to a fresh session
            } catch (RuntimeException e) {
                closeQuietly(reused);
                throw e;
            }
        }
        DeviceSession fresh = opener.open();
        try {
            T result = work.run(fresh, true);
            giveBack(key, fresh);
            return result;
        } catch (DeviceException | RuntimeException e) {
            closeQuietly(fresh);
            throw e;
        }
    }

    /** Idle sessions held right now, all keys together. */
    int idleCount() {
        return idle.values().stream().mapToInt(Deque::size).sum();
    }

    /** Closes every session idle for longer than the timeout. */
    void closeExpired() {
        long now = clock.getAsLong();
        for (Deque<Idle> sessions : idle.values()) {
            for (Idle s : List.copyOf(sessions)) {
                if (now - s.sinceNanos() >= idleNanos && sessions.remove(s)) {
                    closeQuietly(s.session());
                }
            }
        }
        idle.values().removeIf(Deque::isEmpty);
    }

    @Override
    public void close() {
        if (reaper != null) {
            reaper.shutdownNow();
        }
        List<Idle> all = new ArrayList<>();
        idle.values().forEach(all::addAll);
        idle.clear();
        all.forEach(s -> closeQuietly(s.session()));
    }

    private DeviceSession takeIdle(Key key) {
        Deque<Idle> sessions = idle.get(key);
        long now = clock.getAsLong();
        Idle s;
        while (sessions != null && (s = sessions.pollFirst()) != null) {
            if (now - s.sinceNanos() < idleNanos) {
                return s.session();
            }
            closeQuietly(s.session());
        }
        return null;
    }

    private void giveBack(Key key, DeviceSession session) {
        if (idleNanos <= 0) {
            closeQuietly(session);
            return;
        }
        Deque<Idle> sessions = idle.computeIfAbsent(key, k -> new ConcurrentLinkedDeque<>());
        if (sessions.size() >= maxIdlePerKey) {
            closeQuietly(session);
        } else {
            sessions.addFirst(new Idle(session, clock.getAsLong()));
        }
    }

    private static boolean looksLikeADeadConnection(DeviceException e) {
        // not TIMEOUT: a slow device would then be waited for twice
        return e.kind() == ErrorKind.UNREACHABLE || e.kind() == ErrorKind.UNEXPECTED_OUTPUT;
    }

    private static void closeQuietly(DeviceSession session) {
        try {
            session.close();
        } catch (RuntimeException e) {
            // a session of a driver whose bundle is gone may fail to close; it is dropped either way
        }
    }
}

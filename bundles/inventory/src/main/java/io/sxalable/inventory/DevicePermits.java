package io.sxalable.inventory;

import io.sxalable.core.api.ErrorCode;
import io.sxalable.core.api.SxalableException;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Bounds how many device sessions this node runs against one router at a time, so a burst of API calls cannot
 * swamp a router's management plane. Callers beyond the limit wait up to a deadline, then get DEVICE_BUSY.
 */
final class DevicePermits {

    private final int perDevice;
    private final Map<UUID, Semaphore> byRouter = new ConcurrentHashMap<>();

    DevicePermits(int perDevice) {
        if (perDevice < 1) {
            throw new IllegalArgumentException("perDevice must be at least 1: " + perDevice);
        }
        this.perDevice = perDevice;
    }

    /** A held permit; closing it releases it exactly once. */
    interface Permit extends AutoCloseable {
        @Override
        void close();
    }

    Permit acquire(UUID routerId, String routerName, Duration wait) {
        Semaphore semaphore = byRouter.computeIfAbsent(routerId, id -> new Semaphore(perDevice, true));
        boolean acquired;
        try {
            acquired = semaphore.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SxalableException(ErrorCode.DEVICE_BUSY, "interrupted while waiting for router '" + routerName + "'");
        }
        if (!acquired) {
            throw new SxalableException(ErrorCode.DEVICE_BUSY, "router '" + routerName + "' already has " + perDevice
                    + " operations running; waited " + wait.toSeconds() + " s, try again later");
        }
        java.util.concurrent.atomic.AtomicBoolean released = new java.util.concurrent.atomic.AtomicBoolean();
        return () -> {
            if (released.compareAndSet(false, true)) {
                semaphore.release();
            }
        };
    }

    /** Permits free right now for a router (for tests and diagnostics). */
    int available(UUID routerId) {
        Semaphore semaphore = byRouter.get(routerId);
        return semaphore == null ? perDevice : semaphore.availablePermits();
    }
}

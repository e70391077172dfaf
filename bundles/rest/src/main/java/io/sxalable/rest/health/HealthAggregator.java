package io.sxalable.rest.health;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.sxalable.core.api.health.HealthIndicator;

/**
 * Asks every indicator at once and waits at most the timeout: an indicator that throws, hangs or answers null is
 * DOWN (with a one-line reason), never a failed health request.
 */
public final class HealthAggregator {

    private final Executor executor;
    private final Duration timeout;

    public HealthAggregator(Executor executor, Duration timeout) {
        this.executor = executor;
        this.timeout = timeout;
    }

    public HealthReport check(List<HealthIndicator> indicators) {
        Map<String, CompletableFuture<HealthIndicator.Health>> pending = new LinkedHashMap<>();
        for (HealthIndicator indicator : indicators) {
            pending.put(uniqueName(pending, safeName(indicator)),
                    CompletableFuture.supplyAsync(indicator::check, executor));
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        Map<String, HealthReport.Component> components = new LinkedHashMap<>();
        pending.forEach((name, future) -> components.put(name, await(future, deadline)));
        return HealthReport.of(components);
    }

    private HealthReport.Component await(CompletableFuture<HealthIndicator.Health> future, long deadline) {
        try {
            HealthIndicator.Health health = future.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (health == null || health.status() == null) {
                return down("indicator answered nothing", true);
            }
            return new HealthReport.Component(health.status().name(),
                    health.detail() == null ? "" : health.detail(), health.required());
        } catch (TimeoutException e) {
            future.cancel(true);
            return down("no answer within " + timeout.toMillis() + " ms", true);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            return down("check failed: " + cause.getClass().getSimpleName(), true);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return down("interrupted", true);
        }
    }

    private static HealthReport.Component down(String detail, boolean required) {
        return new HealthReport.Component(HealthIndicator.Status.DOWN.name(), detail, required);
    }

    private static String safeName(HealthIndicator indicator) {
        try {
            String name = indicator.name();
            return name == null || name.isBlank() ? indicator.getClass().getSimpleName() : name;
        } catch (RuntimeException e) {
            return indicator.getClass().getSimpleName();
        }
    }

    private static String uniqueName(Map<String, ?> taken, String name) {
        String candidate = name;
        for (int i = 2; taken.containsKey(candidate); i++) {
            candidate = name + "#" + i;
        }
        return candidate;
    }
}

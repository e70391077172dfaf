package io.sxalable.rest.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.sxalable.core.api.health.HealthIndicator;
import io.sxalable.core.api.health.HealthIndicator.Health;
import io.sxalable.rest.json.ObjectMappers;

class HealthAggregatorTest {

    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final CountDownLatch never = new CountDownLatch(1);
    private final HealthAggregator aggregator = new HealthAggregator(executor, Duration.ofMillis(300));

    @AfterEach
    void stop() {
        never.countDown();
        executor.shutdownNow();
    }

    private static HealthIndicator indicator(String name, Supplier<Health> check) {
        return new HealthIndicator() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Health check() {
                return check.get();
            }
        };
    }

    @Test
    void noIndicatorsIsUpAndReady() {
        HealthReport report = aggregator.check(List.of());
        assertThat(report.status()).isEqualTo("UP");
        assertThat(report.ready()).isTrue();
        assertThat(report.components()).isEmpty();
    }

    @Test
    void allUp() {
        HealthReport report = aggregator.check(List.of(indicator("database", () -> Health.up("pg 17"))));
        assertThat(report.status()).isEqualTo("UP");
        assertThat(report.components().get("database")).isEqualTo(new HealthReport.Component("UP", "pg 17", true));
    }

    @Test
    void optionalDownDegradesButStaysReady() {
        HealthReport report = aggregator.check(List.of(
                indicator("database", () -> Health.up("pg")),
                indicator("nats", () -> Health.down("connection refused").optional())));
        assertThat(report.status()).isEqualTo("DEGRADED");
        assertThat(report.ready()).isTrue();
    }

    @Test
    void requiredDownIsNotReady() {
        HealthReport report = aggregator.check(List.of(indicator("database", () -> Health.down("refused"))));
        assertThat(report.status()).isEqualTo("DOWN");
        assertThat(report.ready()).isFalse();
    }

    @Test
    void throwingHangingOrSilentIndicatorsAreDownNotErrors() {
        long start = System.nanoTime();
        HealthReport report = aggregator.check(List.of(
                indicator("throws", () -> {
                    throw new IllegalStateException("boom");
                }),
                indicator("hangs", () -> {
                    try {
                        never.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return Health.up("late");
                }),
                indicator("silent", () -> null)));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
        assertThat(report.status()).isEqualTo("DOWN");
        assertThat(report.components().get("throws").detail()).isEqualTo("check failed: IllegalStateException");
        assertThat(report.components().get("hangs").detail()).isEqualTo("no answer within 300 ms");
        assertThat(report.components().get("silent").status()).isEqualTo("DOWN");
    }

    @Test
    void duplicateNamesAreKeptApart() {
        HealthReport report = aggregator.check(List.of(
                indicator("driver", () -> Health.up("a")), indicator("driver", () -> Health.up("b"))));
        assertThat(report.components()).containsOnlyKeys("driver", "driver#2");
    }

    @Test
    void reportJson() throws Exception {
        ObjectMapper mapper = ObjectMappers.create();
        HealthReport report = aggregator.check(List.of(indicator("database", () -> Health.up("pg"))));
        assertThat(mapper.writeValueAsString(report)).isEqualTo(
                "{\"status\":\"UP\",\"components\":{\"database\":{\"status\":\"UP\",\"detail\":\"pg\",\"required\":true}}}");
    }
}

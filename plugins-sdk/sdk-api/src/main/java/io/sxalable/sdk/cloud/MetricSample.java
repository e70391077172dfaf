package io.sxalable.sdk.cloud;

import java.time.Instant;

/**
 * One metric value.
 *
 * @param name  metric name; names ending {@code _percent} are 0..100, {@code _bytes} are bytes, {@code _count} are counts
 * @param at    sample time (UTC)
 * @param value the value in the unit its name gives
 */
public record MetricSample(String name, Instant at, double value) {
}

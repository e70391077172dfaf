package io.sxalable.driver.routeros.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DurationsTest {

    @Test
    void compactApiForm() {
        assertThat(Durations.parse("1w2d3h4m5s")).contains(Duration.ofDays(9).plusHours(3).plusMinutes(4).plusSeconds(5));
        assertThat(Durations.parse("45m12s")).contains(Duration.ofMinutes(45).plusSeconds(12));
        assertThat(Durations.parse("3h")).contains(Duration.ofHours(3));
        assertThat(Durations.parse("5m")).contains(Duration.ofMinutes(5));
        assertThat(Durations.parse("3s250ms")).contains(Duration.ofSeconds(3));
        assertThat(Durations.parse("0s")).contains(Duration.ZERO);
        assertThat(Durations.parse("52w1d3h12m44s")).contains(Duration.ofDays(365).plusHours(3).plusMinutes(12).plusSeconds(44));
    }

    @Test
    void consoleForm() {
        assertThat(Durations.parse("1w2d03:04:05")).contains(Duration.ofDays(9).plusHours(3).plusMinutes(4).plusSeconds(5));
        assertThat(Durations.parse("00:00:07")).contains(Duration.ofSeconds(7));
    }

    @Test
    void garbage() {
        assertThat(Durations.parse("")).isEmpty();
        assertThat(Durations.parse("never")).isEmpty();
        assertThat(Durations.parse(null)).isEmpty();
    }

    @Test
    void formatsLikeTheRouter() {
        assertThat(Durations.format(Duration.ofDays(9).plusHours(3).plusSeconds(5))).isEqualTo("1w2d3h5s");
        assertThat(Durations.format(Duration.ZERO)).isEqualTo("0s");
    }
}

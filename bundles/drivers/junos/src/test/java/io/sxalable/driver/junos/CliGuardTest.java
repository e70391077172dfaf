package io.sxalable.driver.junos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sxalable.sdk.driver.ConfigRejectedException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class CliGuardTest {

    @Test
    void showCommandsAndFilteringPipesPass() throws Exception {
        assertThat(CliGuard.requireShowCommand("  show version ")).isEqualTo("show version");
        assertThat(CliGuard.requireShowCommand("show interfaces terse | match ge- | count"))
                .isEqualTo("show interfaces terse | match ge- | count");
        assertThat(CliGuard.requireShowCommand("SHOW route | no-more")).startsWith("SHOW");
        assertThat(CliGuard.requireShowCommand("sh ver")).isEqualTo("sh ver");
    }

    @Test
    void everythingElseIsRefused() {
        assertThatThrownBy(() -> CliGuard.requireShowCommand("request system reboot"))
                .isInstanceOf(ConfigRejectedException.class).hasMessageContaining("'request'");
        assertThatThrownBy(() -> CliGuard.requireShowCommand("clear bgp neighbor all"))
                .isInstanceOf(ConfigRejectedException.class);
        assertThatThrownBy(() -> CliGuard.requireShowCommand("show configuration | save /var/tmp/x"))
                .isInstanceOf(ConfigRejectedException.class).hasMessageContaining("| save");
        assertThatThrownBy(() -> CliGuard.requireShowCommand("show version | display xml rpc"))
                .isInstanceOf(ConfigRejectedException.class).hasMessageContaining("| display");
        assertThatThrownBy(() -> CliGuard.requireShowCommand("show version\nrequest system halt"))
                .isInstanceOf(ConfigRejectedException.class).hasMessageContaining("single line");
        assertThatThrownBy(() -> CliGuard.requireShowCommand(" ")).isInstanceOf(ConfigRejectedException.class);
        assertThatThrownBy(() -> CliGuard.requireShowCommand("s version")).isInstanceOf(ConfigRejectedException.class);
        assertThatThrownBy(() -> CliGuard.requireShowCommand("shutdown")).isInstanceOf(ConfigRejectedException.class);
    }

    @Test
    void confirmTimeoutsRoundUpToWholeMinutes() throws Exception {
        assertThat(ConfirmTimeout.minutes(Duration.ofSeconds(1))).isEqualTo(1);
        assertThat(ConfirmTimeout.minutes(Duration.ofSeconds(60))).isEqualTo(1);
        assertThat(ConfirmTimeout.minutes(Duration.ofSeconds(61))).isEqualTo(2);
        assertThat(ConfirmTimeout.minutes(Duration.ofMinutes(10).plusNanos(1))).isEqualTo(11);
        assertThat(ConfirmTimeout.minutes(Duration.ofMinutes(65535))).isEqualTo(65535);
        assertThatThrownBy(() -> ConfirmTimeout.minutes(Duration.ofMinutes(65536)))
                .isInstanceOf(ConfigRejectedException.class).hasMessageContaining("65535");
        assertThatThrownBy(() -> ConfirmTimeout.minutes(Duration.ZERO)).isInstanceOf(ConfigRejectedException.class);
        assertThatThrownBy(() -> ConfirmTimeout.minutes(Duration.ofDays(1_000_000)))
                .isInstanceOf(ConfigRejectedException.class);
    }
}

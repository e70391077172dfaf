package io.sxalable.driver.frr.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sxalable.sdk.driver.UnexpectedOutputException;
import org.junit.jupiter.api.Test;

class RunningConfigParserTest {

    @Test
    void dropsThePreambleAndKeepsTheConfig() throws Exception {
        String config = RunningConfigParser.normalize(Golden.read("r1", "show-running-config.txt"));

        assertThat(config).startsWith("!\nfrr version 8.4.4\n").endsWith("\nend\n")
                .doesNotContain("Building configuration").doesNotContain("Current configuration")
                .contains("router bgp 65001\n").contains(" neighbor 10.0.12.2 remote-as 65002\n")
                .contains("  network 10.101.0.0/24\n");
    }

    @Test
    void isStableAndIdempotent() throws Exception {
        String raw = Golden.read("r2", "show-running-config.txt");
        String once = RunningConfigParser.normalize(raw);
        assertThat(RunningConfigParser.normalize(once)).isEqualTo(once);
        assertThat(RunningConfigParser.normalize(raw.replace("\n", " \r\n"))).isEqualTo(once);
        assertThat(RunningConfigParser.normalize(raw.replace("!\nfrr version",
                "! Last configuration change at 10:00:01 UTC Mon Nov 24 2026\n!\nfrr version"))).isEqualTo(once);
    }

    @Test
    void hostnameLine() throws Exception {
        assertThat(RunningConfigParser.hostname(Golden.read("r2", "show-running-config.txt"))).contains("r2");
        assertThat(RunningConfigParser.hostname("!\nend\n")).isEmpty();
    }

    @Test
    void errorsAndTruncationAreUnexpected() {
        assertThatThrownBy(() -> RunningConfigParser.normalize("")).isInstanceOf(UnexpectedOutputException.class);
        assertThatThrownBy(() -> RunningConfigParser.normalize("% Unknown command: show running-config"))
                .isInstanceOf(UnexpectedOutputException.class).hasMessageContaining("failed");
        assertThatThrownBy(() -> RunningConfigParser.normalize("!\nfrr version 8.4.4\nrouter bgp 1\n"))
                .isInstanceOf(UnexpectedOutputException.class).hasMessageContaining("truncated");
    }
}

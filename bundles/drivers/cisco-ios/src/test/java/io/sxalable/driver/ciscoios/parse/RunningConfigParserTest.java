package io.sxalable.driver.ciscoios.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sxalable.sdk.driver.UnexpectedOutputException;
import org.junit.jupiter.api.Test;

class RunningConfigParserTest {

    @Test
    void dropsPreambleTimestampsAndClockPeriod() throws Exception {
        String config = RunningConfigParser.normalize(Golden.read(Golden.CSR, "show-running-config.txt"));

        assertThat(config).startsWith("!\n!\nversion 17.3\n").endsWith("\n!\n!\nend\n")
                .doesNotContain("Building configuration").doesNotContain("Current configuration")
                .doesNotContain("Last configuration change").doesNotContain("NVRAM config last updated")
                .doesNotContain("ntp clock-period").contains("ntp server 192.168.122.1\n")
                .contains("interface GigabitEthernet2\n description to core1 Gi0/0/3\n");
        assertThat(config.lines()).allSatisfy(l -> assertThat(l).doesNotEndWith(" "));
    }

    @Test
    void stableAcrossEditsElsewhereAndIdempotent() throws Exception {
        String raw = Golden.read(Golden.CSR, "show-running-config.txt");
        String once = RunningConfigParser.normalize(raw);
        String later = raw.replace("Current configuration : 2712 bytes", "Current configuration : 2713 bytes")
                .replace("14:02:11 UTC Tue Nov 24 2026", "09:00:00 UTC Wed Nov 25 2026")
                .replace("ntp clock-period 17179758", "ntp clock-period 17179760");
        assertThat(RunningConfigParser.normalize(later)).isEqualTo(once);
        assertThat(RunningConfigParser.normalize(once)).isEqualTo(once);
        assertThat(RunningConfigParser.normalize(raw.replace("\n", "\r\n"))).isEqualTo(once);
    }

    @Test
    void errorsAndTruncationAreUnexpected() {
        assertThatThrownBy(() -> RunningConfigParser.normalize(""))
                .isInstanceOf(UnexpectedOutputException.class).hasMessageContaining("no configuration");
        assertThatThrownBy(() -> RunningConfigParser.normalize("                  ^\n% Invalid input detected at '^' marker.\n"))
                .isInstanceOf(UnexpectedOutputException.class).hasMessageContaining("Invalid input");
        assertThatThrownBy(() -> RunningConfigParser.normalize("!\nversion 17.3\nhostname r1\n"))
                .isInstanceOf(UnexpectedOutputException.class).hasMessageContaining("truncated");
    }

    @Test
    void candidateNormalisation() {
        assertThat(RunningConfigParser.normalizeCandidate("hostname r9\r\ninterface Loopback1 \r\n"))
                .isEqualTo("hostname r9\ninterface Loopback1\nend\n");
        assertThat(RunningConfigParser.normalizeCandidate("Building configuration...\n\nCurrent configuration : 9 bytes\n"
                + "!\n! Last configuration change at 1\nhostname r9\nend\n")).isEqualTo("!\nhostname r9\nend\n");
    }
}

package io.sxalable.driver.ciscoios.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sxalable.sdk.driver.UnexpectedOutputException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class VersionParserTest {

    @Test
    void iosXeOnCsr1000v() throws Exception {
        VersionParser.Version v = VersionParser.parse(Golden.read(Golden.CSR, "show-version.txt"));

        assertThat(v.osVersion()).isEqualTo("IOS-XE 17.3.4a");
        assertThat(v.model()).isEqualTo("CSR1000V");
        assertThat(v.serialNumber()).isEqualTo("9T3MKXR8QWN");
        assertThat(v.hostname()).isEqualTo("edge1");
        assertThat(v.uptime()).isEqualTo(Duration.ofDays(9).plusHours(3).plusMinutes(4));
    }

    @Test
    void classicIosOnIsrG2() throws Exception {
        VersionParser.Version v = VersionParser.parse(Golden.read(Golden.ISR_G2, "show-version.txt"));

        assertThat(v.osVersion()).isEqualTo("IOS 15.7(3)M8");
        assertThat(v.model()).isEqualTo("CISCO2911/K9");
        assertThat(v.serialNumber()).isEqualTo("FTX1840AHB7");
        assertThat(v.hostname()).isEqualTo("branch3");
        assertThat(v.uptime()).isEqualTo(Duration.ofDays(2 * 365 + 11 * 7 + 5).plusHours(1).plusMinutes(1));
    }

    @Test
    void uptimeUnits() throws Exception {
        assertThat(VersionParser.uptime("2 minutes")).isEqualTo(Duration.ofMinutes(2));
        assertThat(VersionParser.uptime("1 day, 19 hours, 14 minutes")).isEqualTo(Duration.ofMinutes(43 * 60 + 14));
        assertThat(VersionParser.uptime("1 week, 1 minute")).isEqualTo(Duration.ofDays(7).plusMinutes(1));
    }

    @Test
    void crLineEndsAreFine() throws Exception {
        String raw = Golden.read(Golden.CSR, "show-version.txt").replace("\n", "\r\n");
        assertThat(VersionParser.parse(raw).hostname()).isEqualTo("edge1");
    }

    @Test
    void notShowVersionIsUnexpected() {
        assertThatThrownBy(() -> VersionParser.parse("% Invalid input detected at '^' marker."))
                .isInstanceOf(UnexpectedOutputException.class).hasMessageContaining("show version");
        assertThatThrownBy(() -> VersionParser.parse("Cisco IOS Software, C2900 Software, Version 15.7(3)M8,\n"))
                .isInstanceOf(UnexpectedOutputException.class).hasMessageContaining("uptime");
    }
}

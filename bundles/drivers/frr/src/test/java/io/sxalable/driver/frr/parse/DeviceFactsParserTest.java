package io.sxalable.driver.frr.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sxalable.sdk.driver.DeviceFacts;
import io.sxalable.sdk.driver.UnexpectedOutputException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeviceFactsParserTest {

    @Test
    void factsFromRecordedOutputs() throws Exception {
        DeviceFacts facts = DeviceFactsParser.parse(outputs("r1"), List.of("lo", "eth1"));

        assertThat(facts.vendor()).isEqualTo("FRRouting");
        assertThat(facts.osVersion()).isEqualTo("FRRouting 8.4.4");
        assertThat(facts.model()).isEqualTo("Linux x86_64");
        assertThat(facts.hostname()).isEqualTo("r1");
        assertThat(facts.serialNumber()).isEqualTo(Golden.read("r1", "machine-id.txt").strip()).hasSize(32);
        assertThat(facts.uptime()).isEqualTo(Duration.ofSeconds(755));   // "755.78 1238.43"
        assertThat(facts.interfaces()).containsExactly("lo", "eth1");
    }

    @Test
    void hostnameFallsBackToShowVersionAndSerialMayBeMissing() throws Exception {
        DeviceFactsParser.Outputs o = outputs("r2");
        DeviceFacts facts = DeviceFactsParser.parse(
                new DeviceFactsParser.Outputs(o.showVersion(), "!\nend\n", o.unameMachine(), o.procUptime(), ""),
                List.of());

        assertThat(facts.hostname()).isEqualTo("r2");
        assertThat(facts.serialNumber()).isEmpty();
    }

    @Test
    void notFrrIsUnexpected() {
        DeviceFactsParser.Outputs o = outputs("r1");
        assertThatThrownBy(() -> DeviceFactsParser.parse(new DeviceFactsParser.Outputs("Cisco IOS Software, ...",
                o.runningConfig(), o.unameMachine(), o.procUptime(), o.machineId()), List.of()))
                .isInstanceOf(UnexpectedOutputException.class).hasMessageContaining("show version");
        assertThatThrownBy(() -> DeviceFactsParser.parse(new DeviceFactsParser.Outputs(o.showVersion(),
                o.runningConfig(), o.unameMachine(), "cat: /proc/uptime: No such file", o.machineId()), List.of()))
                .isInstanceOf(UnexpectedOutputException.class).hasMessageContaining("/proc/uptime");
    }

    private static DeviceFactsParser.Outputs outputs(String router) {
        return new DeviceFactsParser.Outputs(Golden.read(router, "show-version.txt"),
                Golden.read(router, "show-running-config.txt"), Golden.read(router, "uname-m.txt"),
                Golden.read(router, "proc-uptime.txt"), Golden.read(router, "machine-id.txt"));
    }
}

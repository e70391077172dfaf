package io.sxalable.driver.routeros.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sxalable.sdk.driver.ConfigRejectedException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CliCommandTest {

    @Test
    void printWithWhereAndFlags() throws Exception {
        CliCommand c = CliCommand.parse("/ip address print detail where interface=ether2 and disabled=no");

        assertThat(c.apiCommand()).isEqualTo("/ip/address/print");
        assertThat(c.queries()).containsExactly("interface=ether2", "disabled=no");
        assertThat(c.arguments()).isEmpty();
    }

    @Test
    void slashSpellingStatsAndProplist() throws Exception {
        CliCommand c = CliCommand.parse("/interface/print stats proplist=name,rx-byte");

        assertThat(c.apiCommand()).isEqualTo("/interface/print");
        assertThat(c.arguments()).isEqualTo(Map.of("stats", "", ".proplist", "name,rx-byte"));
    }

    @Test
    void exportsAndMonitor() throws Exception {
        assertThat(CliCommand.parse("/export").apiCommand()).isEqualTo("/export");
        assertThat(CliCommand.parse("/export terse").menu()).isEmpty();
        assertThat(CliCommand.parse("/routing bgp connection export").apiCommand()).isEqualTo("/routing/bgp/connection/export");
        CliCommand m = CliCommand.parse("/interface ethernet monitor ether1,ether2 once");
        assertThat(m.apiCommand()).isEqualTo("/interface/ethernet/monitor");
        assertThat(m.arguments()).containsEntry("numbers", "ether1,ether2").containsKey("once");
        assertThat(m.queries()).isEqualTo(List.of());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/ip address add address=10.0.0.1/24 interface=ether1", "/system reboot",
            "/interface ethernet monitor ether1", "/export file=x", "ip address print", ":put [/system identity get name]",
            "/ip address print; /system reboot", "/ip address print\n/system reboot", "",
            "/ip address print where address~\"10\""})
    void refusesWhatIsNotAReadOnlyCommand(String command) {
        assertThatThrownBy(() -> CliCommand.parse(command)).isInstanceOf(ConfigRejectedException.class)
                .hasMessageContaining("not run");
    }
}

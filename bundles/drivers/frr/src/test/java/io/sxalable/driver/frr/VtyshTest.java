package io.sxalable.driver.frr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sxalable.sdk.driver.ConfigRejectedException;
import org.junit.jupiter.api.Test;

class VtyshTest {

    @Test
    void showCommandsPass() throws Exception {
        assertThat(Vtysh.requireShowCommand("  show ip route ")).isEqualTo("show ip route");
        assertThat(Vtysh.requireShowCommand("SHOW bgp summary | include 10.0")).isEqualTo("SHOW bgp summary | include 10.0");
    }

    @Test
    void everythingElseIsRejected() {
        for (String command : new String[] {"configure terminal", "write memory", "clear ip bgp *", "",
                "showx", "show version\nconfigure terminal", "no router bgp 65001"}) {
            assertThatThrownBy(() -> Vtysh.requireShowCommand(command)).as(command)
                    .isInstanceOf(ConfigRejectedException.class);
        }
    }

    @Test
    void quotesForTheRemoteShell() {
        assertThat(Vtysh.command("show ip route")).isEqualTo("vtysh -c 'show ip route'");
        assertThat(Vtysh.command("show bgp neighbors 'x'; rm -rf /"))
                .isEqualTo("vtysh -c 'show bgp neighbors '\"'\"'x'\"'\"'; rm -rf /'");
    }
}

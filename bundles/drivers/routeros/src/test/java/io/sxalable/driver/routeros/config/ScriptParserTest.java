package io.sxalable.driver.routeros.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sxalable.driver.routeros.Golden;
import io.sxalable.sdk.driver.ConfigRejectedException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ScriptParserTest {

    @Test
    void exportSyntaxWithMenuLines() throws Exception {
        List<ScriptCommand> commands = ScriptParser.parse("""
                /ip address
                add address=192.0.2.1/24 interface=ether3 comment="lab net"
                /interface ethernet
                set [ find default-name=ether3 ] comment=lab disabled=no
                /routing bgp connection
                add as=65001 local.role=ebgp name=lab remote.address=192.0.2.2 .as=65099 templates=default
                /routing bgp template
                set default router-id=10.255.0.9
                /system identity
                set name=lab-r1
                """);

        assertThat(commands).hasSize(5);
        assertThat(commands.get(0)).isEqualTo(new ScriptCommand(2, "add address=192.0.2.1/24 interface=ether3 comment=\"lab net\"",
                Section.IP_ADDRESS, "add", Optional.empty(),
                Map.of("address", "192.0.2.1/24", "interface", "ether3", "comment", "lab net"), List.of()));
        assertThat(commands.get(1).selector()).contains(Selector.find(Map.of("default-name", "ether3")));
        assertThat(commands.get(2).attributes()).containsEntry("remote.address", "192.0.2.2")
                .containsEntry("remote.as", "65099").doesNotContainKey(".as");
        assertThat(commands.get(3).selector()).contains(Selector.named("default"));
        assertThat(commands.get(4).section()).isEqualTo(Section.SYSTEM_IDENTITY);
        assertThat(commands.get(4).selector()).isEmpty();
    }

    @Test
    void inlineMenusInBothSpellings() throws Exception {
        List<ScriptCommand> commands = ScriptParser.parse("""
                /ip address add address=10.0.0.1/24 interface=ether2
                /ip/address/remove [ find address=10.0.0.1/24 ]
                /interface set ether2 comment=x
                /ipv6 address unset [ find where interface=ether2 and address=2001:db8::1/64 ] comment
                /interface ethernet disable ether4
                """);

        assertThat(commands).extracting(ScriptCommand::section).containsExactly(Section.IP_ADDRESS, Section.IP_ADDRESS,
                Section.INTERFACE, Section.IPV6_ADDRESS, Section.INTERFACE_ETHERNET);
        assertThat(commands).extracting(ScriptCommand::verb).containsExactly("add", "remove", "set", "unset", "disable");
        assertThat(commands.get(1).selector().get().criteria()).isEqualTo(Map.of("address", "10.0.0.1/24"));
        assertThat(commands.get(2).selector()).contains(Selector.named("ether2"));
        assertThat(commands.get(3).selector().get().criteria())
                .isEqualTo(Map.of("interface", "ether2", "address", "2001:db8::1/64"));
        assertThat(commands.get(3).valueNames()).containsExactly("comment");
    }

    @Test
    void everyUnsupportedLineIsNamedNothingIsIgnored() {
        String script = """
                /ip address
                add address=10.0.0.1/24 interface=ether2
                /ip firewall filter
                add chain=input action=drop
                /ip address
                set 0 comment=x
                set [ find address~"10.0" ] comment=x
                /interface ethernet
                set [ find default-name=ether1 ] mtu=9000
                :foreach i in=[/interface find] do={}
                /system identity
                print
                """;

        assertThatThrownBy(() -> ScriptParser.parse(script)).isInstanceOf(ConfigRejectedException.class)
                .hasMessageContaining("6 lines are not supported")
                .hasMessageContaining("line 4: add chain=input action=drop: menu /ip firewall filter is not supported")
                .hasMessageContaining("line 6: set 0 comment=x: console item numbers")
                .hasMessageContaining("line 7:").hasMessageContaining("only equality criteria")
                .hasMessageContaining("line 9:").hasMessageContaining("attribute(s) mtu not supported in /interface ethernet")
                .hasMessageContaining("line 10:").hasMessageContaining("scripting commands are not supported")
                .hasMessageContaining("line 12: print: 'print' is not supported in /system identity")
                .hasMessageNotContaining("line 2:");
    }

    @Test
    void otherMistakes() {
        assertThatThrownBy(() -> ScriptParser.parse("add address=10.0.0.1/24")).isInstanceOf(ConfigRejectedException.class)
                .hasMessageContaining("outside a menu");
        assertThatThrownBy(() -> ScriptParser.parse("/ip address set comment=x")).isInstanceOf(ConfigRejectedException.class)
                .hasMessageContaining("first: [ find ... ] or a name");
        assertThatThrownBy(() -> ScriptParser.parse("/routing bgp connection add .as=1"))
                .isInstanceOf(ConfigRejectedException.class).hasMessageContaining("continues no dotted attribute");
        assertThatThrownBy(() -> ScriptParser.parse("/ip address remove [ find address=1.2.3.4/32 ] comment=x"))
                .isInstanceOf(ConfigRejectedException.class).hasMessageContaining("takes no attributes");
        assertThatThrownBy(() -> ScriptParser.parse("/ip address add comment=\"open"))
                .isInstanceOf(ConfigRejectedException.class).hasMessageContaining("missing closing");
    }

    @Test
    void aFullExportYieldsItsSupportedSectionsOnly() {
        List<ScriptCommand> commands = ScriptParser.parseSupported(Golden.text(Golden.EDGE_1, "export.rsc"));

        assertThat(commands).extracting(c -> c.section().menu()).containsExactly(
                "/interface ethernet", "/interface ethernet", "/interface ethernet", "/routing bgp template",
                "/ip address", "/ip address", "/ip address", "/ip address", "/ip address", "/ipv6 address",
                "/routing bgp connection", "/routing bgp connection", "/routing bgp connection",
                "/routing bgp connection", "/routing bgp connection", "/system identity");
        assertThat(commands.get(4).attributes()).containsEntry("network", "192.168.88.0");
        assertThat(commands.get(12).attributes()).containsEntry("remote.as", "64496").containsEntry("disabled", "yes")
                .containsEntry("comment", "ISP-B (not yet live)");
    }
}

package io.sxalable.driver.routeros.config;

import static io.sxalable.driver.routeros.Golden.EDGE_1;
import static io.sxalable.driver.routeros.Golden.items;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sxalable.driver.routeros.Golden;
import io.sxalable.driver.routeros.config.Change.Op;
import io.sxalable.sdk.driver.ConfigRejectedException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigPlannerTest {

    private static final String RUNNING = Golden.text(EDGE_1, "export.rsc");

    private static Map<Section, List<Map<String, String>>> printed() {
        Map<Section, List<Map<String, String>>> p = new EnumMap<>(Section.class);
        p.put(Section.IP_ADDRESS, items(EDGE_1, "ip-address-print.api"));
        p.put(Section.INTERFACE_ETHERNET, List.of(
                Map.of(".id", "*1", "name", "ether1", "default-name", "ether1", "disabled", "false",
                        "comment", "WAN uplink (ISP-A)"),
                Map.of(".id", "*3", "name", "ether3", "default-name", "ether3", "disabled", "true")));
        p.put(Section.SYSTEM_IDENTITY, List.of(Map.of("name", "edge-1")));
        p.put(Section.BGP_CONNECTION, items(EDGE_1, "routing-bgp-connection-print.api"));
        return p;
    }

    private static List<Change> merge(String script) throws ConfigRejectedException {
        return ConfigPlanner.merge(ScriptParser.parse(script), printed());
    }

    @Test
    void mergeAddSetAndRemoveRenderedAsADiff() throws Exception {
        List<Change> changes = merge("""
                /ip address add address=192.0.2.1/24 interface=ether3 comment=lab
                /interface ethernet set [ find default-name=ether3 ] disabled=no comment="lab port"
                /system identity set name=edge-1-lab
                /routing bgp connection remove isp-b
                """);

        assertThat(changes).extracting(Change::op).containsExactly(Op.ADD, Op.SET, Op.SET, Op.REMOVE);
        assertThat(ConfigPlanner.render(changes)).isEqualTo("""
                --- running
                +++ candidate
                @@ /ip address @@
                +add address=192.0.2.1/24 comment=lab interface=ether3
                @@ /interface ethernet @@
                -set [ find default-name=ether3 ] disabled=yes
                +set [ find default-name=ether3 ] comment="lab port" disabled=no
                @@ /system identity @@
                -set name=edge-1
                +set name=edge-1-lab
                @@ /routing bgp connection @@
                -add as=64512 comment="ISP-B (not yet live)" disabled=yes local.role=ebgp name=isp-b remote.address=198.51.100.9 .as=64496 templates=default
                """);
    }

    @Test
    void aMergeThatChangesNothingComparesEmpty() throws Exception {
        List<Change> changes = merge("""
                /interface ethernet set [ find default-name=ether1 ] comment="WAN uplink (ISP-A)" disabled=no
                /system identity set name=edge-1
                /ip address set [ find address=10.1.2.1/30 ] disabled=false
                """);

        assertThat(changes).isEmpty();
        assertThat(ConfigPlanner.render(changes)).isEmpty();
    }

    @Test
    void laterLinesSeeItemsAddedEarlierInTheSameScript() throws Exception {
        List<Change> changes = merge("""
                /routing bgp connection
                add as=64512 local.role=ebgp name=lab remote.address=192.0.2.2 .as=65099
                set [ find name=lab ] comment="lab peer"
                """);

        assertThat(changes).extracting(Change::op).containsExactly(Op.ADD, Op.SET);
    }

    @Test
    void aFindThatMatchesNothingIsRejected() {
        assertThatThrownBy(() -> merge("/interface ethernet set [ find default-name=ether9 ] comment=x"))
                .isInstanceOf(ConfigRejectedException.class)
                .hasMessageContaining("line 1:").hasMessageContaining("no item in /interface ethernet matches [ find default-name=ether9 ]");
    }

    @Test
    void unsetOnlyWhatIsSet() throws Exception {
        List<Change> changes = merge("""
                /ip address unset [ find address=192.168.88.1/24 ] comment
                /ip address unset [ find address=10.1.2.1/30 ] comment
                """);

        assertThat(changes).hasSize(1);
        assertThat(ConfigPlanner.render(changes)).contains("-set [ find address=192.168.88.1/24 ] comment=defconf\n"
                + "+unset [ find address=192.168.88.1/24 ] comment\n");
    }

    @Test
    void replacingTheRunningConfigWithItselfChangesNothing() throws Exception {
        List<ScriptCommand> running = ScriptParser.parseSupported(RUNNING);
        String supportedOnly = String.join("\n", running.stream()
                .map(c -> c.section().menu() + " " + c.text()).toList());

        assertThat(ConfigPlanner.replace(ScriptParser.parse(supportedOnly), running)).isEmpty();
    }

    @Test
    void replaceRemovesAddsAndChangesAttributes() throws Exception {
        List<ScriptCommand> running = ScriptParser.parseSupported(RUNNING);
        String desired = """
                /interface ethernet
                set [ find default-name=ether1 ] comment="WAN uplink (ISP-A)"
                set [ find default-name=ether2 ] comment="core-1 ether5"
                /routing bgp template
                set default as=64512 router-id=10.255.1.1
                /ip address
                add address=192.168.88.1/24 comment=defconf interface=bridge-lan network=192.168.88.0
                add address=10.1.2.1/30 interface=ether2 network=10.1.2.0
                add address=10.255.1.1/32 interface=lo network=10.255.1.1
                add address=172.16.0.1/24 interface=bridge-lan
                add address=192.0.2.1/24 interface=ether4
                /ipv6 address
                add address=2001:db8:1:2::1 advertise=no interface=ether2
                /routing bgp connection
                add as=64512 comment="iBGP to core-1" local.role=ibgp name=core-1 remote.address=10.255.1.2/32 templates=default
                add as=64512 local.role=ebgp name=isp-a remote.address=100.64.0.1 .as=65530 templates=default
                add as=64512 local.role=ebgp-customer name=customers remote.address=203.0.113.0/24 templates=default
                add as=64512 local.role=ebgp name=blue-peer remote.address=192.0.2.10 .as=65010 templates=default vrf=blue
                """;

        List<Change> changes = ConfigPlanner.replace(ScriptParser.parse(desired), running);

        assertThat(ConfigPlanner.render(changes)).isEqualTo("""
                --- running
                +++ candidate
                @@ /routing bgp connection @@
                -add as=64512 comment="ISP-B (not yet live)" disabled=yes local.role=ebgp name=isp-b remote.address=198.51.100.9 .as=64496 templates=default
                @@ /ip address @@
                -add address=10.9.9.1/24 interface=ether3 network=10.9.9.0
                @@ /interface ethernet @@
                -set [ find default-name=ether3 ] disabled=yes
                +set [ find default-name=ether3 ] disabled=no
                @@ /ip address @@
                -set [ find address=172.16.0.1/24 interface=bridge-lan ] disabled=yes
                +set [ find address=172.16.0.1/24 interface=bridge-lan ] disabled=no
                +add address=192.0.2.1/24 interface=ether4
                @@ /routing bgp connection @@
                -set [ find name=core-1 ] comment="iBGP to core-1 loopback"
                +set [ find name=core-1 ] comment="iBGP to core-1"
                @@ /system identity @@
                -set name=edge-1
                +set name=MikroTik
                """);
        assertThat(changes.get(0).selector()).contains(Selector.find(Map.of("name", "isp-b")));
    }

    @Test
    void replaceResetsWhatCannotBeRemoved() throws Exception {
        List<ScriptCommand> running = ScriptParser.parse("""
                /interface ethernet set [ find default-name=ether1 ] comment=wan
                /routing bgp template set default as=64512 router-id=10.255.1.1
                """);

        List<Change> changes = ConfigPlanner.replace(List.of(), running);

        assertThat(ConfigPlanner.render(changes)).isEqualTo("""
                --- running
                +++ candidate
                @@ /routing bgp template @@
                -set default as=64512 router-id=10.255.1.1
                +unset default as,router-id
                @@ /interface ethernet @@
                -set [ find default-name=ether1 ] comment=wan
                +unset [ find default-name=ether1 ] comment
                """);
    }

    @Test
    void replaceTakesAConfigurationNotCommands() {
        assertThatThrownBy(() -> ConfigPlanner.replace(ScriptParser.parse("""
                /ip address remove [ find address=10.0.0.1/24 ]
                /ip address add address=10.0.0.2/24
                /interface ethernet set ether1 comment=x
                """), List.of())).isInstanceOf(ConfigRejectedException.class)
                .hasMessageContaining("line 1:").hasMessageContaining("not 'remove'")
                .hasMessageContaining("line 2:").hasMessageContaining("needs address and interface")
                .hasMessageContaining("line 3:").hasMessageContaining("[ find default-name=... ]");
    }
}

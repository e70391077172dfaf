package io.sxalable.driver.junos.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sxalable.sdk.driver.BgpNeighbor;
import io.sxalable.sdk.driver.BgpState;
import io.sxalable.sdk.driver.UnexpectedOutputException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class BgpNeighborsParserTest {

    @Test
    void vmxPeers() throws Exception {
        List<BgpNeighbor> peers = BgpNeighborsParser.parse(Golden.read(Golden.VMX, "get-bgp-neighbor-information.xml"),
                Golden.read(Golden.VMX, "get-bgp-summary-information.xml"));
        assertThat(peers).extracting(BgpNeighbor::peerAddress).containsExactly("10.0.12.2", "10.0.13.2", "192.0.2.66");
        BgpNeighbor r2 = peers.get(0);
        assertThat(r2.vrf()).isEqualTo("default");
        assertThat(r2.localAs()).isEqualTo(65001);
        assertThat(r2.remoteAs()).isEqualTo(65002);
        assertThat(r2.state()).isEqualTo(BgpState.ESTABLISHED);
        assertThat(r2.description()).isEqualTo("r2");
        assertThat(r2.prefixesReceived()).isPositive();
        assertThat(r2.prefixesSent()).isPositive();
        assertThat(r2.stateDuration()).isGreaterThan(Duration.ofDays(3));
        BgpNeighbor transit = peers.get(2);
        assertThat(transit.state()).isEqualTo(BgpState.ACTIVE);
        assertThat(transit.prefixesReceived()).isZero();
        assertThat(transit.description()).isEqualTo("transit-b");
    }

    @Test
    void vrfsVpnTablesPortsAndFourByteAs() throws Exception {
        List<BgpNeighbor> peers = BgpNeighborsParser.parse(Golden.read(Golden.MX204, "get-bgp-neighbor-information.xml"),
                Golden.read(Golden.MX204, "get-bgp-summary-information.xml"));
        assertThat(peers).extracting(n -> n.vrf() + " " + n.peerAddress()).containsExactly(
                "default 198.51.100.0", "default 2001:db8:100::", "default 10.255.0.2", "CUST-A 172.16.1.1",
                "CUST-B 172.16.1.1", "default 203.0.113.9");

        assertThat(peers.get(0)).isEqualTo(new BgpNeighbor("default", "198.51.100.0", 65010, 64500, BgpState.ESTABLISHED,
                Duration.ofSeconds(1209600), 945001, 12, "transit-a"));
        assertThat(peers.get(1).prefixesReceived()).isEqualTo(201000);   // IPv6 peer, "+54321" stripped
        // VPN route reflector: bgp.l3vpn.0 counts; CUST-A.inet.0 only holds imports of the same routes
        assertThat(peers.get(2).prefixesReceived()).isEqualTo(46);
        assertThat(peers.get(2).prefixesSent()).isEqualTo(52);
        assertThat(peers.get(2).localAs()).isEqualTo(65010);
        // the same address in two VRFs: durations matched by table
        assertThat(peers.get(3)).isEqualTo(new BgpNeighbor("CUST-A", "172.16.1.1", 65010, 64601, BgpState.ESTABLISHED,
                Duration.ofSeconds(3725), 5, 7, "CUST-A CE1"));
        assertThat(peers.get(4).state()).isEqualTo(BgpState.ACTIVE);
        assertThat(peers.get(4).stateDuration()).isEqualTo(Duration.ZERO);   // ambiguous: no table to match
        assertThat(peers.get(4).prefixesReceived()).isZero();
        BgpNeighbor idle = peers.get(5);
        assertThat(idle.remoteAs()).isEqualTo(4_200_000_001L);
        assertThat(idle.state()).isEqualTo(BgpState.IDLE);
        assertThat(idle.description()).isEmpty();
        assertThat(idle.stateDuration()).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void noPeers() throws Exception {
        assertThat(BgpNeighborsParser.parse(Golden.read(Golden.MX204, "get-bgp-neighbor-information-empty.xml"),
                Golden.read(Golden.MX204, "get-bgp-neighbor-information-empty.xml"))).isEmpty();
    }

    @Test
    void helpers() throws Exception {
        assertThat(BgpNeighborsParser.stripPort("10.0.12.2+179")).isEqualTo("10.0.12.2");
        assertThat(BgpNeighborsParser.stripPort("2001:db8::2+179")).isEqualTo("2001:db8::2");
        assertThat(BgpNeighborsParser.stripPort("2001:db8::2")).isEqualTo("2001:db8::2");
        assertThat(BgpNeighborsParser.as("1.10", "x")).isEqualTo(65546);
        assertThat(BgpNeighborsParser.ownTable("inet.0", "master")).isTrue();
        assertThat(BgpNeighborsParser.ownTable("bgp.evpn.0", "master")).isTrue();
        assertThat(BgpNeighborsParser.ownTable("CUST.inet6.0", "master")).isFalse();
        assertThat(BgpNeighborsParser.ownTable("CUST.inet6.0", "CUST")).isTrue();
        assertThat(BgpNeighborsParser.ownTable("inet.0", "CUST")).isFalse();
    }

    @Test
    void badValuesAreRejected() {
        String reply = "<rpc-reply><bgp-information><bgp-peer><peer-address>10.0.0.1</peer-address><peer-as>x</peer-as>"
                + "<local-as>1</local-as><peer-state>Idle</peer-state></bgp-peer></bgp-information></rpc-reply>";
        assertThatThrownBy(() -> BgpNeighborsParser.parse(reply, "<rpc-reply/>"))
                .isInstanceOf(UnexpectedOutputException.class).hasMessageContaining("10.0.0.1")
                .hasMessageContaining("peer-as");
        String noState = "<rpc-reply><bgp-information><bgp-peer><peer-address>10.0.0.1</peer-address>"
                + "<peer-as>1</peer-as><local-as>1</local-as></bgp-peer></bgp-information></rpc-reply>";
        assertThatThrownBy(() -> BgpNeighborsParser.parse(noState, "<rpc-reply/>"))
                .isInstanceOf(UnexpectedOutputException.class).hasMessageContaining("peer-state");
    }
}

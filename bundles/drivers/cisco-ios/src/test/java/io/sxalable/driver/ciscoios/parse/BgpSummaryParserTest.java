package io.sxalable.driver.ciscoios.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sxalable.sdk.driver.BgpNeighbor;
import io.sxalable.sdk.driver.BgpState;
import io.sxalable.sdk.driver.UnexpectedOutputException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class BgpSummaryParserTest {

    @Test
    void allFamiliesWithVrfsAndDescriptionsFromTheConfig() throws Exception {
        List<BgpNeighbor> neighbors = BgpSummaryParser.parse(Golden.read(Golden.CSR, "show-bgp-all-summary.txt"),
                Golden.read(Golden.CSR, "show-running-config.txt"));

        assertThat(neighbors).containsExactly(
                new BgpNeighbor("default", "10.0.12.2", 65010, 65000, BgpState.ESTABLISHED, Duration.ofDays(9), 9, 0,
                        "core1"),
                // IPv4 and VPNv4 rows of the route reflector become one neighbor: 4 + 2 prefixes
                new BgpNeighbor("default", "10.255.0.9", 65010, 65010, BgpState.ESTABLISHED, Duration.ofDays(9), 6, 0,
                        "rr1 (route reflector)"),
                new BgpNeighbor("default", "2001:db8:12::2", 65010, 65000, BgpState.ESTABLISHED, Duration.ofDays(9), 3,
                        0, "core1 v6"),
                new BgpNeighbor("CUST-B", "198.51.100.2", 65010, 64512, BgpState.ACTIVE, Duration.ofSeconds(192), 0, 0,
                        "cust-b-ce1"));
    }

    @Test
    void wrappedIpv6RowsAsdotAndEveryState() throws Exception {
        List<BgpNeighbor> neighbors = BgpSummaryParser.parse(Golden.read(Golden.ISR_G2, "show-bgp-all-summary.txt"),
                Golden.read(Golden.ISR_G2, "show-running-config-bgp.txt"));

        assertThat(neighbors).extracting(BgpNeighbor::peerAddress).containsExactly("172.16.3.2", "172.16.3.6",
                "172.16.3.10", "172.16.3.14", "172.16.3.18", "2001:db8:3:1:1:1:1:2", "2001:db8:3::6");
        assertThat(neighbors).extracting(BgpNeighbor::state).containsExactly(BgpState.ESTABLISHED,
                BgpState.ESTABLISHED, BgpState.IDLE, BgpState.CONNECT, BgpState.IDLE, BgpState.ESTABLISHED,
                BgpState.OPEN_SENT);
        assertThat(neighbors.get(0).localAs()).isEqualTo(4_200_000_003L);
        assertThat(neighbors.get(0).remoteAs()).isEqualTo(4_200_000_001L);
        assertThat(neighbors.get(1).remoteAs()).as("asdot 1.10").isEqualTo(65_546L);
        assertThat(neighbors.get(0).stateDuration()).isEqualTo(Duration.ofDays(21 * 7 + 4));
        assertThat(neighbors.get(1).stateDuration()).isEqualTo(Duration.ofDays(3).plusHours(4));
        assertThat(neighbors.get(2).stateDuration()).isEqualTo(Duration.ZERO);
        assertThat(neighbors.get(4).stateDuration()).isEqualTo(Duration.ofDays(365 + 14));
        assertThat(neighbors.get(5).prefixesReceived()).isEqualTo(2);
        assertThat(neighbors.get(0).description()).isEqualTo("isp-a");
        assertThat(neighbors).allSatisfy(n -> assertThat(n.vrf()).isEqualTo("default"));
        assertThat(neighbors).filteredOn(n -> !n.up()).allSatisfy(n -> assertThat(n.prefixesReceived()).isZero());
    }

    @Test
    void bgpNotConfigured() throws Exception {
        assertThat(BgpSummaryParser.parse(Golden.read(Golden.ISR_G2, "show-bgp-all-summary-inactive.txt"), "end\n"))
                .isEmpty();
    }

    @Test
    void showIpBgpSummaryWithoutFamilyHeaders() throws Exception {
        String ipv4Only = Golden.read(Golden.ISR_G2, "show-bgp-all-summary.txt").split("\n\nFor address family")[0]
                .replace("For address family: IPv4 Unicast\n", "");
        assertThat(BgpSummaryParser.parse(ipv4Only, "")).hasSize(5);
    }

    @Test
    void unknownRowsAreUnexpected() {
        String broken = "BGP router identifier 1.1.1.1, local AS number 1\n\n"
                + "Neighbor        V           AS MsgRcvd MsgSent   TblVer  InQ OutQ Up/Down  State/PfxRcd\n"
                + "10.0.0.1        4        zz\n";
        assertThatThrownBy(() -> BgpSummaryParser.parse(broken, ""))
                .isInstanceOf(UnexpectedOutputException.class).hasMessageContaining("show bgp all summary");
        assertThatThrownBy(() -> BgpSummaryParser.upDown("3 days")).isInstanceOf(UnexpectedOutputException.class);
    }
}

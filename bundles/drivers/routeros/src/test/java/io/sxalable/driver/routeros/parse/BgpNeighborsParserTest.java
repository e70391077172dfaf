package io.sxalable.driver.routeros.parse;

import static io.sxalable.driver.routeros.Golden.CORE_6;
import static io.sxalable.driver.routeros.Golden.EDGE_1;
import static io.sxalable.driver.routeros.Golden.items;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sxalable.sdk.driver.BgpNeighbor;
import io.sxalable.sdk.driver.BgpState;
import io.sxalable.sdk.driver.UnexpectedOutputException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BgpNeighborsParserTest {

    private static List<BgpNeighbor> edge1() throws Exception {
        return BgpNeighborsParser.parseV7(items(EDGE_1, "routing-bgp-session-print.api"),
                items(EDGE_1, "routing-bgp-connection-print.api"), items(EDGE_1, "routing-bgp-template-print.api"));
    }

    @Test
    void routerOs7SessionsAndConnectionsWithoutSession() throws Exception {
        List<BgpNeighbor> neighbors = edge1();

        assertThat(neighbors).extracting(BgpNeighbor::peerAddress)
                .containsExactly("10.255.1.2", "100.64.0.1", "192.0.2.10", "198.51.100.9");
    }

    @Test
    void establishedIbgpAndEbgp() throws Exception {
        List<BgpNeighbor> neighbors = edge1();

        assertThat(neighbors.get(0)).isEqualTo(new BgpNeighbor("default", "10.255.1.2", 64512, 64512,
                BgpState.ESTABLISHED, Duration.ofDays(23).plusHours(7).plusMinutes(39).plusSeconds(51), 214, 0,
                "iBGP to core-1 loopback"));
        assertThat(neighbors.get(1)).isEqualTo(new BgpNeighbor("default", "100.64.0.1", 64512, 65530,
                BgpState.ESTABLISHED, Duration.ofDays(1).plusHours(4).plusMinutes(2).plusSeconds(7), 948211, 0, "isp-a"));
    }

    @Test
    void notEstablishedSessionInAVrfAndADisabledConnection() throws Exception {
        List<BgpNeighbor> neighbors = edge1();

        assertThat(neighbors.get(2)).isEqualTo(new BgpNeighbor("blue", "192.0.2.10", 64512, 65010, BgpState.UNKNOWN,
                Duration.ZERO, 0, 0, "blue-peer"));
        assertThat(neighbors.get(3)).isEqualTo(new BgpNeighbor("default", "198.51.100.9", 64512, 64496, BgpState.IDLE,
                Duration.ZERO, 0, 0, "ISP-B (not yet live)"));
    }

    @Test
    void sessionNamesMapToTheLongestConnectionName() {
        List<Map<String, String>> connections = List.of(Map.of("name", "isp"), Map.of("name", "isp-a"));

        assertThat(BgpNeighborsParser.connectionOf("isp-a-1", connections)).contains(Map.of("name", "isp-a"));
        assertThat(BgpNeighborsParser.connectionOf("isp-2", connections)).contains(Map.of("name", "isp"));
        assertThat(BgpNeighborsParser.connectionOf("other-1", connections)).isEmpty();
    }

    @Test
    void routerOs6Peers() throws Exception {
        List<BgpNeighbor> neighbors = BgpNeighborsParser.parseV6(items(CORE_6, "routing-bgp-peer-print.api"),
                items(CORE_6, "routing-bgp-instance-print.api"));

        assertThat(neighbors).containsExactly(
                new BgpNeighbor("default", "203.0.113.1", 65100, 64500, BgpState.ESTABLISHED,
                        Duration.ofDays(17).plusHours(4).plusMinutes(5).plusSeconds(6), 912443, 0, "upstream"),
                new BgpNeighbor("default", "2001:db8:ffff::7", 65100, 4200000001L, BgpState.ACTIVE, Duration.ZERO, 0, 0,
                        "IX route server"),
                new BgpNeighbor("default", "198.51.100.77", 65100, 64999, BgpState.IDLE, Duration.ZERO, 0, 0, "old-peer"));
    }

    @Test
    void aSessionWithoutRemoteAsIsUnexpected() {
        assertThatThrownBy(() -> BgpNeighborsParser.parseV7(List.of(Map.of("name", "x-1", "remote.address", "192.0.2.1",
                "local.as", "65000", "local.role", "ebgp")), List.of(), List.of()))
                .isInstanceOf(UnexpectedOutputException.class).hasMessageContaining("remote.as");
        assertThatThrownBy(() -> BgpNeighborsParser.parseV7(List.of(Map.of("name", "x-1", "remote.address", "192.0.2.1",
                "local.as", "0", "remote.as", "1")), List.of(), List.of()))
                .isInstanceOf(UnexpectedOutputException.class).hasMessageContaining("not an AS number");
    }
}

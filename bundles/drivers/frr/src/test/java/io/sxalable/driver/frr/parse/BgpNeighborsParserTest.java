package io.sxalable.driver.frr.parse;

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
    void establishedPeerWithPrefixCounters() throws Exception {
        List<BgpNeighbor> neighbors = BgpNeighborsParser.parse(Golden.read("r1", "bgp-neighbors.json"));

        assertThat(neighbors).singleElement().satisfies(n -> {
            assertThat(n.vrf()).isEqualTo("default");
            assertThat(n.peerAddress()).isEqualTo("10.0.12.2");
            assertThat(n.localAs()).isEqualTo(65001);
            assertThat(n.remoteAs()).isEqualTo(65002);
            assertThat(n.state()).isEqualTo(BgpState.ESTABLISHED);
            assertThat(n.up()).isTrue();
            assertThat(n.prefixesReceived()).isEqualTo(2);   // r2's loopback /32 and LAN /24
            assertThat(n.prefixesSent()).isEqualTo(4);       // r1's two + r2's two, re-advertised (eBGP)
            assertThat(n.stateDuration()).isPositive();
            assertThat(n.description()).isEqualTo("r2");
        });
    }

    @Test
    void otherSideSeesTheMirrorImage() throws Exception {
        BgpNeighbor n = BgpNeighborsParser.parse(Golden.read("r2", "bgp-neighbors.json")).get(0);

        assertThat(n.peerAddress()).isEqualTo("10.0.12.1");
        assertThat(n.localAs()).isEqualTo(65002);
        assertThat(n.remoteAs()).isEqualTo(65001);
        assertThat(n.state()).isEqualTo(BgpState.ESTABLISHED);
        assertThat(n.description()).isEqualTo("r1");
    }

    @Test
    void peerThatNeverCameUpIsActiveWithNoPrefixes() throws Exception {
        List<BgpNeighbor> neighbors = BgpNeighborsParser.parse(Golden.read("r1", "bgp-neighbors-with-down-peer.json"));

        assertThat(neighbors).extracting(BgpNeighbor::peerAddress).containsExactly("10.0.12.2", "10.0.12.6");
        BgpNeighbor down = neighbors.get(1);
        assertThat(down.state()).isEqualTo(BgpState.ACTIVE);
        assertThat(down.remoteAs()).isEqualTo(65003);
        assertThat(down.prefixesReceived()).isZero();
        assertThat(down.prefixesSent()).isZero();
        assertThat(down.stateDuration()).isGreaterThanOrEqualTo(Duration.ZERO);
        assertThat(down.description()).isEqualTo("nowhere");
    }

    @Test
    void noBgpInstanceMeansNoNeighbors() throws Exception {
        assertThat(BgpNeighborsParser.parse("{}")).isEmpty();
    }

    @Test
    void unknownShapesAreRejectedWithTheReason() {
        assertThatThrownBy(() -> BgpNeighborsParser.parse("% Unknown command: show bgp vrf all neighbors json"))
                .isInstanceOf(UnexpectedOutputException.class).hasMessageContaining("did not return JSON");
        assertThatThrownBy(() -> BgpNeighborsParser.parse("[]"))
                .isInstanceOf(UnexpectedOutputException.class).hasMessageContaining("expected an object");
        assertThatThrownBy(() -> BgpNeighborsParser.parse("{\"default\":{\"10.0.0.1\":{\"remoteAs\":1,\"localAs\":2}}}"))
                .isInstanceOf(UnexpectedOutputException.class).hasMessageContaining("bgpState")
                .hasMessageContaining("10.0.0.1");
    }
}

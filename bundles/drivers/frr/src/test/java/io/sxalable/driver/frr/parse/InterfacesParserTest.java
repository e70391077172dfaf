package io.sxalable.driver.frr.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sxalable.sdk.driver.InterfaceInfo;
import io.sxalable.sdk.driver.UnexpectedOutputException;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class InterfacesParserTest {

    private final List<InterfaceInfo> interfaces = parse("r1");

    @Test
    void allInterfacesInKernelIndexOrder() {
        assertThat(interfaces).extracting(InterfaceInfo::name).containsExactly("lo", "lan0", "mgmt0", "eth1");
    }

    @Test
    void vethWithDescriptionSpeedMacAndAddresses() {
        InterfaceInfo eth1 = byName("eth1");
        assertThat(eth1.description()).isEqualTo("to r2");
        assertThat(eth1.adminUp()).isTrue();
        assertThat(eth1.operUp()).isTrue();
        assertThat(eth1.speedMbps()).isEqualTo(OptionalLong.of(10000));
        assertThat(eth1.mtu()).isEqualTo(1500);
        assertThat(eth1.macAddress()).matches("([0-9a-f]{2}:){5}[0-9a-f]{2}");
        assertThat(eth1.addresses()).contains("10.0.12.1/30").anyMatch(a -> a.startsWith("fe80::"));
    }

    @Test
    void loopbackAndBridgeHaveNoKnownSpeed() {
        InterfaceInfo lo = byName("lo");
        assertThat(lo.speedMbps()).isEmpty();
        assertThat(lo.macAddress()).isEmpty();
        assertThat(lo.mtu()).isEqualTo(65536);
        assertThat(lo.addresses()).containsExactly("10.255.0.1/32");
        assertThat(byName("lan0").speedMbps()).isEmpty();   // zebra reports UINT32_MAX
        assertThat(byName("lan0").addresses()).contains("10.101.0.1/24");
        assertThat(byName("lan0").description()).isEmpty();
    }

    @Test
    void otherRouter() {
        assertThat(parse("r2")).filteredOn(i -> i.name().equals("eth1"))
                .singleElement().satisfies(i -> assertThat(i.addresses()).contains("10.0.12.2/30"));
    }

    @Test
    void unknownShapesAreRejected() {
        assertThatThrownBy(() -> InterfacesParser.parse("{\"eth0\": {\"mtu\": 1500}}"))
                .isInstanceOf(UnexpectedOutputException.class).hasMessageContaining("administrativeStatus")
                .hasMessageContaining("eth0");
        assertThatThrownBy(() -> InterfacesParser.parse("{\"eth0\": 3}"))
                .isInstanceOf(UnexpectedOutputException.class).hasMessageContaining("not an object");
        assertThatThrownBy(() -> InterfacesParser.parse(""))
                .isInstanceOf(UnexpectedOutputException.class).hasMessageContaining("no output");
    }

    private InterfaceInfo byName(String name) {
        return interfaces.stream().filter(i -> i.name().equals(name)).findFirst().orElseThrow();
    }

    private static List<InterfaceInfo> parse(String router) {
        try {
            return InterfacesParser.parse(Golden.read(router, "show-interface.json"));
        } catch (UnexpectedOutputException e) {
            throw new AssertionError(e);
        }
    }
}

package io.sxalable.driver.routeros.parse;

import static io.sxalable.driver.routeros.Golden.EDGE_1;
import static io.sxalable.driver.routeros.Golden.items;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sxalable.sdk.driver.InterfaceInfo;
import io.sxalable.sdk.driver.UnexpectedOutputException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class InterfacesParserTest {

    private static List<InterfaceInfo> edge1() throws Exception {
        Map<String, Long> rates = new LinkedHashMap<>();
        for (Map<String, String> m : items(EDGE_1, "interface-ethernet-monitor-once.api")) {
            InterfacesParser.rateMbps(m).ifPresent(r -> rates.put(m.get("name"), r));
        }
        return InterfacesParser.parse(items(EDGE_1, "interface-print.api"), items(EDGE_1, "ip-address-print.api"),
                items(EDGE_1, "ipv6-address-print.api"), rates);
    }

    @Test
    void everyInterfaceInDeviceOrder() throws Exception {
        assertThat(edge1()).extracting(InterfaceInfo::name)
                .containsExactly("ether1", "ether2", "ether3", "sfp-sfpplus1", "lo", "bridge-lan", "pppoe-out1");
    }

    @Test
    void ethernetUplink() throws Exception {
        InterfaceInfo ether1 = edge1().get(0);

        assertThat(ether1).isEqualTo(new InterfaceInfo("ether1", "WAN uplink (ISP-A)", true, true, OptionalLong.of(1000),
                1500, "78:9a:18:3c:51:0e", List.of("fe80::7a9a:18ff:fe3c:510e/64")));
    }

    @Test
    void addressesIncludeIpv6AndOnlyEnabledOnes() throws Exception {
        List<InterfaceInfo> all = edge1();

        assertThat(all.get(1).addresses()).containsExactly("10.1.2.1/30", "2001:db8:1:2::1/64");
        assertThat(all.get(1).speedMbps()).hasValue(2500);
        // 172.16.0.1/24 is disabled; the dynamic PPPoE address counts
        assertThat(all.get(5).addresses()).containsExactly("192.168.88.1/24", "fe80::7a9a:18ff:fe3c:510f/64");
        assertThat(all.get(6).addresses()).containsExactly("100.64.17.203/32");
        // the address on the disabled port is "invalid": not in use
        assertThat(all.get(2).addresses()).isEmpty();
    }

    @Test
    void adminAndOperStateMtuAndMac() throws Exception {
        List<InterfaceInfo> all = edge1();

        InterfaceInfo ether3 = all.get(2);
        assertThat(ether3.adminUp()).isFalse();
        assertThat(ether3.operUp()).isFalse();
        assertThat(ether3.speedMbps()).isEmpty();
        InterfaceInfo lo = all.get(4);
        assertThat(lo.macAddress()).isEmpty();
        assertThat(lo.mtu()).isEqualTo(65536);
        assertThat(lo.addresses()).containsExactly("10.255.1.1/32");
        InterfaceInfo bridge = all.get(5);
        assertThat(bridge.mtu()).as("mtu=auto, actual-mtu=1500").isEqualTo(1500);
        InterfaceInfo pppoe = all.get(6);
        assertThat(pppoe.macAddress()).isEmpty();
        assertThat(pppoe.description()).isEmpty();
    }

    @Test
    void linkRates() {
        assertThat(InterfacesParser.rateMbps(Map.of("rate", "10Mbps"))).contains(10L);
        assertThat(InterfacesParser.rateMbps(Map.of("rate", "2.5Gbps"))).contains(2500L);
        assertThat(InterfacesParser.rateMbps(Map.of("rate", "100Gbps"))).contains(100_000L);
        assertThat(InterfacesParser.rateMbps(Map.of("status", "no-link"))).isEmpty();
        assertThat(InterfacesParser.rateMbps(Map.of("rate", "fast"))).isEmpty();
    }

    @Test
    void anInterfaceWithoutNameIsUnexpected() {
        assertThatThrownBy(() -> InterfacesParser.parse(List.of(Map.of("type", "ether")), List.of(), List.of(), Map.of()))
                .isInstanceOf(UnexpectedOutputException.class).hasMessageContaining("/interface/print")
                .hasMessageContaining("name");
    }
}

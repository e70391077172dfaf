package io.sxalable.driver.ciscoios.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sxalable.sdk.driver.InterfaceCounters;
import io.sxalable.sdk.driver.InterfaceInfo;
import io.sxalable.sdk.driver.UnexpectedOutputException;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class InterfacesParserTest {

    private static List<InterfaceInfo> edge1() throws Exception {
        return InterfacesParser.parse(Golden.read(Golden.CSR, "show-interfaces.txt"),
                RunningConfigParser.normalize(Golden.read(Golden.CSR, "show-running-config.txt")));
    }

    @Test
    void allInterfacesInDeviceOrder() throws Exception {
        assertThat(edge1()).extracting(InterfaceInfo::name).containsExactly("GigabitEthernet1", "GigabitEthernet2",
                "GigabitEthernet3", "Loopback0", "Loopback100");
    }

    @Test
    void physicalInterfaceWithSecondaryAndIpv6Addresses() throws Exception {
        InterfaceInfo gi2 = edge1().get(1);

        assertThat(gi2).isEqualTo(new InterfaceInfo("GigabitEthernet2", "to core1 Gi0/0/3", true, true,
                OptionalLong.of(1000), 1500, "52:54:00:19:8a:02",
                // primary first; link-local and EUI-64 forms do not give an address and are left out
                List.of("10.0.12.1/30", "10.0.12.5/30", "2001:db8:12::1/64")));
    }

    @Test
    void dhcpAddressComesFromShowInterfaces() throws Exception {
        assertThat(edge1().get(0).addresses()).containsExactly("192.168.122.21/24");
    }

    @Test
    void shutInterface() throws Exception {
        InterfaceInfo gi3 = edge1().get(2);
        assertThat(gi3.adminUp()).isFalse();
        assertThat(gi3.operUp()).isFalse();
        assertThat(gi3.addresses()).isEmpty();
        assertThat(gi3.description()).isEmpty();
    }

    @Test
    void loopbacksHaveNoMacAndNoSpeed() throws Exception {
        InterfaceInfo lo0 = edge1().get(3);
        assertThat(lo0.macAddress()).isEmpty();
        assertThat(lo0.speedMbps()).isEmpty();
        assertThat(lo0.mtu()).isEqualTo(1514);
        assertThat(lo0.addresses()).containsExactly("10.255.0.1/32");
        assertThat(edge1().get(4).addresses()).containsExactly("2001:db8:ffff::53/128");
        assertThat(edge1().get(4).description()).isEqualTo("anycast DNS");
    }

    @Test
    void counters() throws Exception {
        List<InterfaceCounters> counters = InterfacesParser.counters(Golden.read(Golden.CSR, "show-interfaces.txt"));

        assertThat(counters).hasSize(5);
        assertThat(counters.get(0)).isEqualTo(new InterfaceCounters("GigabitEthernet1", 199553480, 258734213, 1903266,
                1101843, 0, 0, 12, 0));
        assertThat(counters.get(1)).isEqualTo(new InterfaceCounters("GigabitEthernet2", 27193124, 26976530, 264033,
                262118, 3, 0, 0, 7));
    }

    @Test
    void garbageIsUnexpected() {
        assertThatThrownBy(() -> ShowInterfacesParser.parse("% Invalid input detected at '^' marker."))
                .isInstanceOf(UnexpectedOutputException.class).hasMessageContaining("show interfaces");
        assertThatThrownBy(() -> ShowInterfacesParser.parse(""))
                .isInstanceOf(UnexpectedOutputException.class).hasMessageContaining("no interfaces");
        assertThatThrownBy(() -> ShowInterfacesParser.parse("Gi1 is up, line protocol is up\n  Hardware is x\n"))
                .isInstanceOf(UnexpectedOutputException.class).hasMessageContaining("MTU");
    }

    @Test
    void briefListsNames() throws Exception {
        assertThat(IpInterfaceBriefParser.names(Golden.read(Golden.CSR, "show-ip-interface-brief.txt")))
                .containsExactly("GigabitEthernet1", "GigabitEthernet2", "GigabitEthernet3", "Loopback0", "Loopback100");
        assertThatThrownBy(() -> IpInterfaceBriefParser.names("% Invalid input detected at '^' marker."))
                .isInstanceOf(UnexpectedOutputException.class);
    }
}

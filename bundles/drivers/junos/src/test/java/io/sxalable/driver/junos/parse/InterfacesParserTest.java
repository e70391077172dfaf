package io.sxalable.driver.junos.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sxalable.sdk.driver.InterfaceCounters;
import io.sxalable.sdk.driver.InterfaceInfo;
import io.sxalable.sdk.driver.UnexpectedOutputException;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class InterfacesParserTest {

    private final List<InterfaceInfo> vmx = parse(Golden.VMX);
    private final List<InterfaceInfo> mx = parse(Golden.MX204);

    @Test
    void physicalThenItsUnitsInDeviceOrder() {
        assertThat(vmx).extracting(InterfaceInfo::name).startsWith("ge-0/0/0", "ge-0/0/0.0", "lc-0/0/0",
                "lc-0/0/0.32769", "pfe-0/0/0", "pfe-0/0/0.16383", "pfh-0/0/0", "pfh-0/0/0.16383", "pfh-0/0/0.16384",
                "ge-0/0/1", "ge-0/0/1.0", "ge-0/0/2", "cbp0").contains("lo0", "lo0.0", "fxp0.0").endsWith("vtep");
    }

    @Test
    void wrappedValuesOfTheVmx() {
        InterfaceInfo ge0 = byName(vmx, "ge-0/0/0");
        assertThat(ge0.description()).isEqualTo("to r2");
        assertThat(ge0.adminUp()).isTrue();
        assertThat(ge0.operUp()).isTrue();
        assertThat(ge0.speedMbps()).isEqualTo(OptionalLong.of(1000));
        assertThat(ge0.mtu()).isEqualTo(1514);
        assertThat(ge0.macAddress()).matches("2c:6b:f5:[0-9a-f]{2}:[0-9a-f]{2}:94");
        assertThat(ge0.addresses()).isEmpty();

        InterfaceInfo unit = byName(vmx, "ge-0/0/0.0");
        assertThat(unit.mtu()).isEqualTo(1500);
        assertThat(unit.macAddress()).isEmpty();
        assertThat(unit.speedMbps()).isEmpty();
        assertThat(unit.addresses()).hasSize(3).startsWith("10.0.12.1/30", "2001:db8:12::1/64")
                .anyMatch(a -> a.startsWith("fe80::") && a.endsWith("/64"));

        InterfaceInfo disabled = byName(vmx, "ge-0/0/2");
        assertThat(disabled.adminUp()).isFalse();
        assertThat(disabled.operUp()).isFalse();

        assertThat(byName(vmx, "lo0.0").addresses()).containsExactly("10.255.0.1/32");
        assertThat(byName(vmx, "lo0").mtu()).isZero();          // Unlimited
        assertThat(byName(vmx, "lo0").speedMbps()).isEmpty();   // Unspecified
        assertThat(byName(vmx, "em1.0").addresses()).contains("10.0.0.4/8", "128.0.0.1/2");
    }

    @Test
    void inlineValuesSpeedsAndUnitStates() {
        InterfaceInfo et = byName(mx, "et-0/0/0");
        assertThat(et.speedMbps()).isEqualTo(OptionalLong.of(100_000));
        assertThat(et.macAddress()).isEqualTo("a8:d0:e5:1c:22:03");   // lower-cased
        assertThat(et.description()).isEqualTo("core: p1 et-1/0/4");
        assertThat(byName(mx, "et-0/0/0.0").addresses()).containsExactly("10.1.0.1/31");
        assertThat(byName(mx, "et-0/0/0.0").mtu()).isEqualTo(9178);
        assertThat(byName(mx, "xe-0/1/0").speedMbps()).isEqualTo(OptionalLong.of(10_000));

        InterfaceInfo cust = byName(mx, "xe-0/1/0.100");
        assertThat(cust.description()).isEqualTo("CUST-A site 1");
        assertThat(cust.adminUp()).isTrue();
        assertThat(cust.operUp()).isTrue();
        assertThat(cust.addresses()).containsExactly("172.16.1.2/30", "172.16.9.1/24", "2001:db8:100::1/127",
                "fe80::aad0:e5ff:fe1c:220b/64");

        InterfaceInfo suspended = byName(mx, "xe-0/1/0.200");
        assertThat(suspended.adminUp()).isFalse();   // iff-down: unit disabled
        assertThat(suspended.operUp()).isFalse();

        InterfaceInfo linkDown = byName(mx, "xe-0/1/1.0");
        assertThat(linkDown.adminUp()).isTrue();     // iff-device-down: the port is down, not the unit
        assertThat(linkDown.operUp()).isFalse();
        assertThat(byName(mx, "xe-0/1/1").operUp()).isFalse();
        assertThat(byName(mx, "xe-0/1/2").adminUp()).isFalse();

        assertThat(byName(mx, "lo0").macAddress()).isEmpty();   // "Unspecified"
        assertThat(byName(mx, "lo0.0").addresses()).containsExactly("192.0.2.1/32", "2001:db8::1/128");
    }

    @Test
    void termsNamesMatchTheExtensiveList() throws Exception {
        assertThat(InterfacesParser.names(Golden.read(Golden.VMX, "get-interface-information-terse.xml")))
                .isEqualTo(vmx.stream().map(InterfaceInfo::name).toList());
        assertThat(InterfacesParser.names(Golden.read(Golden.MX204, "get-interface-information-terse.xml")))
                .isEqualTo(mx.stream().map(InterfaceInfo::name).toList());
    }

    @Test
    void tersePrefixesAndLoopbackRemotes() throws Exception {
        List<InterfaceInfo> terse = InterfacesParser.parse(Golden.read(Golden.MX204, "get-interface-information-terse.xml"));
        assertThat(byName(terse, "et-0/0/0.0").addresses()).containsExactly("10.1.0.1/31");
        assertThat(byName(terse, "lo0.0").addresses()).containsExactly("192.0.2.1/32");   // "--> 0/0" is not /0
        assertThat(byName(terse, "xe-0/1/0.200").adminUp()).isFalse();
    }

    @Test
    void speeds() {
        assertThat(InterfacesParser.speed("1000mbps")).isEqualTo(OptionalLong.of(1000));
        assertThat(InterfacesParser.speed("10Gbps")).isEqualTo(OptionalLong.of(10000));
        assertThat(InterfacesParser.speed("2.5Gbps")).isEqualTo(OptionalLong.of(2500));
        assertThat(InterfacesParser.speed("800mbps")).isEqualTo(OptionalLong.of(800));
        assertThat(InterfacesParser.speed("Unlimited")).isEmpty();
        assertThat(InterfacesParser.speed("Auto")).isEmpty();
        assertThat(InterfacesParser.speed("")).isEmpty();
        assertThat(InterfacesParser.cidr("192.0.2.1", Optional.of("Unspecified"), false)).isEqualTo("192.0.2.1/32");
    }

    @Test
    void countersOfPhysicalInterfacesOnly() throws Exception {
        List<InterfaceCounters> counters = InterfaceCountersParser.parse(
                Golden.read(Golden.MX204, "get-interface-information-extensive.xml"));
        assertThat(counters).extracting(InterfaceCounters::name)
                .containsExactly("et-0/0/0", "xe-0/1/0", "xe-0/1/1", "xe-0/1/2", "lo0");   // dsc has no byte counters
        assertThat(counters.get(0)).isEqualTo(new InterfaceCounters("et-0/0/0", 98765432109876L, 87654321098765L,
                123456789012L, 112233445566L, 17, 1, 5, 9));   // not the nested ipv6-transit-statistics
        assertThat(counters.get(1)).isEqualTo(new InterfaceCounters("xe-0/1/0", 5000, 6000, 50, 60, 0, 0, 0, 0));

        List<InterfaceCounters> vmxCounters = InterfaceCountersParser.parse(
                Golden.read(Golden.VMX, "get-interface-information-extensive.xml"));
        assertThat(vmxCounters).extracting(InterfaceCounters::name).contains("ge-0/0/0", "fxp0", "lo0")
                .doesNotContain("ge-0/0/0.0");
        assertThat(vmxCounters).allSatisfy(c -> assertThat(c.rxOctets()).isNotNegative());
    }

    @Test
    void unknownShapesAreRejected() {
        assertThatThrownBy(() -> InterfacesParser.parse("<rpc-reply><interface-information><physical-interface>"
                + "<name>ge-0/0/0</name></physical-interface></interface-information></rpc-reply>"))
                .isInstanceOf(UnexpectedOutputException.class).hasMessageContaining("ge-0/0/0")
                .hasMessageContaining("admin-status");
        assertThatThrownBy(() -> InterfacesParser.parse("<rpc-reply><ok/></rpc-reply>"))
                .isInstanceOf(UnexpectedOutputException.class).hasMessageContaining("<interface-information>");
        assertThatThrownBy(() -> InterfaceCountersParser.parse("<rpc-reply><interface-information><physical-interface>"
                + "<name>ge-0/0/0</name><traffic-statistics><input-bytes>lots</input-bytes></traffic-statistics>"
                + "</physical-interface></interface-information></rpc-reply>"))
                .isInstanceOf(UnexpectedOutputException.class).hasMessageContaining("input-bytes")
                .hasMessageContaining("lots");
    }

    private static InterfaceInfo byName(List<InterfaceInfo> list, String name) {
        return list.stream().filter(i -> i.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no interface " + name));
    }

    private static List<InterfaceInfo> parse(String device) {
        try {
            return InterfacesParser.parse(Golden.read(device, "get-interface-information-extensive.xml"));
        } catch (UnexpectedOutputException e) {
            throw new AssertionError(e);
        }
    }
}

package io.sxalable.testing.sim.ciscoios.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sxalable.testing.sim.ciscoios.DefaultConfig;
import io.sxalable.testing.sim.ciscoios.Options;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RunningConfigTest {

    private static final List<String> PHYSICAL = List.of("GigabitEthernet1", "GigabitEthernet2", "GigabitEthernet3",
            "GigabitEthernet4");

    private RunningConfig config;

    @BeforeEach
    void load() throws Exception {
        config = RunningConfig.load(DefaultConfig.text(Options.defaults()), PHYSICAL);
    }

    private RunningConfig.Outcome global(String line) {
        return config.execute(Mode.GLOBAL, config.root(), line, false);
    }

    private ConfigNode enter(String line) {
        RunningConfig.Outcome o = global(line);
        assertThat(o.succeeded()).as(line).isTrue();
        return o.entered();
    }

    @Test
    void printingAndReadingBackIsTheIdentity() throws Exception {
        String text = config.render();
        assertThat(RunningConfig.load(text, PHYSICAL).render()).isEqualTo(text);
        assertThat(text).startsWith("version 17.3\nservice timestamps debug datetime msec\n").endsWith("!\nend\n")
                .contains("!\ninterface Loopback0\n ip address 10.255.0.1 255.255.255.255\n!\ninterface GigabitEthernet1\n")
                .contains(" neighbor 10.0.13.2 shutdown\n neighbor 2001:DB8:12::2 remote-as 65002\n !\n address-family ipv4\n");
    }

    @Test
    void abbreviationsAreStoredInFull() {
        ConfigNode lo = enter("int lo4711");
        assertThat(lo.line()).isEqualTo("interface Loopback4711");
        assertThat(config.execute(Mode.INTERFACE, lo, " desc  hello world", false).succeeded()).isTrue();
        assertThat(config.execute(Mode.INTERFACE, lo, "ip add 10.1.1.1 255.255.255.0", false).succeeded()).isTrue();
        assertThat(config.render()).contains("!\ninterface Loopback4711\n description hello world\n"
                + " ip address 10.1.1.1 255.255.255.0\n!\ninterface GigabitEthernet1\n");
    }

    @Test
    void singleValuesReplaceAndNoRemoves() {
        ConfigNode gi2 = enter("interface GigabitEthernet2");
        config.execute(Mode.INTERFACE, gi2, "description new", false);
        config.execute(Mode.INTERFACE, gi2, "ip address 10.9.9.9 255.255.255.0 secondary", false);
        config.execute(Mode.INTERFACE, gi2, "shutdown", false);
        assertThat(gi2.children()).extracting(ConfigNode::line).containsExactly("description new",
                "ip address 10.9.9.9 255.255.255.0 secondary", "ip address 10.0.12.1 255.255.255.252", "shutdown",
                "negotiation auto", "ipv6 address 2001:DB8:12::1/64", "no mop enabled", "no mop sysid");
        config.execute(Mode.INTERFACE, gi2, "no ip address", false);
        config.execute(Mode.INTERFACE, gi2, "no shutdown", false);
        config.execute(Mode.INTERFACE, gi2, "no description", false);
        assertThat(gi2.children()).extracting(ConfigNode::line).containsExactly("no ip address", "negotiation auto",
                "ipv6 address 2001:DB8:12::1/64", "no mop enabled", "no mop sysid");
    }

    @Test
    void vrfForwardingRemovesTheAddressesLikeIos() {
        ConfigNode gi2 = enter("interface GigabitEthernet2");
        RunningConfig.Outcome o = config.execute(Mode.INTERFACE, gi2, "vrf forwarding CUST-A", false);
        assertThat(o.messages()).containsExactly("% Interface GigabitEthernet2 IPv4 disabled and address(es) removed "
                + "due to enabling VRF CUST-A");
        assertThat(gi2.has("no ip address")).isTrue();
        assertThat(config.execute(Mode.INTERFACE, gi2, "vrf forwarding NOPE", false).messages())
                .containsExactly("% VRF NOPE not configured.");
    }

    @Test
    void bgpNeighborsActivateThemselvesAndGoAwayWhole() {
        ConfigNode bgp = enter("router bgp 65001");
        assertThat(config.execute(Mode.ROUTER_BGP, bgp, "neighbor 10.0.12.9 description x", false).messages())
                .containsExactly("% Specify remote-as or peer-group commands first");
        config.execute(Mode.ROUTER_BGP, bgp, "neighbor 10.0.12.9 remote-as 65009", false);
        config.execute(Mode.ROUTER_BGP, bgp, "neighbor 10.0.12.9 description x", false);
        assertThat(config.render()).contains(" neighbor 2001:DB8:12::2 remote-as 65002\n neighbor 10.0.12.9 remote-as "
                + "65009\n neighbor 10.0.12.9 description x\n").contains("  neighbor 10.0.12.9 activate\n");
        config.execute(Mode.ROUTER_BGP, bgp, "no neighbor 10.0.12.9", false);
        assertThat(config.render()).doesNotContain("10.0.12.9");
        assertThat(global("router bgp 65002").messages()).containsExactly("% BGP is already running; AS is 65001");
    }

    @Test
    void parserErrors() {
        assertThat(global("frobnicate")).isEqualTo(RunningConfig.Outcome.invalid(0));
        assertThat(global("interface GigabitEthernet9").status()).isEqualTo(RunningConfig.Status.INVALID);
        assertThat(global("no interface GigabitEthernet1")).isEqualTo(RunningConfig.Outcome.invalid(13));
        assertThat(global("hostname").status()).isEqualTo(RunningConfig.Status.INCOMPLETE);
        assertThat(global("no").status()).isEqualTo(RunningConfig.Status.INCOMPLETE);
    }

    @Test
    void filesWithUnknownLinesAreRefusedWhole() {
        assertThatThrownBy(() -> RunningConfig.load("hostname x\ninterface Loopback1\n frobnicate\n", PHYSICAL))
                .isInstanceOf(RunningConfig.LoadException.class)
                .satisfies(e -> assertThat(((RunningConfig.LoadException) e).failed()).containsExactly("frobnicate"));
    }

    @Test
    void aFileStatesWholeInterfaces() throws Exception {
        RunningConfig minimal = RunningConfig.load("hostname x\ninterface GigabitEthernet1\n ip address 10.0.0.1 "
                + "255.0.0.0\nend\n", PHYSICAL);
        assertThat(minimal.render()).contains("interface GigabitEthernet1\n ip address 10.0.0.1 255.0.0.0\n!\n")
                .contains("interface GigabitEthernet2\n no ip address\n shutdown\n negotiation auto\n");
    }
}

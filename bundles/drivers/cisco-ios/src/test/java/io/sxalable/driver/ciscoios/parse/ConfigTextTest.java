package io.sxalable.driver.ciscoios.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConfigTextTest {

    private static final String RUNNING = """
            !
            hostname r1
            !
            interface Loopback0
             ip address 10.255.0.1 255.255.255.255
            !
            interface GigabitEthernet2
             description to r2
             ip address 10.0.12.1 255.255.255.252
             negotiation auto
            !
            router bgp 65001
             bgp log-neighbor-changes
             neighbor 10.0.12.2 remote-as 65002
             !
             address-family ipv4
              neighbor 10.0.12.2 activate
             exit-address-family
            !
            line vty 0 4
             login local
            !
            end
            """;

    @Test
    void renderGivesTheTextBack() {
        assertThat(ConfigText.parse(RUNNING).render()).isEqualTo(RUNNING);
    }

    @Test
    void mergeAddsBlocksNextToTheirKindAndLinesUnderTheirParents() {
        String merged = ConfigText.parse(RUNNING).merge("""
                interface Loopback4711
                 description sxalable
                router bgp 65001
                 neighbor 10.0.13.2 remote-as 65003
                 address-family ipv4
                  neighbor 10.0.13.2 activate
                 exit-address-family
                end
                """);

        assertThat(merged).contains("""
                 negotiation auto
                !
                interface Loopback4711
                 description sxalable
                !
                router bgp 65001
                 bgp log-neighbor-changes
                 neighbor 10.0.12.2 remote-as 65002
                 neighbor 10.0.13.2 remote-as 65003
                 !
                 address-family ipv4
                  neighbor 10.0.12.2 activate
                  neighbor 10.0.13.2 activate
                 exit-address-family
                """).endsWith("!\nend\n");
    }

    @Test
    void singleValuedCommandsReplaceAndNoRemoves() {
        String merged = ConfigText.parse(RUNNING).merge("""
                hostname r1-new
                interface GigabitEthernet2
                 description uplink
                 ip address 10.0.12.5 255.255.255.252
                 no negotiation auto
                """);

        assertThat(merged).contains("hostname r1-new\n").doesNotContain("hostname r1\n")
                .contains(" description uplink\n ip address 10.0.12.5 255.255.255.252\n!\n")
                .doesNotContain("to r2").doesNotContain("negotiation");
    }

    @Test
    void diffOfTheMergePreview() {
        String running = RUNNING;
        String diff = UnifiedDiff.diff(running, ConfigText.parse(running).merge("interface Loopback9\n description x\n"),
                "running-config", "candidate-config");

        // a preview: the new interface goes after the last interface block
        assertThat(diff).isEqualTo("""
                --- running-config
                +++ candidate-config
                @@ -9,6 +9,9 @@
                  ip address 10.0.12.1 255.255.255.252
                  negotiation auto
                 !
                +interface Loopback9
                + description x
                +!
                 router bgp 65001
                  bgp log-neighbor-changes
                  neighbor 10.0.12.2 remote-as 65002
                """);
    }

    @Test
    void commandsCloseEveryBlockWithExit() {
        assertThat(ConfigText.commands("""
                interface Loopback1
                 description a
                !
                router bgp 1
                 address-family ipv4
                  network 10.0.0.0
                 exit-address-family
                 neighbor 10.0.0.2 remote-as 2
                ip domain name x
                end
                """)).containsExactly("interface Loopback1", "description a", "exit", "router bgp 1",
                "address-family ipv4", "network 10.0.0.0", "exit", "neighbor 10.0.0.2 remote-as 2", "exit",
                "ip domain name x");
    }
}

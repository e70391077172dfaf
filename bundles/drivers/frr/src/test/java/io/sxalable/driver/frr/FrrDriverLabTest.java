package io.sxalable.driver.frr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sxalable.sdk.driver.BgpNeighbor;
import io.sxalable.sdk.driver.BgpNeighborsReader;
import io.sxalable.sdk.driver.BgpState;
import io.sxalable.sdk.driver.Capability;
import io.sxalable.sdk.driver.CommandRunner;
import io.sxalable.sdk.driver.ConfigRejectedException;
import io.sxalable.sdk.driver.ConfigSession;
import io.sxalable.sdk.driver.Credentials;
import io.sxalable.sdk.driver.DeviceAuthenticationException;
import io.sxalable.sdk.driver.DeviceFacts;
import io.sxalable.sdk.driver.DeviceSession;
import io.sxalable.sdk.driver.DeviceTarget;
import io.sxalable.sdk.driver.DeviceUnreachableException;
import io.sxalable.sdk.driver.FactsReader;
import io.sxalable.sdk.driver.HostKeyMismatchException;
import io.sxalable.sdk.driver.InterfaceCounters;
import io.sxalable.sdk.driver.InterfaceCountersReader;
import io.sxalable.sdk.driver.InterfaceInfo;
import io.sxalable.sdk.driver.InterfacesReader;
import io.sxalable.sdk.driver.OperationNotSupportedException;
import io.sxalable.sdk.driver.RunningConfigReader;
import io.sxalable.testing.frrlab.FrrLab;
import io.sxalable.testing.frrlab.LabRouter;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The real driver over real SSH against two real FRR routers (r1 AS 65001 — r2 AS 65002, eBGP) in network
 * namespaces. Fails, rather than skips, when the machine cannot run the lab: CI installs FRR and sshd.
 */
class FrrDriverLabTest {

    private static FrrLab lab;
    private static FrrDriver driver;

    @BeforeAll
    static void startLab() {
        // fails (never skips) with the lab's reason when the machine cannot run it: CI installs FRR and sshd
        lab = FrrLab.start(FrrLab.Spec.twoRouterEbgp());
        System.out.printf("FrrDriverLabTest: lab %s up in %d ms%n", lab.prefix(), lab.bringUpTime().toMillis());
        driver = new FrrDriver("0.0.0.test");
    }

    @AfterAll
    static void stopLab() {
        if (driver != null) {
            driver.close();
        }
        if (lab != null) {
            lab.close();
        }
    }

    @Test
    void descriptorDeclaresReadOnlyCapabilities() {
        assertThat(driver.descriptor().id()).isEqualTo("frr");
        assertThat(driver.descriptor().defaultPort()).isEqualTo(22);
        assertThat(driver.descriptor().capabilities()).containsExactlyInAnyOrder(Capability.FACTS,
                Capability.INTERFACES, Capability.INTERFACE_COUNTERS, Capability.BGP_NEIGHBORS,
                Capability.RUNNING_CONFIG, Capability.CLI);
    }

    @Test
    void facts() throws Exception {
        try (DeviceSession session = driver.open(passwordTarget("r1"))) {
            DeviceFacts facts = session.require(FactsReader.class).facts();

            assertThat(facts.vendor()).isEqualTo("FRRouting");
            assertThat(facts.osVersion()).startsWith("FRRouting ");
            assertThat(facts.model()).startsWith("Linux ");
            assertThat(facts.hostname()).isEqualTo("r1");
            assertThat(facts.serialNumber()).isNotBlank();
            assertThat(facts.uptime()).isPositive();
            assertThat(facts.interfaces()).contains("lo", "eth1", "lan0", "mgmt0");
        }
        try (DeviceSession session = driver.open(passwordTarget("r2"))) {
            assertThat(session.require(FactsReader.class).facts().hostname()).isEqualTo("r2");
        }
    }

    @Test
    void interfacesCarryTheLabAddresses() throws Exception {
        LabRouter r1 = lab.router("r1");
        try (DeviceSession session = driver.open(passwordTarget("r1"))) {
            List<InterfaceInfo> interfaces = session.require(InterfacesReader.class).interfaces();

            assertThat(find(interfaces, "eth1")).satisfies(i -> {
                assertThat(i.addresses()).contains("10.0.12.1/30");
                assertThat(i.description()).isEqualTo("to r2");
                assertThat(i.adminUp()).isTrue();
                assertThat(i.operUp()).isTrue();
                assertThat(i.mtu()).isEqualTo(1500);
                assertThat(i.macAddress()).matches("([0-9a-f]{2}:){5}[0-9a-f]{2}");
            });
            assertThat(find(interfaces, "lo").addresses()).contains("10.255.0.1/32");
            assertThat(find(interfaces, "lan0").addresses()).contains("10.101.0.1/24");
            assertThat(find(interfaces, "mgmt0").addresses()).contains(r1.managementIp() + "/30");
        }
    }

    @Test
    void countersShowTheBgpTraffic() throws Exception {
        try (DeviceSession session = driver.open(passwordTarget("r1"))) {
            List<InterfaceCounters> counters = session.require(InterfaceCountersReader.class).counters();

            InterfaceCounters eth1 = counters.stream().filter(c -> c.name().equals("eth1")).findFirst().orElseThrow();
            assertThat(eth1.rxPackets()).isPositive();   // BGP open/update/keepalives from r2
            assertThat(eth1.txOctets()).isPositive();
        }
    }

    @Test
    void bgpNeighborEstablishedWithPrefixes() throws Exception {
        try (DeviceSession session = driver.open(passwordTarget("r1"))) {
            List<BgpNeighbor> neighbors = session.require(BgpNeighborsReader.class).bgpNeighbors();

            assertThat(neighbors).singleElement().satisfies(n -> {
                assertThat(n.vrf()).isEqualTo("default");
                assertThat(n.peerAddress()).isEqualTo("10.0.12.2");
                assertThat(n.state()).isEqualTo(BgpState.ESTABLISHED);
                assertThat(n.localAs()).isEqualTo(65001);
                assertThat(n.remoteAs()).isEqualTo(65002);
                assertThat(n.prefixesReceived()).isGreaterThan(0);
                assertThat(n.prefixesSent()).isGreaterThan(0);
                assertThat(n.description()).isEqualTo("r2");
            });
        }
        try (DeviceSession session = driver.open(passwordTarget("r2"))) {
            BgpNeighbor n = session.require(BgpNeighborsReader.class).bgpNeighbors().get(0);
            assertThat(n.remoteAs()).isEqualTo(65001);
            assertThat(n.up()).isTrue();
        }
    }

    @Test
    void runningConfigIsNormalisedAndStable() throws Exception {
        try (DeviceSession session = driver.open(passwordTarget("r1"))) {
            RunningConfigReader reader = session.require(RunningConfigReader.class);
            String config = reader.runningConfig();

            assertThat(config).contains("router bgp 65001\n").contains("hostname r1\n").endsWith("end\n")
                    .doesNotContain("Building configuration").doesNotContain("Current configuration");
            assertThat(reader.runningConfig()).isEqualTo(config);
        }
    }

    @Test
    void cliRunsShowCommandsOnly() throws Exception {
        try (DeviceSession session = driver.open(passwordTarget("r1"))) {
            CommandRunner cli = session.require(CommandRunner.class);

            assertThat(cli.run("show ip route")).contains("10.102.0.0/24").contains("10.255.0.2/32")
                    .contains("B>*");
            assertThat(cli.run("show ip route | include 10.102")).contains("10.102.0.0/24")
                    .doesNotContain("10.255.0.2");
            assertThatThrownBy(() -> cli.run("configure terminal")).isInstanceOf(ConfigRejectedException.class);
            assertThatThrownBy(() -> cli.run("clear ip bgp *")).isInstanceOf(ConfigRejectedException.class);
            assertThatThrownBy(() -> cli.run("show no such thing")).isInstanceOf(ConfigRejectedException.class)
                    .hasMessageContaining("% Unknown command");
            // the session is still usable after a rejected command
            assertThat(cli.run("show version")).startsWith("FRRouting");
        }
    }

    @Test
    void configSessionIsDeclaredUnsupported() throws Exception {
        try (DeviceSession session = driver.open(passwordTarget("r1"))) {
            assertThat(session.capability(ConfigSession.class)).isEmpty();
            assertThatThrownBy(() -> session.require(ConfigSession.class))
                    .isInstanceOf(OperationNotSupportedException.class);
        }
    }

    @Test
    void privateKeyLogin() throws Exception {
        LabRouter r2 = lab.router("r2");
        Credentials key = new Credentials(r2.username(), Optional.empty(), Optional.of(r2.privateKey()));
        try (DeviceSession session = driver.open(target(r2.managementIp(), 22, key, Optional.empty()))) {
            assertThat(session.require(FactsReader.class).facts().hostname()).isEqualTo("r2");
        }
    }

    @Test
    void wrongPasswordIsAnAuthenticationFailure() {
        LabRouter r1 = lab.router("r1");
        assertThatThrownBy(() -> driver.open(target(r1.managementIp(), 22,
                Credentials.password(r1.username(), "wrong-password"), Optional.empty())))
                .isInstanceOf(DeviceAuthenticationException.class)
                .hasMessageNotContaining("wrong-password");
    }

    @Test
    void closedPortIsUnreachableWithinTheConnectTimeout() {
        LabRouter r1 = lab.router("r1");
        Duration connectTimeout = Duration.ofSeconds(3);
        DeviceTarget closedPort = new DeviceTarget(r1.managementIp(), 2222, Credentials.password(r1.username(),
                r1.password()), connectTimeout, Duration.ofSeconds(10), Optional.empty(), Map.of());
        long start = System.nanoTime();
        assertThatThrownBy(() -> driver.open(closedPort)).isInstanceOf(DeviceUnreachableException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(connectTimeout);
    }

    @Test
    void hostKeyIsReportedAndPinned() throws Exception {
        LabRouter r1 = lab.router("r1");
        try (DeviceSession session = driver.open(passwordTarget("r1"))) {
            assertThat(session.hostKeyFingerprint()).contains(r1.hostKeyFingerprint());
        }
        Credentials credentials = Credentials.password(r1.username(), r1.password());
        try (DeviceSession pinned = driver.open(target(r1.managementIp(), 22, credentials,
                Optional.of(r1.hostKeyFingerprint())))) {
            assertThat(pinned.capability(FactsReader.class)).isPresent();
        }
        // r2's key is a different key: connecting to r1 with r2's fingerprint pinned must fail before login
        assertThatThrownBy(() -> driver.open(target(r1.managementIp(), 22, credentials,
                Optional.of(lab.router("r2").hostKeyFingerprint()))))
                .isInstanceOf(HostKeyMismatchException.class).hasMessageContaining(r1.hostKeyFingerprint());
    }

    private static InterfaceInfo find(List<InterfaceInfo> interfaces, String name) {
        return interfaces.stream().filter(i -> i.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no interface " + name + " in " + interfaces));
    }

    private static DeviceTarget passwordTarget(String router) {
        LabRouter r = lab.router(router);
        return target(r.managementIp(), r.sshPort(), Credentials.password(r.username(), r.password()), Optional.empty());
    }

    private static DeviceTarget target(String host, int port, Credentials credentials, Optional<String> hostKey) {
        return new DeviceTarget(host, port, credentials, Duration.ofSeconds(10), Duration.ofSeconds(20), hostKey,
                Map.of());
    }
}

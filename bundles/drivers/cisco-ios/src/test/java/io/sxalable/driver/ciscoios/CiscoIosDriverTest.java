package io.sxalable.driver.ciscoios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sxalable.sdk.driver.BgpNeighbor;
import io.sxalable.sdk.driver.BgpNeighborsReader;
import io.sxalable.sdk.driver.BgpState;
import io.sxalable.sdk.driver.CommandRunner;
import io.sxalable.sdk.driver.ConfigRejectedException;
import io.sxalable.sdk.driver.ConfigSession;
import io.sxalable.sdk.driver.Credentials;
import io.sxalable.sdk.driver.DeviceAuthenticationException;
import io.sxalable.sdk.driver.DeviceFacts;
import io.sxalable.sdk.driver.DeviceSession;
import io.sxalable.sdk.driver.DeviceTarget;
import io.sxalable.sdk.driver.DeviceTimeoutException;
import io.sxalable.sdk.driver.FactsReader;
import io.sxalable.sdk.driver.HostKeyMismatchException;
import io.sxalable.sdk.driver.InterfaceInfo;
import io.sxalable.sdk.driver.InterfacesReader;
import io.sxalable.sdk.driver.RunningConfigReader;
import io.sxalable.testing.sim.ciscoios.IosSimulator;
import io.sxalable.testing.sim.ciscoios.IosSimulatorServer;
import io.sxalable.testing.sim.ciscoios.Options;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Cisco IOS specifics against the IOS-XE simulator: exact facts, addresses and BGP neighbors; the commit paths
 * (merge through {@code configure terminal}, replace through SCP and {@code configure replace}); confirmed commits
 * with IOS's timers (one simulated "minute" is 300 ms here); rejected configuration; enable; paging; host keys;
 * timeouts; many devices at once. Each test uses its own simulated router, so the order does not matter.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class CiscoIosDriverTest {

    /** One IOS timer minute in these tests. */
    private static final Duration MINUTE = Duration.ofMillis(300);

    private static IosSimulatorServer server;
    private static CiscoIosDriver driver;

    @BeforeAll
    static void start() {
        server = IosSimulatorServer.start();
        driver = new CiscoIosDriver("1.0.0");
    }

    @AfterAll
    static void stop() {
        driver.close();
        server.close();
    }

    private static IosSimulator router(Options options) {
        return server.add(options.withMinuteLength(MINUTE));
    }

    private static IosSimulator router() {
        return router(Options.defaults());
    }

    private static DeviceTarget target(IosSimulator r) {
        return target(r, Map.of());
    }

    private static DeviceTarget target(IosSimulator r, Map<String, String> options) {
        return new DeviceTarget(r.host(), r.port(), Credentials.password(r.options().username(), r.options().password()),
                Duration.ofSeconds(5), Duration.ofSeconds(10), Optional.empty(), options);
    }

    private static String running(IosSimulator r) throws Exception {
        try (DeviceSession s = driver.open(target(r))) {
            return s.require(RunningConfigReader.class).runningConfig();
        }
    }

    // ------------------------------------------------------------------------------------------------------------
    // Reading
    // ------------------------------------------------------------------------------------------------------------

    @Test
    void factsOfACsr1000v() throws Exception {
        try (IosSimulator r = router(); DeviceSession s = driver.open(target(r))) {
            DeviceFacts facts = s.require(FactsReader.class).facts();

            assertThat(facts.vendor()).isEqualTo("Cisco");
            assertThat(facts.model()).isEqualTo("CSR1000V");
            assertThat(facts.osVersion()).isEqualTo("IOS-XE 17.3.4a");
            assertThat(facts.serialNumber()).isEqualTo("9ZL7QYV4K2M");
            assertThat(facts.hostname()).isEqualTo("r1");
            assertThat(facts.uptime()).isBetween(Duration.ofMinutes(13_144), Duration.ofMinutes(13_146));
            assertThat(facts.interfaces()).containsExactly("GigabitEthernet1", "GigabitEthernet2", "GigabitEthernet3",
                    "GigabitEthernet4", "Loopback0");
        }
    }

    @Test
    void interfacesWithAddressesFromTheRunningConfig() throws Exception {
        try (IosSimulator r = router(); DeviceSession s = driver.open(target(r))) {
            List<InterfaceInfo> interfaces = s.require(InterfacesReader.class).interfaces();

            InterfaceInfo gi2 = interfaces.get(1);
            assertThat(gi2.name()).isEqualTo("GigabitEthernet2");
            assertThat(gi2.description()).isEqualTo("to r2");
            assertThat(gi2.addresses()).containsExactly("10.0.12.1/30", "2001:db8:12::1/64");
            assertThat(gi2.speedMbps()).isEqualTo(OptionalLong.of(1000));
            assertThat(gi2.mtu()).isEqualTo(1500);
            assertThat(gi2.macAddress()).matches("52:54:00(:[0-9a-f]{2}){3}");
            assertThat(interfaces.get(3).adminUp()).as("GigabitEthernet4 is shut").isFalse();
            assertThat(interfaces.get(4).speedMbps()).as("Loopback0").isEmpty();
        }
    }

    @Test
    void bgpNeighborsOfAllFamiliesAndVrfs() throws Exception {
        try (IosSimulator r = router(Options.defaults().withReceivedPrefixes(Map.of("10.0.12.2", 12)));
             DeviceSession s = driver.open(target(r))) {
            List<BgpNeighbor> neighbors = s.require(BgpNeighborsReader.class).bgpNeighbors();

            assertThat(neighbors).extracting(BgpNeighbor::vrf, BgpNeighbor::peerAddress, BgpNeighbor::remoteAs,
                    BgpNeighbor::state, BgpNeighbor::description).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("default", "10.0.12.2", 65002L, BgpState.ESTABLISHED, "r2"),
                    org.assertj.core.groups.Tuple.tuple("default", "10.0.13.2", 65003L, BgpState.IDLE,
                            "r3 (maintenance)"),
                    org.assertj.core.groups.Tuple.tuple("default", "2001:db8:12::2", 65002L, BgpState.ESTABLISHED, ""),
                    org.assertj.core.groups.Tuple.tuple("CUST-A", "192.0.2.2", 65100L, BgpState.ESTABLISHED,
                            "cust-a-ce"));
            assertThat(neighbors.get(0).prefixesReceived()).isEqualTo(12);
            assertThat(neighbors.get(0).localAs()).isEqualTo(65001);
            assertThat(neighbors.get(0).stateDuration()).isGreaterThan(Duration.ofDays(7));
        }
    }

    @Test
    void cliAllowsShowCommandsOnly() throws Exception {
        try (IosSimulator r = router(); DeviceSession s = driver.open(target(r))) {
            CommandRunner cli = s.require(CommandRunner.class);

            assertThat(cli.run("sh run | include ^hostname")).isEqualTo("hostname r1\n");
            assertThat(cli.run("show ip interface brief")).startsWith("Interface              IP-Address");
            assertThatThrownBy(() -> cli.run("configure terminal")).isInstanceOf(ConfigRejectedException.class)
                    .hasMessageContaining("only 'show'");
            assertThatThrownBy(() -> cli.run("show version\nreload")).isInstanceOf(ConfigRejectedException.class);
            assertThatThrownBy(() -> cli.run("show frobnicate")).isInstanceOf(ConfigRejectedException.class)
                    .hasMessageContaining("% Invalid input detected at '^' marker.");
            assertThatThrownBy(() -> cli.run("show ip")).isInstanceOf(ConfigRejectedException.class)
                    .hasMessageContaining("% Incomplete command.");
        }
    }

    @Test
    void pagingIsHandledWhenTerminalLengthIsIgnored() throws Exception {
        try (IosSimulator plain = router(); IosSimulator paging = router(Options.defaults().withPagingAlways(true))) {
            assertThat(running(paging)).isEqualTo(running(plain)).doesNotContain("--More--").startsWith("!\n!\nversion 17.3\n")
                    .endsWith("\nend\n");
        }
    }

    // ------------------------------------------------------------------------------------------------------------
    // Commits
    // ------------------------------------------------------------------------------------------------------------

    @Test
    void mergeCommitAndRollbackFromAnotherSession() throws Exception {
        try (IosSimulator r = router()) {
            String original = running(r);
            try (DeviceSession s = driver.open(target(r))) {
                ConfigSession config = s.require(ConfigSession.class);
                config.loadMerge("router bgp 65001\n neighbor 10.0.12.9 remote-as 65009\n neighbor 10.0.12.9 description new\n");
                assertThat(config.compare()).contains("+ neighbor 10.0.12.9 remote-as 65009");
                config.commit(Optional.empty());
                assertThat(config.compare()).as("nothing left to commit").isEmpty();
            }
            assertThat(running(r)).contains(" neighbor 10.0.12.9 remote-as 65009\n")
                    .contains("  neighbor 10.0.12.9 activate\n");   // IOS-XE activates IPv4 neighbors itself
            assertThat(r.file("flash:sxalable-rollback.cfg")).hasValueSatisfying(f -> assertThat(f).contains("hostname r1"));

            try (DeviceSession s = driver.open(target(r))) {
                s.require(ConfigSession.class).rollback();   // the core opens a new session per operation
            }
            assertThat(running(r)).isEqualTo(original);
        }
    }

    @Test
    void replaceThroughScpAndConfigureReplaceRenamesTheRouter() throws Exception {
        try (IosSimulator r = router(); DeviceSession s = driver.open(target(r))) {
            String original = s.require(RunningConfigReader.class).runningConfig();
            ConfigSession config = s.require(ConfigSession.class);
            String candidate = original.replace("hostname r1\n", "hostname r1-new\n")
                    .replace(" description to r2\n", " description to r2 via the replace\n")
                    .replace(" neighbor 10.0.13.2 shutdown\n", "");

            config.loadReplace(candidate);
            String diff = config.compare();
            assertThat(diff).startsWith("--- running-config\n+++ candidate-config\n").contains("-hostname r1\n")
                    .contains("+hostname r1-new\n").contains("- neighbor 10.0.13.2 shutdown\n");
            config.commit(Optional.empty());

            assertThat(r.hostname()).isEqualTo("r1-new");
            assertThat(s.require(RunningConfigReader.class).runningConfig()).isEqualTo(candidate);
            assertThat(s.require(FactsReader.class).facts().hostname()).as("the session follows the new prompt")
                    .isEqualTo("r1-new");
            assertThat(s.require(BgpNeighborsReader.class).bgpNeighbors().get(1).state())
                    .as("10.0.13.2 no longer shut down, but not in a connected subnet").isEqualTo(BgpState.ACTIVE);

            config.rollback();
            assertThat(s.require(RunningConfigReader.class).runningConfig()).isEqualTo(original);
            assertThat(r.hostname()).isEqualTo("r1");
        }
    }

    @Test
    void rejectedMergeLeavesNothingApplied() throws Exception {
        try (IosSimulator r = router(); DeviceSession s = driver.open(target(r))) {
            String original = s.require(RunningConfigReader.class).runningConfig();
            ConfigSession config = s.require(ConfigSession.class);
            config.loadMerge("interface Loopback42\n description first line is fine\n frobnicate the widget\n");

            assertThatThrownBy(() -> config.commit(Optional.empty())).isInstanceOf(ConfigRejectedException.class)
                    .hasMessageContaining("'frobnicate the widget'")
                    .hasMessageContaining("% Invalid input detected at '^' marker.");

            assertThat(s.require(RunningConfigReader.class).runningConfig()).isEqualTo(original)
                    .doesNotContain("Loopback42");
            assertThat(s.require(CommandRunner.class).run("show privilege")).as("back in privileged EXEC")
                    .contains("15");
        }
    }

    @Test
    void rejectedReplaceLeavesNothingApplied() throws Exception {
        try (IosSimulator r = router(); DeviceSession s = driver.open(target(r))) {
            String original = s.require(RunningConfigReader.class).runningConfig();
            ConfigSession config = s.require(ConfigSession.class);
            config.loadReplace(original.replace("hostname r1\n", "hostname r1\nfrobnicate\n"));

            assertThatThrownBy(() -> config.commit(Optional.empty())).isInstanceOf(ConfigRejectedException.class)
                    .hasMessageContaining("configure replace").hasMessageContaining("frobnicate");
            assertThat(s.require(RunningConfigReader.class).runningConfig()).isEqualTo(original);
        }
    }

    @Test
    void loadRejectsExecCommandsAndEmptyText() throws Exception {
        try (IosSimulator r = router(); DeviceSession s = driver.open(target(r))) {
            ConfigSession config = s.require(ConfigSession.class);
            assertThatThrownBy(() -> config.loadMerge("do reload\n")).isInstanceOf(ConfigRejectedException.class);
            assertThatThrownBy(() -> config.loadReplace("  \n")).isInstanceOf(ConfigRejectedException.class);
            assertThat(config.compare()).isEmpty();
        }
    }

    @Test
    void rollbackWithoutAnyCommitIsRejected() throws Exception {
        try (IosSimulator r = router(); DeviceSession s = driver.open(target(r))) {
            assertThatThrownBy(() -> s.require(ConfigSession.class).rollback())
                    .isInstanceOf(ConfigRejectedException.class).hasMessageContaining("nothing to roll back");
        }
    }

    @Test
    void replaceNeedsTheScpServer() throws Exception {
        try (IosSimulator r = router(Options.defaults().withInitialConfig(
                io.sxalable.testing.sim.ciscoios.DefaultConfig.text(Options.defaults())
                        .replace("ip scp server enable\n", "")));
             DeviceSession s = driver.open(target(r))) {
            String original = s.require(RunningConfigReader.class).runningConfig();
            ConfigSession config = s.require(ConfigSession.class);
            config.loadReplace(original.replace("hostname r1", "hostname r9"));

            assertThatThrownBy(() -> config.commit(Optional.empty())).isInstanceOf(ConfigRejectedException.class)
                    .hasMessageContaining("ip scp server enable");
            assertThat(s.require(RunningConfigReader.class).runningConfig()).isEqualTo(original);
        }
    }

    // ------------------------------------------------------------------------------------------------------------
    // Confirmed commits (IOS Rollback Confirmed Change)
    // ------------------------------------------------------------------------------------------------------------

    @Test
    void confirmedMergeKeepsTheChange() throws Exception {
        try (IosSimulator r = router(); DeviceSession s = driver.open(target(r))) {
            ConfigSession config = s.require(ConfigSession.class);
            config.loadMerge("interface Loopback4712\n description confirmed\n");
            config.commit(Optional.of(Duration.ofMinutes(5)));
            assertThat(r.confirmPending()).isTrue();

            config.confirm();
            assertThat(r.confirmPending()).isFalse();
            Thread.sleep(MINUTE.multipliedBy(7).toMillis());   // well past the timer
            assertThat(s.require(RunningConfigReader.class).runningConfig()).contains(" description confirmed\n");
        }
    }

    @Test
    void unconfirmedMergeRevertsByItself() throws Exception {
        try (IosSimulator r = router(); DeviceSession s = driver.open(target(r))) {
            String original = s.require(RunningConfigReader.class).runningConfig();
            ConfigSession config = s.require(ConfigSession.class);
            config.loadMerge("interface Loopback4713\n description not confirmed\n");
            config.commit(Optional.of(Duration.ofSeconds(20)));   // rounded up to IOS's 1 minute
            assertThat(s.require(RunningConfigReader.class).runningConfig()).contains("not confirmed");

            awaitReverted(r);
            assertThat(s.require(RunningConfigReader.class).runningConfig()).isEqualTo(original);
            assertThatThrownBy(config::confirm).isInstanceOf(ConfigRejectedException.class)
                    .hasMessageContaining("no commit is waiting");
        }
    }

    @Test
    void unconfirmedReplaceRevertsByItself() throws Exception {
        try (IosSimulator r = router(); DeviceSession s = driver.open(target(r))) {
            String original = s.require(RunningConfigReader.class).runningConfig();
            ConfigSession config = s.require(ConfigSession.class);
            config.loadReplace(original.replace(" description to r2\n", " description replaced, unconfirmed\n"));
            config.commit(Optional.of(Duration.ofMinutes(2)));
            assertThat(s.require(RunningConfigReader.class).runningConfig()).contains("replaced, unconfirmed");

            awaitReverted(r);
            assertThat(s.require(RunningConfigReader.class).runningConfig()).isEqualTo(original);
        }
    }

    @Test
    void confirmedReplaceKeepsTheChangeConfirmedFromAnotherSession() throws Exception {
        try (IosSimulator r = router()) {
            String original = running(r);
            try (DeviceSession s = driver.open(target(r))) {
                ConfigSession config = s.require(ConfigSession.class);
                config.loadReplace(original.replace(" description to r2\n", " description replaced, confirmed\n"));
                config.commit(Optional.of(Duration.ofMinutes(10)));   // 3 s here: time for a new session
            }
            try (DeviceSession s = driver.open(target(r))) {
                s.require(ConfigSession.class).confirm();   // the core opens a new session per operation
            }
            assertThat(r.confirmPending()).isFalse();
            Thread.sleep(MINUTE.multipliedBy(12).toMillis());   // well past the timer
            assertThat(running(r)).contains("replaced, confirmed");
        }
    }

    @Test
    void confirmedCommitNeedsTheArchive() throws Exception {
        try (IosSimulator r = router(Options.defaults().withInitialConfig(
                io.sxalable.testing.sim.ciscoios.DefaultConfig.text(Options.defaults())
                        .replace("archive\n path flash:sxalable-archive\n maximum 14\n", "")));
             DeviceSession s = driver.open(target(r))) {
            String original = s.require(RunningConfigReader.class).runningConfig();
            ConfigSession config = s.require(ConfigSession.class);
            config.loadMerge("interface Loopback4714\n");

            assertThatThrownBy(() -> config.commit(Optional.of(Duration.ofMinutes(5))))
                    .isInstanceOf(ConfigRejectedException.class)
                    .hasMessageContaining("%Turn config archive on before using Rollback Confirmed Change");
            assertThat(s.require(RunningConfigReader.class).runningConfig()).isEqualTo(original);
            assertThatThrownBy(() -> config.commit(Optional.of(Duration.ofHours(3))))
                    .isInstanceOf(ConfigRejectedException.class).hasMessageContaining("120 minutes");
        }
    }

    private static void awaitReverted(IosSimulator r) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (r.confirmPending() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(r.confirmPending()).as("the confirm timer fired within 10 s").isFalse();
    }

    // ------------------------------------------------------------------------------------------------------------
    // Login, host keys, errors
    // ------------------------------------------------------------------------------------------------------------

    @Test
    void userExecLoginNeedsTheEnableSecret() throws Exception {
        try (IosSimulator r = router(Options.defaults().withLoginPrivilege(1))) {
            try (DeviceSession s = driver.open(target(r, Map.of("enable-secret", "cisco")))) {
                assertThat(s.require(CommandRunner.class).run("show privilege")).contains("Current privilege level is 15");
            }
            assertThatThrownBy(() -> driver.open(target(r))).isInstanceOf(DeviceAuthenticationException.class)
                    .hasMessageContaining("user EXEC (r1>)").hasMessageContaining("enable-secret");
            assertThatThrownBy(() -> driver.open(target(r, Map.of("enable-secret", "wrong"))))
                    .isInstanceOf(DeviceAuthenticationException.class).hasMessageContaining("enable secret was refused")
                    .hasMessageNotContaining("wrong");
        }
        try (IosSimulator r = router(Options.defaults().withLoginPrivilege(1).withEnableSecret(Optional.empty()))) {
            assertThatThrownBy(() -> driver.open(target(r, Map.of("enable-secret", "cisco"))))
                    .isInstanceOf(DeviceAuthenticationException.class).hasMessageContaining("% No password set");
        }
    }

    @Test
    void hostKeyIsReportedAndPinned() throws Exception {
        try (IosSimulator r = router()) {
            try (DeviceSession s = driver.open(target(r))) {
                assertThat(s.hostKeyFingerprint()).contains(r.hostKeyFingerprint());
            }
            DeviceTarget pinned = new DeviceTarget(r.host(), r.port(), Credentials.password("admin", "admin"),
                    Duration.ofSeconds(5), Duration.ofSeconds(10), Optional.of(r.hostKeyFingerprint()), Map.of());
            try (DeviceSession s = driver.open(pinned)) {
                assertThat(s.require(FactsReader.class).facts().hostname()).isEqualTo("r1");
            }
            DeviceTarget wrong = new DeviceTarget(r.host(), r.port(), Credentials.password("admin", "admin"),
                    Duration.ofSeconds(5), Duration.ofSeconds(10),
                    Optional.of("SHA256:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"), Map.of());
            assertThatThrownBy(() -> driver.open(wrong)).isInstanceOf(HostKeyMismatchException.class)
                    .hasMessageContaining(r.hostKeyFingerprint());
        }
    }

    @Test
    void slowCommandIsATimeout() throws Exception {
        try (IosSimulator r = router(Options.defaults().withResponseDelay(Duration.ofSeconds(3)))) {
            DeviceTarget impatient = new DeviceTarget(r.host(), r.port(), Credentials.password("admin", "admin"),
                    Duration.ofSeconds(5), Duration.ofMillis(500), Optional.empty(), Map.of());
            long start = System.nanoTime();
            assertThatThrownBy(() -> driver.open(impatient)).isInstanceOf(DeviceTimeoutException.class)
                    .hasMessageContaining("'terminal length 0' did not complete");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
        }
    }

    @Test
    void manyRoutersAtOnce() throws Exception {
        List<IosSimulator> routers = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            for (int i = 0; i < 40; i++) {
                routers.add(router(Options.defaults().withHostname("edge-" + i).withSerialNumber("SIM" + i)));
            }
            List<Future<String>> names = new ArrayList<>();
            for (IosSimulator r : routers) {
                Callable<String> facts = () -> {
                    try (DeviceSession s = driver.open(target(r))) {
                        return s.require(FactsReader.class).facts().hostname();
                    }
                };
                names.add(pool.submit(facts));
            }
            Map<String, Integer> seen = new HashMap<>();
            for (int i = 0; i < names.size(); i++) {
                assertThat(names.get(i).get(30, TimeUnit.SECONDS)).isEqualTo("edge-" + i);
                seen.merge(names.get(i).get(), 1, Integer::sum);
            }
            assertThat(seen).hasSize(40);
        } finally {
            pool.shutdownNow();
            routers.forEach(IosSimulator::close);
        }
    }
}

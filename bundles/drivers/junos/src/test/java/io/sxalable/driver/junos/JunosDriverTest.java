package io.sxalable.driver.junos;

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
import io.sxalable.sdk.driver.DeviceException;
import io.sxalable.sdk.driver.DeviceFacts;
import io.sxalable.sdk.driver.DeviceSession;
import io.sxalable.sdk.driver.DeviceTarget;
import io.sxalable.sdk.driver.DeviceTimeoutException;
import io.sxalable.sdk.driver.FactsReader;
import io.sxalable.sdk.driver.HostKeyMismatchException;
import io.sxalable.sdk.driver.InterfaceInfo;
import io.sxalable.sdk.driver.InterfacesReader;
import io.sxalable.sdk.driver.RunningConfigReader;
import io.sxalable.sdk.driver.UnexpectedOutputException;
import io.sxalable.testing.sim.junos.DefaultConfig;
import io.sxalable.testing.sim.junos.JunosDevice;
import io.sxalable.testing.sim.junos.JunosFarm;
import io.sxalable.testing.sim.junos.Options;
import java.io.ByteArrayOutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import org.apache.sshd.common.config.keys.writer.openssh.OpenSSHKeyPairResourceWriter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Junos specifics against the simulator: commit confirmed (confirmation and automatic revert), Junos's refusals
 * (syntax errors, commit check, locks), framing negotiation, host keys, timeouts, the CLI guard, and concurrent
 * sessions to many routers. Each test gets its own router from one shared farm.
 */
@Timeout(60)
class JunosDriverTest {

    /** A "minute" of commit confirmed lasts this long on the test routers. */
    private static final Duration MINUTE = Duration.ofMillis(400);
    private static final String LOOPBACK_CHANGE = """
            interfaces {
                lo0 {
                    unit 0 {
                        description driver-test;
                    }
                }
            }
            """;

    private static JunosFarm farm;
    private static JunosDriver driver;

    @BeforeAll
    static void start() {
        farm = JunosFarm.start();
        driver = new JunosDriver("0.0.0.test");
    }

    @AfterAll
    static void stop() {
        driver.close();
        farm.close();
    }

    // ------------------------------------------------------------------------------------------- commit confirmed

    @Test
    void confirmedCommitThatIsConfirmedStays() throws Exception {
        JunosDevice router = router("confirm-keeps");
        try (DeviceSession session = driver.open(target(router))) {
            ConfigSession config = session.require(ConfigSession.class);
            config.loadMerge(LOOPBACK_CHANGE);
            config.commit(Optional.of(Duration.ofSeconds(20)));

            assertThat(router.lastConfirmTimeoutMinutes()).as("20 s rounds up to 1 minute").isEqualTo(1);
            assertThat(router.confirmDeadline()).isPresent();
            assertThat(running(router)).contains("driver-test");

            config.confirm();
            assertThat(router.confirmDeadline()).as("confirmed: no revert pending").isEmpty();
        }
        Thread.sleep(MINUTE.multipliedBy(2).toMillis());
        assertThat(running(router)).as("still there after the timer would have fired").contains("driver-test");
    }

    @Test
    void aConfirmationMayComeFromALaterSession() throws Exception {
        JunosDevice router = router("confirm-later");
        try (DeviceSession session = driver.open(target(router))) {
            ConfigSession config = session.require(ConfigSession.class);
            config.loadMerge(LOOPBACK_CHANGE);
            config.commit(Optional.of(Duration.ofMinutes(3)));
        }   // closing releases the lock; the revert stays pending
        assertThat(router.confirmDeadline()).isPresent();
        try (DeviceSession session = driver.open(target(router))) {
            session.require(ConfigSession.class).confirm();
        }
        assertThat(router.confirmDeadline()).isEmpty();
        Thread.sleep(MINUTE.multipliedBy(4).toMillis());
        assertThat(running(router)).contains("driver-test");
    }

    @Test
    void confirmedCommitRevertsByItselfWhenNotConfirmed() throws Exception {
        JunosDevice router = router("confirm-expires");
        String original = running(router);
        long committedAt;
        try (DeviceSession session = driver.open(target(router))) {
            ConfigSession config = session.require(ConfigSession.class);
            config.loadMerge(LOOPBACK_CHANGE);
            config.commit(Optional.of(Duration.ofSeconds(61)));
            committedAt = System.nanoTime();
            assertThat(router.lastConfirmTimeoutMinutes()).as("61 s rounds up to 2 minutes").isEqualTo(2);
        }
        assertThat(running(router)).contains("driver-test");

        await(() -> !runningQuietly(router).contains("driver-test"), Duration.ofSeconds(10));
        Duration took = Duration.ofNanos(System.nanoTime() - committedAt);

        assertThat(took).as("not before the two 'minutes' are up").isGreaterThanOrEqualTo(MINUTE.multipliedBy(2)
                .minusMillis(50));
        assertThat(running(router)).as("reverted byte for byte").isEqualTo(original);
        assertThat(router.confirmDeadline()).isEmpty();
    }

    @Test
    void confirmRefusesToCommitNewChanges() throws Exception {
        JunosDevice router = router("confirm-dirty");
        try (DeviceSession session = driver.open(target(router))) {
            ConfigSession config = session.require(ConfigSession.class);
            config.loadMerge(LOOPBACK_CHANGE);
            config.commit(Optional.of(Duration.ofMinutes(5)));
            config.loadMerge("system { host-name sneaky; }");
            assertThatThrownBy(config::confirm).isInstanceOf(ConfigRejectedException.class)
                    .hasMessageContaining("uncommitted changes");
            config.discard();
            config.confirm();
        }
        assertThat(running(router)).contains("driver-test").doesNotContain("sneaky");
    }

    @Test
    void rollbackAfterAConfirmedCommitSkipsTheIdenticalConfirmation() throws Exception {
        JunosDevice router = router("rollback-after-confirm");
        String original = running(router);
        try (DeviceSession session = driver.open(target(router))) {
            ConfigSession config = session.require(ConfigSession.class);
            config.loadMerge(LOOPBACK_CHANGE);
            config.commit(Optional.of(Duration.ofMinutes(1)));
            config.confirm();   // rollback 1 is now identical to the active configuration
            config.rollback();
        }
        assertThat(running(router)).isEqualTo(original);
        assertThat(router.rollbackCount()).isEqualTo(4);
    }

    @Test
    void rollbackWithoutHistoryIsRefused() throws Exception {
        JunosDevice router = router("no-history");
        try (DeviceSession session = driver.open(target(router))) {
            assertThatThrownBy(() -> session.require(ConfigSession.class).rollback())
                    .isInstanceOf(ConfigRejectedException.class).hasMessageContaining("no earlier configuration");
        }
    }

    // ------------------------------------------------------------------------------------------- refusals

    @Test
    void syntaxErrorsAreRejectedAndLeaveNothingBehind() throws Exception {
        JunosDevice router = router("syntax");
        try (DeviceSession session = driver.open(target(router))) {
            ConfigSession config = session.require(ConfigSession.class);
            config.loadMerge(LOOPBACK_CHANGE);
            assertThatThrownBy(() -> config.loadMerge("interfaces { ge-0/0/1 { unti 0; } }"))
                    .isInstanceOf(ConfigRejectedException.class).hasMessageContaining("syntax error")
                    .hasMessageContaining("'unti'").hasMessageContaining("[edit interfaces ge-0/0/1]");
            assertThat(router.candidateModified()).as("a refused load discards the candidate").isFalse();
            assertThat(config.compare()).isEmpty();
            assertThatThrownBy(() -> config.loadMerge("snmp { community public; }\nfoo-bar;"))
                    .isInstanceOf(ConfigRejectedException.class).hasMessageContaining("foo-bar");
        }
    }

    @Test
    void commitCheckFailuresCarryJunosMessages() throws Exception {
        JunosDevice router = router("commit-check");
        String original = running(router);
        try (DeviceSession session = driver.open(target(router))) {
            JunosSession junos = (JunosSession) session;
            junos.loadMerge("protocols { bgp { group ebgp { neighbor 10.0.99.2; } } }");
            assertThat(junos.compare()).contains("[edit protocols bgp group ebgp]").contains("+    neighbor 10.0.99.2;");
            assertThatThrownBy(junos::commitCheck).isInstanceOf(ConfigRejectedException.class)
                    .hasMessageContaining("peer AS number must be configured for an external peer");
            assertThatThrownBy(() -> junos.commit(Optional.empty())).isInstanceOf(ConfigRejectedException.class)
                    .hasMessageContaining("configuration check-out failed")
                    .hasMessageContaining("[edit protocols bgp group ebgp neighbor 10.0.99.2]");
            junos.discard();
        }
        assertThat(running(router)).isEqualTo(original);
    }

    @Test
    void theCandidateLockKeepsOtherSessionsOut() throws Exception {
        JunosDevice router = router("locks");
        DeviceSession first = driver.open(target(router));
        try (DeviceSession second = driver.open(target(router))) {
            first.require(ConfigSession.class).loadMerge(LOOPBACK_CHANGE);
            assertThatThrownBy(() -> second.require(ConfigSession.class).loadMerge("system { host-name other; }"))
                    .isInstanceOf(ConfigRejectedException.class).hasMessageContaining("configuration database locked by")
                    .hasMessageContaining(router.username());
            first.close();   // discards its uncommitted change and unlocks
            assertThat(router.candidateModified()).isFalse();
            ConfigSession config = second.require(ConfigSession.class);
            config.loadMerge("system { host-name other; }");
            assertThat(config.compare()).contains("+   host-name other;").doesNotContain("driver-test");
            config.discard();
        } finally {
            first.close();
        }
    }

    // ------------------------------------------------------------------------------------------- state follows config

    @Test
    void committedChangesShowUpInTheOperationalState() throws Exception {
        JunosDevice router = router("state");
        try (DeviceSession session = driver.open(target(router))) {
            ConfigSession config = session.require(ConfigSession.class);
            config.loadMerge("""
                    interfaces {
                        ge-0/0/3 {
                            description "to r4";
                            unit 0 {
                                family inet {
                                    address 10.0.14.1/30;
                                }
                            }
                        }
                    }
                    protocols {
                        bgp {
                            group ebgp {
                                neighbor 10.0.14.2 {
                                    description r4;
                                    peer-as 65004;
                                }
                            }
                        }
                    }
                    """);
            config.commit(Optional.empty());

            List<InterfaceInfo> interfaces = session.require(InterfacesReader.class).interfaces();
            assertThat(interfaces).filteredOn(i -> i.name().equals("ge-0/0/3")).singleElement()
                    .satisfies(i -> assertThat(i.description()).isEqualTo("to r4"));
            assertThat(interfaces).filteredOn(i -> i.name().equals("ge-0/0/3.0")).singleElement()
                    .satisfies(i -> assertThat(i.addresses()).containsExactly("10.0.14.1/30"));
            List<BgpNeighbor> peers = session.require(BgpNeighborsReader.class).bgpNeighbors();
            assertThat(peers).filteredOn(n -> n.peerAddress().equals("10.0.14.2")).singleElement().satisfies(n -> {
                assertThat(n.state()).isEqualTo(BgpState.ESTABLISHED);
                assertThat(n.remoteAs()).isEqualTo(65004);
                assertThat(n.description()).isEqualTo("r4");
                assertThat(n.stateDuration()).isLessThan(Duration.ofMinutes(1));
            });
            assertThat(peers).filteredOn(n -> n.peerAddress().equals("192.0.2.66")).singleElement()
                    .satisfies(n -> assertThat(n.state()).isEqualTo(BgpState.ACTIVE));
        }
    }

    @Test
    void loadReplaceIsJunosOverride() throws Exception {
        JunosDevice router = router("override");
        String original = running(router);
        String renamed = original.replace("host-name override;", "host-name renamed;");
        try (DeviceSession session = driver.open(target(router))) {
            ConfigSession config = session.require(ConfigSession.class);
            config.loadReplace(renamed);
            assertThat(config.compare()).isEqualTo("[edit system]\n-   host-name override;\n+   host-name renamed;\n");
            config.commit(Optional.empty());
            DeviceFacts facts = session.require(FactsReader.class).facts();
            assertThat(facts.hostname()).isEqualTo("renamed");
            assertThat(facts.vendor()).isEqualTo("Juniper Networks");
            assertThat(facts.model()).isEqualTo("VMX");
            assertThat(facts.osVersion()).isEqualTo("Junos OS 23.4R1.9");
            assertThat(facts.serialNumber()).startsWith("VM");
            config.rollback();
        }
        assertThat(running(router)).isEqualTo(original);
    }

    // ------------------------------------------------------------------------------------------- transport

    @Test
    void framingFollowsTheHello() throws Exception {
        JunosDevice modern = router("base11");
        JunosDevice old = farm.add(Options.defaults().withHostname("base10").withNetconfBase11(false));
        try (DeviceSession a = driver.open(target(modern)); DeviceSession b = driver.open(target(old))) {
            assertThat(((JunosSession) a).chunkedFraming()).isTrue();
            assertThat(((JunosSession) b).chunkedFraming()).isFalse();
            // a reply of ~90 KB crosses many chunks and SSH packets in both framings
            assertThat(a.require(InterfacesReader.class).interfaces()).hasSameSizeAs(
                    b.require(InterfacesReader.class).interfaces());
            ConfigSession config = b.require(ConfigSession.class);
            config.loadMerge(LOOPBACK_CHANGE);
            config.commit(Optional.empty());
            config.rollback();
        } finally {
            old.close();
        }
    }

    @Test
    void hostKeysArePinned() throws Exception {
        JunosDevice router = router("pinning");
        try (DeviceSession session = driver.open(target(router))) {
            assertThat(session.hostKeyFingerprint()).hasValue(router.hostKeyFingerprint());
        }
        try (DeviceSession session = driver.open(withHostKey(target(router), router.hostKeyFingerprint()
                .substring("SHA256:".length())))) {
            assertThat(session.require(RunningConfigReader.class).runningConfig()).isNotBlank();
        }
        JunosDevice other = router("impostor");
        assertThatThrownBy(() -> driver.open(withHostKey(target(router), other.hostKeyFingerprint())))
                .isInstanceOf(HostKeyMismatchException.class).hasMessageContaining(router.hostKeyFingerprint())
                .hasMessageContaining(other.hostKeyFingerprint());
    }

    @Test
    void keyLogin() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        KeyPair key = generator.generateKeyPair();
        ByteArrayOutputStream openssh = new ByteArrayOutputStream();
        OpenSSHKeyPairResourceWriter.INSTANCE.writePrivateKey(key, "sxalable-test", null, openssh);
        String pem = openssh.toString(StandardCharsets.US_ASCII);   // -----BEGIN OPENSSH PRIVATE KEY-----
        JunosDevice router = farm.add(Options.defaults().withHostname("keys").withAuthorizedKey(key.getPublic()));
        try {
            DeviceTarget byKey = new DeviceTarget(router.host(), router.port(), new Credentials(router.username(),
                    Optional.empty(), Optional.of(pem)), Duration.ofSeconds(5), Duration.ofSeconds(10), Optional.empty(),
                    Map.of());
            try (DeviceSession session = driver.open(byKey)) {
                assertThat(session.require(FactsReader.class).facts().hostname()).isEqualTo("keys");
            }
            DeviceTarget garbage = new DeviceTarget(router.host(), router.port(), new Credentials(router.username(),
                    Optional.empty(), Optional.of("-----BEGIN PRIVATE KEY-----\nbm90IGEga2V5\n-----END PRIVATE KEY-----\n")),
                    Duration.ofSeconds(5), Duration.ofSeconds(10), Optional.empty(), Map.of());
            assertThatThrownBy(() -> driver.open(garbage)).isInstanceOf(DeviceAuthenticationException.class)
                    .hasMessageNotContaining("bm90IGEga2V5");
        } finally {
            router.close();
        }
    }

    @Test
    void aSlowRouterTimesOutPerRpc() throws Exception {
        JunosDevice slow = farm.add(Options.defaults().withHostname("slow").withRpcDelay(Duration.ofMillis(1500)));
        DeviceTarget target = new DeviceTarget(slow.host(), slow.port(), Credentials.password(slow.username(),
                slow.password()), Duration.ofSeconds(5), Duration.ofMillis(300), Optional.empty(), Map.of());
        try (DeviceSession session = driver.open(target)) {   // the hello is not delayed
            long start = System.nanoTime();
            assertThatThrownBy(() -> session.require(FactsReader.class).facts())
                    .isInstanceOf(DeviceTimeoutException.class).hasMessageContaining("get-software-information")
                    .hasMessageContaining("300 ms");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
        } finally {
            slow.close();
        }
    }

    @Test
    void aRouterWithoutNetconfRefusesTheSubsystem() {
        String config = DefaultConfig.text(Options.defaults()).replace("        netconf {\n            ssh;\n        }\n", "");
        JunosDevice router = farm.add(Options.defaults().withHostname("no-netconf").withConfig(config));
        try {
            assertThatThrownBy(() -> driver.open(target(router))).isInstanceOf(UnexpectedOutputException.class)
                    .hasMessageContaining("set system services netconf ssh");
        } finally {
            router.close();
        }
    }

    @Test
    void aPortThatNeverSpeaksSshIsATimeout() throws Exception {
        try (ServerSocket silent = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            Thread acceptor = new Thread(() -> {
                try (Socket ignored = silent.accept()) {
                    Thread.sleep(10_000);
                } catch (Exception ignored) {
                    // test over
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            DeviceTarget target = new DeviceTarget("127.0.0.1", silent.getLocalPort(), Credentials.password("a", "b"),
                    Duration.ofSeconds(1), Duration.ofSeconds(5), Optional.empty(), Map.of());
            long start = System.nanoTime();
            assertThatThrownBy(() -> driver.open(target)).isInstanceOf(DeviceTimeoutException.class)
                    .hasMessageContaining("1 s");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(4));
            acceptor.interrupt();
        }
    }

    // ------------------------------------------------------------------------------------------- CLI

    @Test
    void cliRunsShowCommandsOnly() throws Exception {
        JunosDevice router = router("cli");
        try (DeviceSession session = driver.open(target(router))) {
            CommandRunner cli = session.require(CommandRunner.class);
            String terse = cli.run("show interfaces terse | match ge-0/0/0");
            assertThat(terse.lines()).isNotEmpty().allSatisfy(l -> assertThat(l).contains("ge-0/0/0"));
            assertThat(cli.run("sh ver")).startsWith("Hostname: cli\nModel: vmx\nJunos: 23.4R1.9\n");
            assertThat(cli.run("show bgp summary")).contains("Groups: 1 Peers: 3 Down peers: 1")
                    .containsPattern("10\\.0\\.12\\.2 +65002 .* Establ");
            assertThatThrownBy(() -> cli.run("show foo")).isInstanceOf(ConfigRejectedException.class)
                    .hasMessageContaining("syntax error").hasMessageContaining("'foo'");
            assertThatThrownBy(() -> cli.run("request system reboot")).isInstanceOf(ConfigRejectedException.class)
                    .hasMessageContaining("only 'show'");
        }
    }

    // ------------------------------------------------------------------------------------------- concurrency

    @Test
    void sessionsToManyRoutersOpenConcurrently() throws Exception {
        List<JunosDevice> routers = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            routers.add(farm.add(Options.defaults().withHostname("par" + i)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Callable<String>> work = new ArrayList<>();
            for (JunosDevice r : routers) {
                work.add(() -> {
                    try (DeviceSession s = driver.open(target(r))) {
                        return s.require(FactsReader.class).facts().hostname();
                    }
                });
            }
            long start = System.nanoTime();
            List<String> names = new ArrayList<>();
            for (Future<String> f : pool.invokeAll(work)) {
                names.add(f.get());
            }
            System.out.printf("JunosDriverTest: facts of %d routers in parallel in %d ms%n", routers.size(),
                    (System.nanoTime() - start) / 1_000_000);
            assertThat(names).containsExactlyInAnyOrderElementsOf(routers.stream()
                    .map(r -> r.options().hostname()).toList());
        } finally {
            pool.shutdownNow();
            routers.forEach(JunosDevice::close);
        }
    }

    // ------------------------------------------------------------------------------------------- helpers

    private static JunosDevice router(String hostname) {
        return farm.add(Options.defaults().withHostname(hostname).withMinuteLength(MINUTE));
    }

    private static DeviceTarget target(JunosDevice router) {
        return new DeviceTarget(router.host(), router.port(), Credentials.password(router.username(), router.password()),
                Duration.ofSeconds(5), Duration.ofSeconds(10), Optional.empty(), Map.of());
    }

    private static DeviceTarget withHostKey(DeviceTarget t, String pin) {
        return new DeviceTarget(t.host(), t.port(), t.credentials(), t.connectTimeout(), t.commandTimeout(),
                Optional.of(pin), t.options());
    }

    private static String running(JunosDevice router) throws DeviceException {
        try (DeviceSession session = driver.open(target(router))) {
            return session.require(RunningConfigReader.class).runningConfig();
        }
    }

    private static String runningQuietly(JunosDevice router) {
        try {
            return running(router);
        } catch (DeviceException e) {
            throw new AssertionError(e);
        }
    }

    private static void await(BooleanSupplier condition, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within " + limit);
            }
            Thread.sleep(50);
        }
    }
}

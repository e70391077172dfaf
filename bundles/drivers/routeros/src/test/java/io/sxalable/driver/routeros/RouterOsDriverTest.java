package io.sxalable.driver.routeros;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.sxalable.driver.routeros.api.ApiConnection;
import io.sxalable.driver.routeros.api.ApiConnector;
import io.sxalable.driver.routeros.api.ApiResult;
import io.sxalable.sdk.driver.BgpNeighborsReader;
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
import io.sxalable.sdk.driver.DeviceUnreachableException;
import io.sxalable.sdk.driver.FactsReader;
import io.sxalable.sdk.driver.HostKeyMismatchException;
import io.sxalable.sdk.driver.RunningConfigReader;
import io.sxalable.testing.sim.routeros.Options;
import io.sxalable.testing.sim.routeros.RouterOsFarm;
import io.sxalable.testing.sim.routeros.RouterOsSimulator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** RouterOS specifics against the simulator: configuration session, TLS, login variants, timeouts, many routers. */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class RouterOsDriverTest {

    private static RouterOsDriver driver;
    private static RouterOsFarm farm;

    @BeforeAll
    static void startDriver() {
        driver = new RouterOsDriver("0.0.0.test");
        farm = RouterOsFarm.create();
    }

    @AfterAll
    static void stopDriver() {
        driver.close();
        farm.close();
    }

    static DeviceTarget target(RouterOsSimulator r, Map<String, String> options, Optional<String> pin) {
        return new DeviceTarget(r.host(), r.port(), Credentials.password(r.username(), r.password()),
                Duration.ofSeconds(3), Duration.ofSeconds(5), pin, options);
    }

    static DeviceTarget target(RouterOsSimulator r) {
        return target(r, Map.of(), Optional.empty());
    }

    static String runningConfig(DeviceTarget target) throws DeviceException {
        try (DeviceSession s = driver.open(target)) {
            return s.require(RunningConfigReader.class).runningConfig();
        }
    }

    // ------------------------------------------------------------------------------------------------------------

    @Nested
    class ConfigurationSession {

        private RouterOsSimulator router;
        private DeviceTarget target;
        private String original;

        @BeforeEach
        void start() throws Exception {
            router = farm.start(Options.defaults());
            target = target(router);
            original = runningConfig(target);
        }

        @AfterEach
        void stop() {
            router.close();
        }

        @Test
        void confirmedCommitStays() throws Exception {
            try (DeviceSession s = driver.open(target)) {
                ConfigSession config = s.require(ConfigSession.class);
                config.loadMerge("/system identity set name=r1-confirmed");
                config.commit(Optional.of(Duration.ofMillis(300)));
                config.confirm();
                Thread.sleep(700);   // well past the timer

                assertThat(runningConfig(target)).contains("set name=r1-confirmed");
                assertThat(router.identity()).isEqualTo("r1-confirmed");
                assertThatThrownBy(config::confirm).isInstanceOf(ConfigRejectedException.class)
                        .hasMessageContaining("no commit is waiting");
            }
            assertThat(router.identity()).as("a confirmed commit survives the session").isEqualTo("r1-confirmed");
        }

        @Test
        void unconfirmedCommitRevertsWhenTheTimerExpires() throws Exception {
            try (DeviceSession s = driver.open(target)) {
                ConfigSession config = s.require(ConfigSession.class);
                config.loadMerge("""
                        /ip address add address=198.51.100.1/24 interface=ether5 comment=temporary
                        /interface ethernet set [ find default-name=ether5 ] comment="lab temp"
                        """);
                long t0 = System.nanoTime();
                config.commit(Optional.of(Duration.ofMillis(400)));
                assertThat(runningConfig(target)).contains("comment=temporary").contains("\"lab temp\"");

                String now = runningConfig(target);
                while (!now.equals(original) && System.nanoTime() - t0 < TimeUnit.SECONDS.toNanos(5)) {
                    Thread.sleep(50);
                    now = runningConfig(target);
                }
                assertThat(now).as("reverted by the confirm timer, byte for byte").isEqualTo(original);
                assertThat(Duration.ofNanos(System.nanoTime() - t0)).isGreaterThanOrEqualTo(Duration.ofMillis(400));
                assertThatThrownBy(config::confirm).isInstanceOf(ConfigRejectedException.class)
                        .hasMessageContaining("confirm timeout elapsed");
                assertThatThrownBy(config::rollback).isInstanceOf(ConfigRejectedException.class)
                        .hasMessageContaining("nothing to roll back");
            }
        }

        @Test
        void closingTheSessionRevertsAnUnconfirmedCommitLikeSafeMode() throws Exception {
            try (DeviceSession s = driver.open(target)) {
                ConfigSession config = s.require(ConfigSession.class);
                config.loadMerge("/system identity set name=r1-unconfirmed");
                config.commit(Optional.of(Duration.ofMinutes(10)));
                assertThat(router.identity()).isEqualTo("r1-unconfirmed");
            }
            assertThat(router.identity()).isEqualTo("r1");
            assertThat(runningConfig(target)).isEqualTo(original);
        }

        @Test
        void rollbackBeforeTheTimerRevertsAtOnce() throws Exception {
            try (DeviceSession s = driver.open(target)) {
                ConfigSession config = s.require(ConfigSession.class);
                config.loadMerge("/routing bgp connection set [ find name=to-r3 ] disabled=yes comment=maintenance");
                config.commit(Optional.of(Duration.ofMinutes(10)));
                assertThat(runningConfig(target)).contains("comment=maintenance disabled=yes");

                config.rollback();

                assertThat(runningConfig(target)).isEqualTo(original);
            }
        }

        @Test
        void aSecondCommitWaitsForTheFirstToBeConfirmed() throws Exception {
            try (DeviceSession s = driver.open(target)) {
                ConfigSession config = s.require(ConfigSession.class);
                config.loadMerge("/system identity set name=one");
                config.commit(Optional.of(Duration.ofMinutes(10)));
                config.loadMerge("/system identity set name=two");

                assertThatThrownBy(() -> config.commit(Optional.empty())).isInstanceOf(ConfigRejectedException.class)
                        .hasMessageContaining("waiting for confirmation");
                config.rollback();
                config.discard();
            }
            assertThat(runningConfig(target)).isEqualTo(original);
        }

        @Test
        void theRoutersRefusalIsReportedAndWhatWasAppliedIsUndone() throws Exception {
            try (DeviceSession s = driver.open(target)) {
                ConfigSession config = s.require(ConfigSession.class);
                config.loadMerge("""
                        /ip address
                        add address=192.0.2.1/24 interface=ether4
                        add address=10.0.12.1/30 interface=ether2
                        """);
                assertThat(config.compare()).contains("+add address=10.0.12.1/30 interface=ether2");

                Throwable thrown = catchThrowable(() -> config.commit(Optional.empty()));

                assertThat(thrown).isInstanceOf(ConfigRejectedException.class)
                        .hasMessageContaining("failure: already have such address")
                        .hasMessageContaining("/ip/address/add")
                        .hasMessageContaining("the 1 command(s) already applied were undone");
                assertThatThrownBy(config::rollback).isInstanceOf(ConfigRejectedException.class);
            }
            assertThat(runningConfig(target)).isEqualTo(original);
        }

        @Test
        void unknownInterfaceIsTheRoutersMessage() throws Exception {
            try (DeviceSession s = driver.open(target)) {
                ConfigSession config = s.require(ConfigSession.class);
                config.loadMerge("/ip address add address=192.0.2.1/24 interface=ether99");

                assertThatThrownBy(() -> config.commit(Optional.empty())).isInstanceOf(ConfigRejectedException.class)
                        .hasMessageContaining("input does not match any value of interface")
                        .hasMessageContaining("nothing was applied");
            }
        }

        @Test
        void unsupportedLinesAreRejectedBeforeAnythingIsSent() throws Exception {
            try (DeviceSession s = driver.open(target)) {
                ConfigSession config = s.require(ConfigSession.class);

                assertThatThrownBy(() -> config.loadMerge("""
                        /ip address add address=192.0.2.1/24 interface=ether4
                        /ip firewall filter add chain=input action=drop
                        """)).isInstanceOf(ConfigRejectedException.class)
                        .hasMessageContaining("line 2").hasMessageContaining("/ip firewall filter is not supported");
                assertThat(config.compare()).as("the rejected load left no candidate").isEmpty();
            }
            assertThat(runningConfig(target)).isEqualTo(original);
        }

        @Test
        void replaceAppliesTheDifferenceAndRollsBackByteForByte() throws Exception {
            String desired = original
                    .replace("set [ find default-name=ether3 ] comment=to-r3\n", "")
                    .replace("add as=65001 local.role=ebgp name=to-r3 remote.address=10.0.13.2 .as=65003 \\\n"
                            + "    templates=default\n", "")
                    .replace("set name=r1", "set name=r1-replaced")
                    + "/ip address\nadd address=203.0.113.1/24 comment=\"replaced in\" interface=ether6\n";
            try (DeviceSession s = driver.open(target)) {
                ConfigSession config = s.require(ConfigSession.class);
                config.loadReplace(original);
                assertThat(config.compare()).as("replacing the running config with itself").isEmpty();

                config.loadReplace(desired);
                String diff = config.compare();
                assertThat(diff).contains("-add as=65001 local.role=ebgp name=to-r3")
                        .contains("+unset [ find default-name=ether3 ] comment")
                        .contains("+add address=203.0.113.1/24 comment=\"replaced in\" interface=ether6")
                        .contains("+set name=r1-replaced");
                config.commit(Optional.empty());

                String after = runningConfig(target);
                assertThat(after).doesNotContain("to-r3").contains("comment=\"replaced in\"").contains("set name=r1-replaced");
                config.loadReplace(after);
                assertThat(config.compare()).as("the router now is what was loaded").isEmpty();
                config.discard();

                config.rollback();
            }
            assertThat(runningConfig(target)).isEqualTo(original);
        }

        @Test
        void rollbackWithoutACommitInThisSession() throws Exception {
            try (DeviceSession s = driver.open(target)) {
                assertThatThrownBy(() -> s.require(ConfigSession.class).rollback())
                        .isInstanceOf(ConfigRejectedException.class).hasMessageContaining("no commit in this session");
            }
        }
    }

    // ------------------------------------------------------------------------------------------------------------

    @Nested
    class Transport {

        @Test
        void apiSslReportsAndChecksTheCertificateFingerprint() throws Exception {
            try (RouterOsSimulator router = farm.start(Options.defaults().toBuilder().tls(true).build())) {
                String fingerprint = router.certificateFingerprint().orElseThrow();
                Map<String, String> tls = Map.of("tls", "true");

                try (DeviceSession s = driver.open(target(router, tls, Optional.empty()))) {
                    assertThat(s.hostKeyFingerprint()).contains(fingerprint);
                    assertThat(s.require(FactsReader.class).facts().hostname()).isEqualTo("r1");
                }
                try (DeviceSession s = driver.open(target(router, tls, Optional.of(fingerprint.substring(7) + "=")))) {
                    assertThat(s.hostKeyFingerprint()).contains(fingerprint);
                }
                Throwable mismatch = catchThrowable(() -> driver.open(target(router, tls,
                        Optional.of("SHA256:47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU"))));
                assertThat(mismatch).isInstanceOf(HostKeyMismatchException.class).hasMessageContaining(fingerprint)
                        .hasMessageContaining("47DEQpj8HBSa");

                Throwable plain = catchThrowable(() -> driver.open(target(router)));
                assertThat(plain).isInstanceOf(DeviceException.class).hasMessageContaining("tls=true");
                Throwable downgrade = catchThrowable(() -> driver.open(target(router, Map.of(), Optional.of(fingerprint))));
                assertThat(downgrade).as("a pin without TLS is refused before connecting")
                        .isInstanceOf(HostKeyMismatchException.class).hasMessageContaining("option tls is not true");
            }
        }

        @Test
        void tlsAgainstThePlainPortFailsTheHandshake() {
            try (RouterOsSimulator router = farm.start(Options.defaults())) {
                DeviceTarget t = new DeviceTarget(router.host(), router.port(), Credentials.password("admin", "admin"),
                        Duration.ofMillis(700), Duration.ofSeconds(2), Optional.empty(), Map.of("tls", "true"));

                // the router reads the ClientHello as API words: it waits for more, or drops a garbled stream
                assertThat(catchThrowable(() -> driver.open(t)))
                        .isInstanceOfAny(DeviceTimeoutException.class, DeviceUnreachableException.class)
                        .hasMessageContaining("TLS handshake");
            }
        }

        @Test
        void plainSessionsHaveNoFingerprint() throws Exception {
            try (RouterOsSimulator router = farm.start(Options.defaults());
                 DeviceSession s = driver.open(target(router))) {
                assertThat(s.hostKeyFingerprint()).isEmpty();
            }
        }

        @Test
        void preSixFortyThreeChallengeLogin() throws Exception {
            try (RouterOsSimulator router = farm.start(Options.defaults().toBuilder().legacyLogin(true).build())) {
                try (DeviceSession s = driver.open(target(router))) {
                    assertThat(s.require(FactsReader.class).facts().hostname()).isEqualTo("r1");
                }
                DeviceTarget wrong = new DeviceTarget(router.host(), router.port(), Credentials.password("admin", "nope"),
                        Duration.ofSeconds(3), Duration.ofSeconds(3), Optional.empty(), Map.of());
                assertThat(catchThrowable(() -> driver.open(wrong))).isInstanceOf(DeviceAuthenticationException.class)
                        .hasMessageContaining("cannot log in").hasMessageNotContaining("nope");
            }
        }

        @Test
        void wrongPasswordCarriesTheRoutersMessage() {
            try (RouterOsSimulator router = farm.start(Options.defaults())) {
                DeviceTarget wrong = new DeviceTarget(router.host(), router.port(), Credentials.password("admin", "s3cr3t!"),
                        Duration.ofSeconds(3), Duration.ofSeconds(3), Optional.empty(), Map.of());

                assertThat(catchThrowable(() -> driver.open(wrong))).isInstanceOf(DeviceAuthenticationException.class)
                        .hasMessageContaining("invalid user name or password (6)").hasMessageNotContaining("s3cr3t!");
                DeviceTarget keyOnly = new DeviceTarget(router.host(), router.port(),
                        new Credentials("admin", Optional.empty(), Optional.of("-----BEGIN OPENSSH PRIVATE KEY-----")),
                        Duration.ofSeconds(3), Duration.ofSeconds(3), Optional.empty(), Map.of());
                assertThat(catchThrowable(() -> driver.open(keyOnly))).isInstanceOf(DeviceAuthenticationException.class)
                        .hasMessageContaining("needs a password");
            }
        }

        @Test
        void aRouterThatNeverAnswersTimesOutTheLogin() {
            try (RouterOsSimulator router = farm.start(Options.defaults().toBuilder().silent(true).build())) {
                DeviceTarget t = new DeviceTarget(router.host(), router.port(), Credentials.password("admin", "admin"),
                        Duration.ofMillis(500), Duration.ofSeconds(2), Optional.empty(), Map.of());
                long t0 = System.nanoTime();

                assertThat(catchThrowable(() -> driver.open(t))).isInstanceOf(DeviceTimeoutException.class)
                        .hasMessageContaining("login did not complete");
                assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(2));
            }
        }

        @Test
        void aSlowCommandTimesOutAndTheConnectionRecovers() throws Exception {
            try (RouterOsSimulator router = farm.start(Options.defaults())) {
                ApiConnection c = new ApiConnector().open(target(router));
                try {
                    // a monitor without "once" never ends: it is cancelled by tag and its late replies are dropped
                    Throwable slow = catchThrowable(() -> c.call("/interface/ethernet/monitor",
                            ApiConnection.args("numbers", "ether1"), Duration.ofMillis(300)));
                    assertThat(slow).isInstanceOf(DeviceTimeoutException.class).hasMessageContaining("within 300 ms");

                    ApiResult identity = c.call("/system/identity/print", Map.of(), Duration.ofSeconds(2));
                    assertThat(identity.items()).containsExactly(Map.of("name", "r1"));
                } finally {
                    c.close();
                }
            }
        }

        @Test
        void commandTimeoutOfTheTarget() throws Exception {
            try (RouterOsSimulator router = farm.start(Options.defaults().toBuilder()
                    .commandDelay(Duration.ofMillis(800)).build())) {
                DeviceTarget t = new DeviceTarget(router.host(), router.port(), Credentials.password("admin", "admin"),
                        Duration.ofSeconds(3), Duration.ofMillis(200), Optional.empty(), Map.of());
                try (DeviceSession s = driver.open(t)) {
                    assertThatThrownBy(() -> s.require(FactsReader.class).facts())
                            .isInstanceOf(DeviceTimeoutException.class).hasMessageContaining("/system/resource/print");
                }
            }
        }

        @Test
        void badTlsOption() {
            try (RouterOsSimulator router = farm.start(Options.defaults())) {
                assertThat(catchThrowable(() -> driver.open(target(router, Map.of("tls", "maybe"), Optional.empty()))))
                        .isInstanceOf(DeviceUnreachableException.class).hasMessageContaining("tls='maybe'");
            }
        }
    }

    // ------------------------------------------------------------------------------------------------------------

    @Nested
    class Reads {

        @Test
        void cloudHostedRouter() throws Exception {
            try (RouterOsSimulator router = farm.start(Options.defaults().toBuilder().chr(true).identity("chr-1").build());
                 DeviceSession s = driver.open(target(router))) {
                DeviceFacts facts = s.require(FactsReader.class).facts();

                assertThat(facts.model()).isEqualTo("CHR");
                assertThat(facts.serialNumber()).isEqualTo("n8Y5aDFqkWq");
                assertThat(facts.hostname()).isEqualTo("chr-1");
                assertThat(s.require(RunningConfigReader.class).runningConfig()).startsWith("# software id =\n#\n/interface");
            }
        }

        @Test
        void routerOs718EmptyReplies() throws Exception {
            try (RouterOsSimulator router = farm.start(Options.defaults().toBuilder().version("7.18.2")
                    .connections(List.of()).build());
                 DeviceSession s = driver.open(target(router))) {
                assertThat(s.require(BgpNeighborsReader.class).bgpNeighbors()).isEmpty();
                assertThat(s.require(CommandRunner.class).run("/ip address print where interface=ether7")).isEmpty();
            }
        }

        @Test
        void cli() throws Exception {
            try (RouterOsSimulator router = farm.start(Options.defaults());
                 DeviceSession s = driver.open(target(router))) {
                CommandRunner cli = s.require(CommandRunner.class);

                assertThat(cli.run("/ip address print where interface=ether2"))
                        .startsWith(" 0 .id=*2 address=10.0.12.1/30 network=10.0.12.0 interface=ether2").endsWith("\n");
                assertThat(cli.run("/routing/bgp/session/print proplist=name,established"))
                        .isEqualTo(" 0 name=to-r2-1 established=true\n 1 name=to-r3-1 established=false\n");
                assertThat(cli.run("/interface ethernet monitor ether1 once")).contains("rate=2.5Gbps");
                assertThat(cli.run("/export")).isEqualTo(s.require(RunningConfigReader.class).runningConfig());
                assertThat(cli.run("/ip address export")).contains("/ip address\nadd address=192.168.88.1/24").contains("add address=10.0.12.1/30")
                        .doesNotContain("/system identity");
                assertThatThrownBy(() -> cli.run("/ip firewall filter print")).isInstanceOf(ConfigRejectedException.class)
                        .hasMessageContaining("no such command prefix");
                assertThatThrownBy(() -> cli.run("/system identity set name=x")).isInstanceOf(ConfigRejectedException.class);
                assertThat(router.identity()).isEqualTo("r1");
            }
        }

        @Test
        void manyRoutersAtOnce() throws Exception {
            List<RouterOsSimulator> routers = new ArrayList<>();
            ExecutorService pool = Executors.newFixedThreadPool(8);
            try {
                for (int i = 0; i < 40; i++) {
                    routers.add(farm.start(Options.defaults().toBuilder().identity("r" + (100 + i)).build()));
                }
                List<Future<String>> hostnames = new ArrayList<>();
                for (RouterOsSimulator r : routers) {
                    hostnames.add(pool.submit(() -> {
                        try (DeviceSession s = driver.open(target(r))) {
                            return s.require(FactsReader.class).facts().hostname();
                        }
                    }));
                }
                Set<String> seen = ConcurrentHashMap.newKeySet();
                for (Future<String> f : hostnames) {
                    seen.add(f.get(30, TimeUnit.SECONDS));
                }
                assertThat(seen).hasSize(40).contains("r100", "r139");
            } finally {
                pool.shutdownNow();
                routers.forEach(RouterOsSimulator::close);
            }
        }
    }
}

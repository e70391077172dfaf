package io.sxalable.sdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.sxalable.sdk.driver.BgpNeighbor;
import io.sxalable.sdk.driver.BgpState;
import io.sxalable.sdk.driver.Capability;
import io.sxalable.sdk.driver.DeviceDriver;
import io.sxalable.sdk.driver.DeviceTarget;
import io.sxalable.sdk.driver.DeviceUnreachableException;
import io.sxalable.sdk.driver.InterfaceCounters;
import io.sxalable.sdk.driver.InterfaceInfo;
import io.sxalable.sdk.driver.DeviceAuthenticationException;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

/**
 * Runs the suite against deliberately broken fake drivers (static nested classes, which Surefire does not pick
 * up by itself) and checks that exactly the right tests fail, abort or pass.
 */
class DriverConformanceSuiteSelfTest {

    private static final List<String> ALL = List.of("descriptorIsWellFormed", "sessionsOfferExactlyTheDeclaredCapabilities",
            "facts", "interfaces", "interfaceCounters", "bgpNeighbors", "runningConfig", "cli",
            "configSessionMergeCommitRollback", "configSessionDiscard", "wrongPasswordIsAnAuthenticationFailure",
            "closedPortIsUnreachableWithinTheConnectTimeout", "closeIsIdempotentAndNeverThrows");

    /** Outcome of one test of the suite: status and, for failures and aborts, the message. */
    record Outcome(TestExecutionResult.Status status, String message) {
    }

    @Test
    void conformingFakePassesEverything() {
        Map<String, Outcome> outcomes = run(Conforming.class);

        assertThat(outcomes.keySet()).containsExactlyInAnyOrderElementsOf(ALL);
        assertThat(outcomes).allSatisfy((test, o) -> assertThat(o.status()).as(test + ": " + o.message())
                .isEqualTo(TestExecutionResult.Status.SUCCESSFUL));
    }

    @Test
    void undeclaredCapabilitiesAreCheckedThenAborted() {
        Map<String, Outcome> outcomes = run(ReadOnly.class);

        for (String test : List.of("interfaceCounters", "bgpNeighbors", "runningConfig", "cli",
                "configSessionMergeCommitRollback", "configSessionDiscard")) {
            assertThat(outcomes.get(test).status()).as(test).isEqualTo(TestExecutionResult.Status.ABORTED);
            assertThat(outcomes.get(test).message()).as(test).contains("does not declare");
        }
        for (String test : List.of("descriptorIsWellFormed", "sessionsOfferExactlyTheDeclaredCapabilities", "facts",
                "interfaces", "wrongPasswordIsAnAuthenticationFailure", "closedPortIsUnreachableWithinTheConnectTimeout",
                "closeIsIdempotentAndNeverThrows")) {
            assertThat(outcomes.get(test).status()).as(test + ": " + outcomes.get(test).message())
                    .isEqualTo(TestExecutionResult.Status.SUCCESSFUL);
        }
    }

    @Test
    void offeringAnUndeclaredCapabilityFails() {
        Map<String, Outcome> outcomes = run(OffersUndeclaredCli.class);

        assertFailed(outcomes, "sessionsOfferExactlyTheDeclaredCapabilities", "CLI is not declared");
        assertFailed(outcomes, "cli", "CLI is not declared");   // not aborted: the always-run part caught it
        assertThat(failures(outcomes)).containsExactlyInAnyOrder("sessionsOfferExactlyTheDeclaredCapabilities", "cli");
    }

    @Test
    void declaringACapabilityWithoutOfferingItFails() {
        Map<String, Outcome> outcomes = run(DeclaresCliWithoutOffering.class);

        assertFailed(outcomes, "sessionsOfferExactlyTheDeclaredCapabilities", "CLI is declared");
        assertFailed(outcomes, "cli", "CLI is declared");
        assertThat(failures(outcomes)).containsExactlyInAnyOrder("sessionsOfferExactlyTheDeclaredCapabilities", "cli");
    }

    @Test
    void malformedInterfacesFail() {
        Map<String, Outcome> outcomes = run(MalformedInterfaces.class);

        assertFailed(outcomes, "interfaces", "AA-BB-CC-00-00-01");
        assertFailed(outcomes, "interfaces", "10.0.0.1/33");
        assertFailed(outcomes, "interfaces", "mtu");
        assertThat(failures(outcomes)).containsExactly("interfaces");
    }

    @Test
    void duplicateInterfaceNamesFail() {
        Map<String, Outcome> outcomes = run(DuplicateInterface.class);

        assertFailed(outcomes, "interfaces", "duplicate");
        assertFailed(outcomes, "facts", "duplicate");
    }

    @Test
    void countersOfUnknownInterfacesOrNegativeFail() {
        Map<String, Outcome> outcomes = run(BadCounters.class);

        assertFailed(outcomes, "interfaceCounters", "txErrors");
        assertThat(failures(outcomes)).containsExactly("interfaceCounters");
        assertFailed(run(CountersOfUnknownInterface.class), "interfaceCounters", "ghost0");
    }

    @Test
    void expectedPeerNotEstablishedFails() {
        assertFailed(run(ExpectedPeerDown.class), "bgpNeighbors", "must be established");
        assertFailed(run(DownPeerWithPrefixes.class), "bgpNeighbors", "prefixesReceived");
        assertFailed(run(AsOutOfRange.class), "bgpNeighbors", "remoteAs");
    }

    @Test
    void missingHookFailsWithWhatToOverride() {
        Map<String, Outcome> outcomes = run(NoHooks.class);

        assertFailed(outcomes, "bgpNeighbors", "override expectedEstablishedBgpPeer()");
        assertFailed(outcomes, "facts", "override expectedInterface()");
        assertFailed(outcomes, "cli", "override cliReadCommand()");
        assertFailed(outcomes, "configSessionMergeCommitRollback", "override configChange()");
    }

    @Test
    void unstableRunningConfigFails() {
        assertFailed(run(UnstableRunningConfig.class), "runningConfig", "read twice");
    }

    @Test
    void rollbackThatDoesNotRestoreFails() {
        Map<String, Outcome> outcomes = run(RollbackDoesNotRestore.class);

        assertFailed(outcomes, "configSessionMergeCommitRollback", "byte for byte");
        assertThat(outcomes.get("configSessionDiscard").status()).isEqualTo(TestExecutionResult.Status.SUCCESSFUL);
    }

    @Test
    void wrongErrorMappingFails() {
        assertFailed(run(WrongPasswordReportedAsUnreachable.class), "wrongPasswordIsAnAuthenticationFailure",
                "DeviceAuthenticationException");
        assertFailed(run(PasswordInMessage.class), "wrongPasswordIsAnAuthenticationFailure", "not to contain");
    }

    @Test
    void slowClosedPortFails() {
        assertFailed(run(SlowClosedPort.class), "closedPortIsUnreachableWithinTheConnectTimeout",
                "time to report the closed port");
    }

    @Test
    void closeThatThrowsTheSecondTimeFails() {
        Map<String, Outcome> outcomes = run(CloseNotIdempotent.class);

        assertFailed(outcomes, "closeIsIdempotentAndNeverThrows", "second close()");
        assertThat(failures(outcomes)).containsExactly("closeIsIdempotentAndNeverThrows");
    }

    // ---------------------------------------------------------------------------------------------------------

    private static Map<String, Outcome> run(Class<?> suite) {
        Map<String, Outcome> outcomes = new TreeMap<>();
        List<Event> finished = EngineTestKit.engine("junit-jupiter").selectors(selectClass(suite)).execute()
                .testEvents().finished().list();
        for (Event e : finished) {
            String method = e.getTestDescriptor().getSource().map(MethodSource.class::cast)
                    .map(MethodSource::getMethodName).orElseThrow();
            TestExecutionResult result = e.getRequiredPayload(TestExecutionResult.class);
            outcomes.put(method, new Outcome(result.getStatus(),
                    result.getThrowable().map(t -> String.valueOf(t.getMessage())).orElse("")));
        }
        return outcomes;
    }

    private static List<String> failures(Map<String, Outcome> outcomes) {
        return outcomes.entrySet().stream().filter(e -> e.getValue().status() == TestExecutionResult.Status.FAILED)
                .map(Map.Entry::getKey).toList();
    }

    private static void assertFailed(Map<String, Outcome> outcomes, String test, String messagePart) {
        assertThat(outcomes).containsKey(test);
        assertThat(outcomes.get(test).status()).as(test).isEqualTo(TestExecutionResult.Status.FAILED);
        assertThat(outcomes.get(test).message()).as(test).contains(messagePart);
    }

    // ---------------------------------------------------------------------------------------------------------
    // The fakes: each a one-line deviation from the conforming one

    abstract static class FakeSuite extends DriverConformanceSuite {
        final FakeDriver fake = new FakeDriver();

        FakeSuite() {
            configure(fake);
        }

        void configure(FakeDriver f) {
        }

        @Override
        protected DeviceDriver driver() {
            return fake;
        }

        @Override
        protected DeviceTarget target() {
            return fake.target();
        }

        @Override
        protected DeviceTarget wrongPasswordTarget() {
            return withPassword(target(), "hunter2-wrong");
        }

        @Override
        protected DeviceTarget closedPortTarget() {
            return withPort(target(), FakeDriver.CLOSED_PORT);
        }

        @Override
        protected Optional<String> expectedInterface() {
            return Optional.of("eth0");
        }

        @Override
        protected Optional<String> expectedEstablishedBgpPeer() {
            return Optional.of("192.0.2.2");
        }

        @Override
        protected Optional<String> cliReadCommand() {
            return Optional.of("show version");
        }

        @Override
        protected Optional<ConfigChange> configChange() {
            return Optional.of(new ConfigChange("interface lo\n description conformance-marker\n", "conformance-marker"));
        }
    }

    static class Conforming extends FakeSuite {
    }

    static class ReadOnly extends FakeSuite {
        @Override
        void configure(FakeDriver f) {
            f.declared = EnumSet.of(Capability.FACTS, Capability.INTERFACES);
        }
    }

    static class OffersUndeclaredCli extends FakeSuite {
        @Override
        void configure(FakeDriver f) {
            f.declared = EnumSet.complementOf(EnumSet.of(Capability.CLI));
            f.offered = EnumSet.allOf(Capability.class);
        }
    }

    static class DeclaresCliWithoutOffering extends FakeSuite {
        @Override
        void configure(FakeDriver f) {
            f.offered = EnumSet.complementOf(EnumSet.of(Capability.CLI));
        }
    }

    static class MalformedInterfaces extends FakeSuite {
        @Override
        void configure(FakeDriver f) {
            f.interfaces.add(new InterfaceInfo("eth1", "", true, false, OptionalLong.of(-1), -1, "AA-BB-CC-00-00-01",
                    List.of("10.0.0.1/33")));
            f.interfaces.add(new InterfaceInfo("eth2", "", true, false, OptionalLong.empty(), 1500, "",
                    List.of("10.0.0.1")));
        }
    }

    static class DuplicateInterface extends FakeSuite {
        @Override
        void configure(FakeDriver f) {
            f.interfaces.add(f.interfaces.get(0));
        }
    }

    static class BadCounters extends FakeSuite {
        @Override
        void configure(FakeDriver f) {
            f.counters.set(0, new InterfaceCounters("eth0", 1, 1, 1, 1, 0, -5, 0, 0));
        }
    }

    static class CountersOfUnknownInterface extends FakeSuite {
        @Override
        void configure(FakeDriver f) {
            f.counters.add(new InterfaceCounters("ghost0", 1, 1, 1, 1, 0, 0, 0, 0));
        }
    }

    static class ExpectedPeerDown extends FakeSuite {
        @Override
        void configure(FakeDriver f) {
            f.neighbors.set(0, new BgpNeighbor("default", "192.0.2.2", 65001, 65002, BgpState.IDLE, Duration.ZERO, 0,
                    0, ""));
        }
    }

    static class DownPeerWithPrefixes extends FakeSuite {
        @Override
        void configure(FakeDriver f) {
            f.neighbors.add(new BgpNeighbor("default", "192.0.2.9", 65001, 65009, BgpState.ACTIVE, Duration.ZERO, 7,
                    0, ""));
        }
    }

    static class AsOutOfRange extends FakeSuite {
        @Override
        void configure(FakeDriver f) {
            f.neighbors.add(new BgpNeighbor("default", "192.0.2.9", 65001, 0, BgpState.ACTIVE, Duration.ZERO, 0, 0,
                    ""));
        }
    }

    static class NoHooks extends FakeSuite {
        @Override
        protected Optional<String> expectedInterface() {
            return Optional.empty();
        }

        @Override
        protected Optional<String> expectedEstablishedBgpPeer() {
            return Optional.empty();
        }

        @Override
        protected Optional<String> cliReadCommand() {
            return Optional.empty();
        }

        @Override
        protected Optional<ConfigChange> configChange() {
            return Optional.empty();
        }
    }

    static class UnstableRunningConfig extends FakeSuite {
        @Override
        void configure(FakeDriver f) {
            f.volatileRunningConfig = true;
        }
    }

    static class RollbackDoesNotRestore extends FakeSuite {
        @Override
        void configure(FakeDriver f) {
            f.rollbackRestores = false;
        }
    }

    static class WrongPasswordReportedAsUnreachable extends FakeSuite {
        @Override
        void configure(FakeDriver f) {
            f.authenticationFailure = t -> new DeviceUnreachableException("connection closed by peer");
        }
    }

    static class PasswordInMessage extends FakeSuite {
        @Override
        void configure(FakeDriver f) {
            f.authenticationFailure = t -> new DeviceAuthenticationException("password "
                    + t.credentials().password().orElse("") + " refused");
        }
    }

    static class SlowClosedPort extends FakeSuite {
        @Override
        void configure(FakeDriver f) {
            f.closedPortDelay = Duration.ofMillis(2400);
        }

        @Override
        protected DeviceTarget closedPortTarget() {
            DeviceTarget t = super.closedPortTarget();
            return new DeviceTarget(t.host(), t.port(), t.credentials(), Duration.ofMillis(200), t.commandTimeout(),
                    t.hostKey(), t.options());
        }
    }

    static class CloseNotIdempotent extends FakeSuite {
        @Override
        void configure(FakeDriver f) {
            f.closeThrowsWhenRepeated = true;
        }
    }
}

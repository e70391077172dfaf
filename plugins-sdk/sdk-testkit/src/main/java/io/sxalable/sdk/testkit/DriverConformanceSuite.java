package io.sxalable.sdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.fail;

import io.sxalable.sdk.driver.BgpNeighbor;
import io.sxalable.sdk.driver.BgpNeighborsReader;
import io.sxalable.sdk.driver.BgpState;
import io.sxalable.sdk.driver.Capability;
import io.sxalable.sdk.driver.CommandRunner;
import io.sxalable.sdk.driver.ConfigSession;
import io.sxalable.sdk.driver.Credentials;
import io.sxalable.sdk.driver.DeviceAuthenticationException;
import io.sxalable.sdk.driver.DeviceDriver;
import io.sxalable.sdk.driver.DeviceException;
import io.sxalable.sdk.driver.DeviceFacts;
import io.sxalable.sdk.driver.DeviceSession;
import io.sxalable.sdk.driver.DeviceTarget;
import io.sxalable.sdk.driver.DeviceUnreachableException;
import io.sxalable.sdk.driver.DriverDescriptor;
import io.sxalable.sdk.driver.ErrorKind;
import io.sxalable.sdk.driver.FactsReader;
import io.sxalable.sdk.driver.InterfaceCounters;
import io.sxalable.sdk.driver.InterfaceCountersReader;
import io.sxalable.sdk.driver.InterfaceInfo;
import io.sxalable.sdk.driver.InterfacesReader;
import io.sxalable.sdk.driver.OperationNotSupportedException;
import io.sxalable.sdk.driver.RunningConfigReader;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * The driver conformance suite: one set of JUnit 5 tests that every {@link DeviceDriver} runs against a real
 * device or a simulator, so that all drivers behave the same way behind the SDK (the NAPALM shared test suite idea).
 *
 * <h2>Using it</h2>
 *
 * <p>Add {@code io.sxalable:sxalable-sdk-testkit} as a test-scoped dependency, together with
 * {@code org.junit.jupiter:junit-jupiter} (the engine). Then write one test class that extends this suite and
 * supplies the driver, three targets and the expectations its capabilities need:
 *
 * <pre>{@code
 * class AcmeConformanceTest extends DriverConformanceSuite {
 *
 *     private static AcmeSimulator device;      // whatever gives you a reachable device
 *     private static AcmeDriver driver;
 *
 *     @BeforeAll
 *     static void start() {
 *         device = AcmeSimulator.start();
 *         driver = new AcmeDriver("0.0.0.test");
 *     }
 *
 *     @AfterAll
 *     static void stop() {
 *         driver.close();
 *         device.close();
 *     }
 *
 *     @Override protected DeviceDriver driver() { return driver; }
 *
 *     @Override protected DeviceTarget target() {
 *         return DeviceTarget.of(device.host(), device.port(), Credentials.password("admin", "admin"));
 *     }
 *
 *     @Override protected DeviceTarget wrongPasswordTarget() { return withPassword(target(), "not-the-password"); }
 *
 *     @Override protected DeviceTarget closedPortTarget() { return withPort(target(), device.closedPort()); }
 *
 *     // only for the capabilities the driver declares:
 *     @Override protected Optional<String> expectedInterface() { return Optional.of("GigabitEthernet0/0"); }
 *     @Override protected Optional<String> expectedEstablishedBgpPeer() { return Optional.of("192.0.2.2"); }
 *     @Override protected Optional<String> cliReadCommand() { return Optional.of("show version"); }
 *     @Override protected Optional<ConfigChange> configChange() {
 *         return Optional.of(new ConfigChange("interface Loopback4711\n description sxalable-conformance\n",
 *                 "sxalable-conformance"));
 *     }
 * }
 * }</pre>
 *
 * <p>Start the device once per class ({@code @BeforeAll}) and fail, do not skip, when it cannot be started: a
 * conformance run that silently skips proves nothing. Every test opens its own session and closes it.
 *
 * <h2>What it checks</h2>
 *
 * <ul>
 *   <li>descriptor: id, vendor, description, version, default port well-formed; sessions offer a capability
 *       exactly when the descriptor declares it;</li>
 *   <li>one test per capability ({@code FACTS}, {@code INTERFACES}, {@code INTERFACE_COUNTERS},
 *       {@code BGP_NEIGHBORS}, {@code RUNNING_CONFIG}, {@code CLI}, {@code CONFIG_SESSION}) checking the shapes
 *       documented on the SDK records against the live device;</li>
 *   <li>error mapping: wrong password → {@link DeviceAuthenticationException}; closed port →
 *       {@link DeviceUnreachableException} within {@link DeviceTarget#connectTimeout()} + {@value #UNREACHABLE_GRACE_SECONDS} s;</li>
 *   <li>{@link DeviceSession#close()} is idempotent and never throws.</li>
 * </ul>
 *
 * <p>When the driver does not declare a capability, its test still asserts that {@code capability(type)} is
 * empty and that {@code require(type)} throws {@link OperationNotSupportedException} naming it, and is then
 * <em>aborted</em> (reported as skipped) with the reason. A capability test is never skipped for any other reason.
 *
 * <h2>Hooks</h2>
 *
 * <p>The four abstract methods are always required. The {@code Optional} hooks ({@link #expectedInterface()},
 * {@link #expectedEstablishedBgpPeer()}, {@link #cliReadCommand()}, {@link #configChange()}) are required exactly
 * when the driver declares the capability that uses them; the test fails with "override ...()" otherwise.
 * {@link #withPassword} and {@link #withPort} derive the failure targets from {@link #target()}.
 *
 * <h2>Side effects</h2>
 *
 * <p>Only the {@code CONFIG_SESSION} tests change the device: they merge {@link #configChange()}, commit and roll
 * back (or discard), and check that the running configuration is byte-for-byte what it was. Point the suite at a
 * lab device, never at production. The tests of this class run sequentially, even when JUnit parallel execution is on.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
@Execution(ExecutionMode.SAME_THREAD)
public abstract class DriverConformanceSuite {

    /** Driver ids: the pattern {@link DriverDescriptor} documents. */
    public static final Pattern DRIVER_ID = Pattern.compile("[a-z][a-z0-9-]{1,31}");
    /** Driver versions are bundle versions: OSGi {@code major[.minor[.micro[.qualifier]]]}. */
    public static final Pattern VERSION = Pattern.compile("[0-9]+(\\.[0-9]+(\\.[0-9]+(\\.[A-Za-z0-9_-]+)?)?)?");
    /** {@link InterfaceInfo#macAddress()}: lower-case, colon-separated; or {@code ""}. */
    public static final Pattern MAC = Pattern.compile("([0-9a-f]{2}:){5}[0-9a-f]{2}");
    /** Largest 4-octet AS number (RFC 6793). */
    public static final long MAX_AS = 4_294_967_295L;
    /** Slack on top of the connect timeout for reporting a closed port (thread scheduling, socket teardown). */
    public static final long UNREACHABLE_GRACE_SECONDS = 2;

    // ------------------------------------------------------------------------------------------------------------
    // What the driver's test supplies
    // ------------------------------------------------------------------------------------------------------------

    /** The driver under test. The suite never closes it; stop it in {@code @AfterAll}. */
    protected abstract DeviceDriver driver();

    /** A reachable device with valid credentials. Its {@code commandTimeout} applies to every call of the suite. */
    protected abstract DeviceTarget target();

    /**
     * The same device with a password it rejects (the suite checks the password differs from
     * {@link #target()}'s and never appears in the exception message). Usually {@code withPassword(target(), "...")}.
     */
    protected abstract DeviceTarget wrongPasswordTarget();

    /**
     * The same host as {@link #target()} on a TCP port where nothing listens (the suite checks this with a plain
     * socket first). Its {@code connectTimeout} bounds the expected failure time. Usually {@code withPort(target(), p)}.
     */
    protected abstract DeviceTarget closedPortTarget();

    /**
     * An interface the device must have, spelled as the driver reports it, e.g. {@code "eth1"} or
     * {@code "GigabitEthernet0/0"}. Required when the driver declares {@code FACTS} or {@code INTERFACES}.
     */
    protected Optional<String> expectedInterface() {
        return Optional.empty();
    }

    /**
     * The peer address ({@link BgpNeighbor#peerAddress()}, any VRF) of a BGP session that must be Established
     * while the suite runs, e.g. {@code "10.0.12.2"}. Required when the driver declares {@code BGP_NEIGHBORS}.
     */
    protected Optional<String> expectedEstablishedBgpPeer() {
        return Optional.empty();
    }

    /**
     * A read-only command that prints something on any healthy device, e.g. {@code "show version"}.
     * Required when the driver declares {@code CLI}.
     */
    protected Optional<String> cliReadCommand() {
        return Optional.empty();
    }

    /**
     * A small, harmless configuration change for the {@code CONFIG_SESSION} tests. Required when the driver
     * declares {@code CONFIG_SESSION} (which also needs {@code RUNNING_CONFIG} to verify the result).
     */
    protected Optional<ConfigChange> configChange() {
        return Optional.empty();
    }

    /**
     * A configuration change the suite merges, commits and rolls back (or discards).
     *
     * <p>Example (IOS): {@code new ConfigChange("interface Loopback4711\n description sxalable-conformance\n",
     * "sxalable-conformance")}.
     *
     * @param snippet configuration text in the form {@link ConfigSession#loadMerge} accepts for this driver
     * @param marker  text that the device's running config must not contain before the test, that the
     *                {@link ConfigSession#compare()} diff and the committed running config must contain (a
     *                description or name unique to the snippet works for every vendor's diff format)
     */
    public record ConfigChange(String snippet, String marker) {
        public ConfigChange {
            Objects.requireNonNull(snippet, "snippet");
            Objects.requireNonNull(marker, "marker");
            if (snippet.isBlank() || marker.isBlank()) {
                throw new IllegalArgumentException("snippet and marker must not be blank");
            }
        }
    }

    /** {@code target} with the same user and another password (no private key). */
    protected static DeviceTarget withPassword(DeviceTarget target, String password) {
        return new DeviceTarget(target.host(), target.port(), Credentials.password(target.credentials().username(),
                password), target.connectTimeout(), target.commandTimeout(), target.hostKey(), target.options());
    }

    /** {@code target} on another port. */
    protected static DeviceTarget withPort(DeviceTarget target, int port) {
        return new DeviceTarget(target.host(), port, target.credentials(), target.connectTimeout(),
                target.commandTimeout(), target.hostKey(), target.options());
    }

    // ------------------------------------------------------------------------------------------------------------
    // Descriptor and capabilities
    // ------------------------------------------------------------------------------------------------------------

    /** Id pattern, non-blank vendor and description, OSGi-style version, port 1..65535, constant descriptor. */
    @Test
    public final void descriptorIsWellFormed() {
        DriverDescriptor d = driver().descriptor();

        assertThat(d).as("descriptor()").isNotNull();
        SoftAssertions.assertSoftly(softly -> {
            softly.assertThat(d.id()).as("descriptor id").matches(DRIVER_ID);
            softly.assertThat(d.vendor()).as("descriptor vendor").isNotBlank();
            softly.assertThat(d.description()).as("descriptor description").isNotBlank();
            softly.assertThat(d.version()).as("descriptor version (a bundle version)").matches(VERSION);
            softly.assertThat(d.defaultPort()).as("descriptor defaultPort").isBetween(1, 65535);
            softly.assertThat(d.capabilities()).as("descriptor capabilities").isNotNull().doesNotContainNull();
            softly.assertThat(driver().descriptor()).as("descriptor() must be constant").isEqualTo(d);
        });
    }

    /** For every {@link Capability}: {@code capability(type)} present exactly when declared; {@code require} agrees. */
    @Test
    public final void sessionsOfferExactlyTheDeclaredCapabilities() throws Exception {
        DriverDescriptor d = driver().descriptor();
        try (DeviceSession session = open()) {
            for (Capability c : Capability.values()) {
                if (d.supports(c)) {
                    Optional<?> offered = session.capability(c.type());
                    assertThat(offered).as("%s is declared, so capability(%s) must be present", c,
                            c.type().getSimpleName()).isPresent();
                    assertThat(offered.get()).as("capability(%s)", c.type().getSimpleName()).isInstanceOf(c.type());
                    assertThat(session.require(c.type())).as("require(%s)", c.type().getSimpleName())
                            .isInstanceOf(c.type());
                } else {
                    assertNotOffered(session, c);
                }
            }
            assertThat(session.hostKeyFingerprint()).as("hostKeyFingerprint()").isNotNull();
            session.hostKeyFingerprint().ifPresent(fp -> assertThat(fp).as("hostKeyFingerprint()").isNotBlank());
        }
    }

    // ------------------------------------------------------------------------------------------------------------
    // Read capabilities
    // ------------------------------------------------------------------------------------------------------------

    /** FACTS: non-blank vendor, osVersion, hostname; uptime not negative; unique interface names incl. the expected one. */
    @Test
    public final void facts() throws Exception {
        try (DeviceSession session = open()) {
            FactsReader reader = declaredOrAbort(session, Capability.FACTS, FactsReader.class);
            String expected = required(expectedInterface(), "expectedInterface()", Capability.FACTS);

            DeviceFacts facts = reader.facts();

            assertThat(facts).as("facts()").isNotNull();
            SoftAssertions.assertSoftly(softly -> {
                softly.assertThat(facts.vendor()).as("facts vendor").isNotBlank();
                softly.assertThat(facts.osVersion()).as("facts osVersion").isNotBlank();
                softly.assertThat(facts.hostname()).as("facts hostname").isNotBlank();
                softly.assertThat(facts.uptime().isNegative()).as("facts uptime %s is negative", facts.uptime())
                        .isFalse();
                softly.assertThat(facts.interfaces()).as("facts interfaces").isNotEmpty().doesNotHaveDuplicates()
                        .allSatisfy(name -> assertThat(name).as("interface name").isNotBlank())
                        .contains(expected);
            });
        }
    }

    /** INTERFACES: unique names, MTU, MAC, CIDR addresses, speed; the same names as {@code facts().interfaces()}. */
    @Test
    public final void interfaces() throws Exception {
        try (DeviceSession session = open()) {
            InterfacesReader reader = declaredOrAbort(session, Capability.INTERFACES, InterfacesReader.class);
            String expected = required(expectedInterface(), "expectedInterface()", Capability.INTERFACES);

            List<InterfaceInfo> interfaces = reader.interfaces();

            assertThat(interfaces).as("interfaces()").isNotEmpty().doesNotContainNull();
            List<String> names = interfaces.stream().map(InterfaceInfo::name).toList();
            SoftAssertions.assertSoftly(softly -> {
                softly.assertThat(names).as("interface names").doesNotHaveDuplicates().contains(expected);
                for (InterfaceInfo i : interfaces) {
                    String where = "interface '" + i.name() + "'";
                    softly.assertThat(i.name()).as("%s name", where).isNotBlank();
                    softly.assertThat(i.mtu()).as("%s mtu", where).isNotNegative();
                    softly.assertThat(i.macAddress().isEmpty() || MAC.matcher(i.macAddress()).matches())
                            .as("%s macAddress '%s' is %s or empty", where, i.macAddress(), MAC).isTrue();
                    i.speedMbps().ifPresent(speed -> softly.assertThat(speed).as("%s speedMbps", where).isNotNegative());
                    softly.assertThat(i.addresses()).as("%s addresses", where).doesNotHaveDuplicates();
                    for (String address : i.addresses()) {
                        softly.assertThat(Cidr.problem(address)).as("%s address '%s' is not valid CIDR", where, address)
                                .isEmpty();
                    }
                }
            });
            if (declared(Capability.FACTS)) {
                List<String> factNames = session.require(FactsReader.class).facts().interfaces();
                assertThat(names).as("interfaces() names vs facts().interfaces()")
                        .containsExactlyInAnyOrderElementsOf(factNames);
            }
        }
    }

    /** INTERFACE_COUNTERS: every counter not negative; unique names, all of them interfaces the driver reports. */
    @Test
    public final void interfaceCounters() throws Exception {
        try (DeviceSession session = open()) {
            InterfaceCountersReader reader = declaredOrAbort(session, Capability.INTERFACE_COUNTERS,
                    InterfaceCountersReader.class);

            List<InterfaceCounters> counters = reader.counters();

            assertThat(counters).as("counters()").isNotEmpty().doesNotContainNull();
            List<String> names = counters.stream().map(InterfaceCounters::name).toList();
            assertThat(names).as("counter interface names").doesNotHaveDuplicates();
            SoftAssertions.assertSoftly(softly -> {
                for (InterfaceCounters c : counters) {
                    String where = "counters of '" + c.name() + "'";
                    softly.assertThat(c.rxOctets()).as("%s rxOctets", where).isNotNegative();
                    softly.assertThat(c.txOctets()).as("%s txOctets", where).isNotNegative();
                    softly.assertThat(c.rxPackets()).as("%s rxPackets", where).isNotNegative();
                    softly.assertThat(c.txPackets()).as("%s txPackets", where).isNotNegative();
                    softly.assertThat(c.rxErrors()).as("%s rxErrors", where).isNotNegative();
                    softly.assertThat(c.txErrors()).as("%s txErrors", where).isNotNegative();
                    softly.assertThat(c.rxDiscards()).as("%s rxDiscards", where).isNotNegative();
                    softly.assertThat(c.txDiscards()).as("%s txDiscards", where).isNotNegative();
                }
            });
            Optional<List<String>> known = knownInterfaceNames(session);
            known.ifPresent(k -> assertThat(names).as("counter names must be interfaces the driver reports").isSubsetOf(k));
        }
    }

    /** BGP_NEIGHBORS: AS ranges, non-blank peer and VRF, prefix counts; the expected peer is Established. */
    @Test
    public final void bgpNeighbors() throws Exception {
        try (DeviceSession session = open()) {
            BgpNeighborsReader reader = declaredOrAbort(session, Capability.BGP_NEIGHBORS, BgpNeighborsReader.class);
            String expectedPeer = required(expectedEstablishedBgpPeer(), "expectedEstablishedBgpPeer()",
                    Capability.BGP_NEIGHBORS);

            List<BgpNeighbor> neighbors = reader.bgpNeighbors();

            assertThat(neighbors).as("bgpNeighbors()").isNotNull().doesNotContainNull();
            assertThat(neighbors.stream().map(n -> n.vrf() + " " + n.peerAddress()).toList())
                    .as("(vrf, peerAddress) pairs").doesNotHaveDuplicates();
            SoftAssertions.assertSoftly(softly -> {
                for (BgpNeighbor n : neighbors) {
                    String where = "neighbor '" + n.peerAddress() + "' (vrf '" + n.vrf() + "')";
                    softly.assertThat(n.peerAddress()).as("%s peerAddress", where).isNotBlank();
                    softly.assertThat(n.vrf()).as("%s vrf", where).isNotBlank();
                    softly.assertThat(n.remoteAs()).as("%s remoteAs", where).isBetween(1L, MAX_AS);
                    softly.assertThat(n.localAs()).as("%s localAs", where).isBetween(1L, MAX_AS);
                    softly.assertThat(n.prefixesReceived()).as("%s prefixesReceived", where).isNotNegative();
                    softly.assertThat(n.prefixesSent()).as("%s prefixesSent", where).isNotNegative();
                    softly.assertThat(n.stateDuration().isNegative()).as("%s stateDuration %s is negative", where,
                            n.stateDuration()).isFalse();
                    if (n.state() != BgpState.ESTABLISHED) {
                        // BgpNeighbor: prefix counts are 0 unless the session is established
                        softly.assertThat(n.prefixesReceived()).as("%s is %s: prefixesReceived", where, n.state())
                                .isZero();
                        softly.assertThat(n.prefixesSent()).as("%s is %s: prefixesSent", where, n.state()).isZero();
                    }
                }
            });
            List<BgpNeighbor> expected = neighbors.stream().filter(n -> n.peerAddress().equals(expectedPeer)).toList();
            assertThat(expected).as("neighbor %s (expectedEstablishedBgpPeer()) in %s", expectedPeer, neighbors)
                    .isNotEmpty();
            assertThat(expected).as("neighbor %s must be established", expectedPeer)
                    .allSatisfy(n -> {
                        assertThat(n.state()).isEqualTo(BgpState.ESTABLISHED);
                        assertThat(n.up()).isTrue();
                    });
        }
    }

    /** RUNNING_CONFIG: non-blank and identical across reads (twice in one session, once in another). */
    @Test
    public final void runningConfig() throws Exception {
        String first;
        try (DeviceSession session = open()) {
            RunningConfigReader reader = declaredOrAbort(session, Capability.RUNNING_CONFIG, RunningConfigReader.class);

            first = reader.runningConfig();

            assertThat(first).as("runningConfig()").isNotBlank();
            assertThat(reader.runningConfig()).as("runningConfig() read twice in one session (normalisation must "
                    + "drop timestamps and other volatile lines)").isEqualTo(first);
        }
        try (DeviceSession session = open()) {
            assertThat(session.require(RunningConfigReader.class).runningConfig())
                    .as("runningConfig() read again in a new session").isEqualTo(first);
        }
    }

    /** CLI: the driver's read command prints something. */
    @Test
    public final void cli() throws Exception {
        try (DeviceSession session = open()) {
            CommandRunner cli = declaredOrAbort(session, Capability.CLI, CommandRunner.class);
            String command = required(cliReadCommand(), "cliReadCommand()", Capability.CLI);

            assertThat(cli.run(command)).as("output of '%s'", command).isNotBlank();
        }
    }

    // ------------------------------------------------------------------------------------------------------------
    // Configuration
    // ------------------------------------------------------------------------------------------------------------

    /** NAPALM's merge flow: merge → compare shows it → commit → running config has it → rollback → as before. */
    @Test
    public final void configSessionMergeCommitRollback() throws Exception {
        try (DeviceSession session = open()) {
            ConfigSession config = declaredOrAbort(session, Capability.CONFIG_SESSION, ConfigSession.class);
            ConfigChange change = configPreconditions();
            String original = freshRunningConfig();
            assertThat(original).as("running config before the test must not contain the marker '%s' (a previous "
                    + "run left it behind? remove it from the device)", change.marker()).doesNotContain(change.marker());

            boolean committed = false;
            boolean rolledBack = false;
            try {
                config.loadMerge(change.snippet());
                String diff = config.compare();
                assertThat(diff).as("compare() after loadMerge").isNotBlank().contains(change.marker());

                config.commit(Optional.empty());
                committed = true;
                assertThat(freshRunningConfig()).as("running config after commit").contains(change.marker());

                config.rollback();
                rolledBack = true;
                assertThat(freshRunningConfig()).as("running config after rollback must equal the original "
                        + "byte for byte").isEqualTo(original);
            } catch (Throwable t) {
                if (committed && !rolledBack) {
                    restoreQuietly(config, t);   // leave the lab device as we found it
                } else if (!committed) {
                    discardQuietly(config, t);
                }
                throw t;
            }
        }
    }

    /** Discard drops a merged candidate: nothing left to compare, running config unchanged. */
    @Test
    public final void configSessionDiscard() throws Exception {
        try (DeviceSession session = open()) {
            ConfigSession config = declaredOrAbort(session, Capability.CONFIG_SESSION, ConfigSession.class);
            ConfigChange change = configPreconditions();
            String original = freshRunningConfig();

            try {
                config.loadMerge(change.snippet());
                assertThat(config.compare()).as("compare() after loadMerge").isNotBlank().contains(change.marker());
                config.discard();
                assertThat(config.compare()).as("compare() after discard()").isEmpty();
            } catch (Throwable t) {
                discardQuietly(config, t);
                throw t;
            }
            assertThat(freshRunningConfig()).as("running config after discard() must equal the original byte for byte")
                    .isEqualTo(original);
        }
    }

    // ------------------------------------------------------------------------------------------------------------
    // Errors and lifecycle
    // ------------------------------------------------------------------------------------------------------------

    /** A rejected password is a {@link DeviceAuthenticationException} whose message does not contain it. */
    @Test
    public final void wrongPasswordIsAnAuthenticationFailure() {
        DeviceTarget wrong = wrongPasswordTarget();
        Optional<String> password = wrong.credentials().password();
        assertThat(password).as("wrongPasswordTarget() must carry a password").isPresent();
        assertThat(password).as("wrongPasswordTarget() password must differ from target()'s")
                .isNotEqualTo(target().credentials().password());

        Throwable thrown = catchThrowable(() -> {
            try (DeviceSession ignored = driver().open(wrong)) {
                fail("open() with a wrong password returned a session");
            }
        });

        assertThat(thrown).as("open() with a wrong password").isInstanceOf(DeviceAuthenticationException.class)
                .hasMessageNotContaining(password.get());
        assertThat(((DeviceException) thrown).kind()).isEqualTo(ErrorKind.AUTHENTICATION_FAILED);
    }

    /** A closed port is a {@link DeviceUnreachableException} within connectTimeout + {@value #UNREACHABLE_GRACE_SECONDS} s. */
    @Test
    public final void closedPortIsUnreachableWithinTheConnectTimeout(TestReporter reporter) {
        DeviceTarget closed = closedPortTarget();
        assertThat(closed.host()).as("closedPortTarget() host must be target()'s host").isEqualTo(target().host());
        assertThat(closed.port()).as("closedPortTarget() port").isNotEqualTo(target().port());
        assertThat(listening(closed)).as("something listens on closedPortTarget() %s:%d; pick a closed port",
                closed.host(), closed.port()).isFalse();
        Duration limit = closed.connectTimeout().plusSeconds(UNREACHABLE_GRACE_SECONDS);

        long start = System.nanoTime();
        Throwable thrown = catchThrowable(() -> {
            try (DeviceSession ignored = driver().open(closed)) {
                fail("open() on a closed port returned a session");
            }
        });
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        reporter.publishEntry("closed-port-detection-ms", Long.toString(took.toMillis()));
        System.out.printf("%s: closed port %s:%d reported as %s in %d ms (limit %d ms)%n",
                getClass().getSimpleName(), closed.host(), closed.port(),
                thrown == null ? "nothing" : thrown.getClass().getSimpleName(), took.toMillis(), limit.toMillis());
        assertThat(thrown).as("open() on a closed port").isInstanceOf(DeviceUnreachableException.class);
        assertThat(((DeviceException) thrown).kind()).isEqualTo(ErrorKind.UNREACHABLE);
        assertThat(took).as("time to report the closed port (connectTimeout %s + %d s)", closed.connectTimeout(),
                UNREACHABLE_GRACE_SECONDS).isLessThanOrEqualTo(limit);
    }

    /** {@link DeviceSession#close()} may be called repeatedly and never throws. */
    @Test
    public final void closeIsIdempotentAndNeverThrows() throws Exception {
        DeviceSession session = open();
        assertThatCode(session::close).as("first close()").doesNotThrowAnyException();
        assertThatCode(session::close).as("second close()").doesNotThrowAnyException();
        assertThatCode(session::close).as("third close()").doesNotThrowAnyException();
    }

    // ------------------------------------------------------------------------------------------------------------
    // Helpers
    // ------------------------------------------------------------------------------------------------------------

    private DeviceSession open() throws DeviceException {
        DeviceSession session = driver().open(target());
        assertThat(session).as("open(target())").isNotNull();
        return session;
    }

    private boolean declared(Capability capability) {
        return driver().descriptor().supports(capability);
    }

    /**
     * The capability when declared. Otherwise checks that the session does not offer it and aborts the test
     * (reported as skipped) with the reason.
     */
    private <T> T declaredOrAbort(DeviceSession session, Capability capability, Class<T> type) throws Exception {
        if (declared(capability)) {
            Optional<T> offered = session.capability(type);
            assertThat(offered).as("%s is declared, so capability(%s) must be present", capability,
                    type.getSimpleName()).isPresent();
            return offered.get();
        }
        assertNotOffered(session, capability);
        return Assumptions.abort("driver '" + driver().descriptor().id() + "' does not declare " + capability
                + " (checked: capability() empty, require() throws OperationNotSupportedException)");
    }

    private static void assertNotOffered(DeviceSession session, Capability capability) {
        Class<?> type = capability.type();
        assertThat(session.capability(type)).as("%s is not declared, so capability(%s) must be empty", capability,
                type.getSimpleName()).isEmpty();
        Throwable thrown = catchThrowable(() -> session.require(type));
        assertThat(thrown).as("%s is not declared, so require(%s) must throw", capability, type.getSimpleName())
                .isInstanceOf(OperationNotSupportedException.class)
                .hasMessageContaining(capability.name());
        OperationNotSupportedException e = (OperationNotSupportedException) thrown;
        assertThat(e.capability()).as("OperationNotSupportedException.capability()").isEqualTo(capability);
        assertThat(e.kind()).isEqualTo(ErrorKind.UNSUPPORTED_OPERATION);
    }

    private static <T> T required(Optional<T> hook, String method, Capability capability) {
        assertThat(hook).as("the driver declares %s: override %s in the conformance test", capability, method)
                .isNotNull().isPresent();
        return hook.get();
    }

    private ConfigChange configPreconditions() {
        ConfigChange change = required(configChange(), "configChange()", Capability.CONFIG_SESSION);
        assertThat(declared(Capability.RUNNING_CONFIG)).as("CONFIG_SESSION is checked through RUNNING_CONFIG: "
                + "a driver that declares CONFIG_SESSION must declare RUNNING_CONFIG").isTrue();
        return change;
    }

    /** The running config read through a new session, so nothing the config session holds can leak into it. */
    private String freshRunningConfig() throws DeviceException {
        try (DeviceSession reader = open()) {
            return reader.require(RunningConfigReader.class).runningConfig();
        }
    }

    private static void restoreQuietly(ConfigSession config, Throwable failure) {
        try {
            config.rollback();
        } catch (Exception | AssertionError e) {
            failure.addSuppressed(e);
        }
    }

    private static void discardQuietly(ConfigSession config, Throwable failure) {
        try {
            config.discard();
        } catch (Exception | AssertionError e) {
            failure.addSuppressed(e);
        }
    }

    /** Interface names from INTERFACES, else FACTS; empty when the driver declares neither. */
    private Optional<List<String>> knownInterfaceNames(DeviceSession session) throws DeviceException {
        if (declared(Capability.INTERFACES)) {
            return Optional.of(session.require(InterfacesReader.class).interfaces().stream()
                    .map(InterfaceInfo::name).toList());
        }
        if (declared(Capability.FACTS)) {
            return Optional.of(session.require(FactsReader.class).facts().interfaces());
        }
        return Optional.empty();
    }

    /** A plain TCP probe; a port that refuses, times out or cannot be resolved counts as not listening. */
    private static boolean listening(DeviceTarget target) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(target.host(), target.port()), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}

package io.sxalable.sdk.testkit;

import io.sxalable.sdk.driver.BgpNeighbor;
import io.sxalable.sdk.driver.BgpNeighborsReader;
import io.sxalable.sdk.driver.BgpState;
import io.sxalable.sdk.driver.Capability;
import io.sxalable.sdk.driver.CommandRunner;
import io.sxalable.sdk.driver.ConfigRejectedException;
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
import io.sxalable.sdk.driver.FactsReader;
import io.sxalable.sdk.driver.InterfaceCounters;
import io.sxalable.sdk.driver.InterfaceCountersReader;
import io.sxalable.sdk.driver.InterfaceInfo;
import io.sxalable.sdk.driver.InterfacesReader;
import io.sxalable.sdk.driver.RunningConfigReader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;

/**
 * An in-memory device and its driver, for testing the conformance suite itself. It conforms as built; every
 * behaviour is a field so that a broken variant is one assignment away.
 */
final class FakeDriver implements DeviceDriver {

    static final String HOST = "127.0.0.1";
    static final int PORT = 22;
    /** tcpmux: nothing listens there on a test machine. */
    static final int CLOSED_PORT = 1;
    static final String USER = "admin";
    static final String PASSWORD = "secret";

    Set<Capability> declared = EnumSet.allOf(Capability.class);
    /** What sessions offer; {@code null} means exactly the declared set. */
    Set<Capability> offered;
    List<InterfaceInfo> interfaces = new ArrayList<>(List.of(
            new InterfaceInfo("eth0", "uplink", true, true, OptionalLong.of(1000), 1500, "02:00:00:00:00:01",
                    List.of("192.0.2.1/24", "2001:db8::1/64", "fe80::1/64")),
            new InterfaceInfo("lo", "", true, true, OptionalLong.empty(), 65536, "", List.of("10.255.0.1/32"))));
    List<InterfaceCounters> counters = new ArrayList<>(List.of(
            new InterfaceCounters("eth0", 1000, 2000, 10, 20, 0, 0, 0, 0),
            new InterfaceCounters("lo", 0, 0, 0, 0, 0, 0, 0, 0)));
    List<BgpNeighbor> neighbors = new ArrayList<>(List.of(
            new BgpNeighbor("default", "192.0.2.2", 65001, 65002, BgpState.ESTABLISHED, Duration.ofMinutes(5), 3, 2,
                    "peer"),
            new BgpNeighbor("blue", "198.51.100.2", 65001, 4_200_000_000L, BgpState.ACTIVE, Duration.ZERO, 0, 0, "")));
    String running = "hostname fake\n!\ninterface eth0\n description uplink\n!\nend\n";
    /** Appends a changing line to every read of the running config. */
    boolean volatileRunningConfig;
    boolean rollbackRestores = true;
    Function<DeviceTarget, DeviceException> authenticationFailure =
            t -> new DeviceAuthenticationException(t.host() + ": authentication as '" + t.credentials().username() + "' failed");
    Duration closedPortDelay = Duration.ZERO;
    /** close() throws from the second call on. */
    boolean closeThrowsWhenRepeated;

    private String previous;
    private int reads;

    @Override
    public DriverDescriptor descriptor() {
        return new DriverDescriptor("fake", "Fake", "In-memory fake device for the conformance suite's own tests",
                "1.0.0", PORT, declared);
    }

    @Override
    public DeviceSession open(DeviceTarget target) throws DeviceException {
        if (!target.host().equals(HOST) || target.port() != PORT) {
            sleep(closedPortDelay);
            throw new DeviceUnreachableException(target.host() + ":" + target.port() + ": connection refused");
        }
        Credentials c = target.credentials();
        if (!c.username().equals(USER) || !c.password().equals(Optional.of(PASSWORD))) {
            throw authenticationFailure.apply(target);
        }
        return new Session();
    }

    DeviceTarget target() {
        return new DeviceTarget(HOST, PORT, Credentials.password(USER, PASSWORD), Duration.ofSeconds(1),
                Duration.ofSeconds(5), Optional.empty(), Map.of());
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private final class Session implements DeviceSession, FactsReader, InterfacesReader, InterfaceCountersReader,
            BgpNeighborsReader, RunningConfigReader, CommandRunner, ConfigSession {

        private String candidate;
        private int closes;

        @Override
        public <T> Optional<T> capability(Class<T> type) {
            Set<Capability> offers = offered == null ? declared : offered;
            for (Capability c : offers) {
                if (c.type() == type) {
                    return Optional.of(type.cast(this));
                }
            }
            return Optional.empty();
        }

        @Override
        public DeviceFacts facts() {
            return new DeviceFacts("Fake", "", "FakeOS 1.0", "", "fake", Duration.ofHours(1),
                    interfaces.stream().map(InterfaceInfo::name).toList());
        }

        @Override
        public List<InterfaceInfo> interfaces() {
            return List.copyOf(interfaces);
        }

        @Override
        public List<InterfaceCounters> counters() {
            return List.copyOf(counters);
        }

        @Override
        public List<BgpNeighbor> bgpNeighbors() {
            return List.copyOf(neighbors);
        }

        @Override
        public String runningConfig() {
            return volatileRunningConfig ? running + "! read " + (++reads) + "\n" : running;
        }

        @Override
        public String run(String command) throws DeviceException {
            if (!command.startsWith("show ")) {
                throw new ConfigRejectedException("only show commands");
            }
            return "FakeOS 1.0\n";
        }

        @Override
        public void loadMerge(String config) {
            candidate = (candidate == null ? running : candidate) + config;
        }

        @Override
        public void loadReplace(String config) {
            candidate = config;
        }

        @Override
        public String compare() {
            if (candidate == null || candidate.equals(running)) {
                return "";
            }
            Set<String> before = new LinkedHashSet<>(running.lines().toList());
            StringBuilder diff = new StringBuilder("--- running\n+++ candidate\n");
            candidate.lines().filter(l -> !before.contains(l)).forEach(l -> diff.append('+').append(l).append('\n'));
            return diff.toString();
        }

        @Override
        public void commit(Optional<Duration> confirmTimeout) {
            if (candidate != null) {
                previous = running;
                running = candidate;
                candidate = null;
            }
        }

        @Override
        public void confirm() {
        }

        @Override
        public void discard() {
            candidate = null;
        }

        @Override
        public void rollback() {
            if (previous != null && rollbackRestores) {
                running = previous;
            }
            previous = null;
        }

        @Override
        public void close() {
            if (++closes > 1 && closeThrowsWhenRepeated) {
                throw new IllegalStateException("already closed");
            }
        }
    }
}

package io.sxalable.driver.junos;

import io.sxalable.sdk.driver.Credentials;
import io.sxalable.sdk.driver.DeviceDriver;
import io.sxalable.sdk.driver.DeviceTarget;
import io.sxalable.sdk.testkit.DriverConformanceSuite;
import io.sxalable.testing.sim.junos.JunosDevice;
import io.sxalable.testing.sim.junos.JunosSimulator;
import io.sxalable.testing.sim.junos.Options;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The SDK driver conformance suite, all capabilities including CONFIG_SESSION, against the Junos simulator
 * ({@code sxalable-sim-junos}: a vMX with Junos 23.4R1 behind NETCONF over SSH). The simulator starts in-process,
 * so a failure to start fails the class; nothing is skipped. Junos-specifics (commit confirmed, framing, errors,
 * host keys) are in {@link JunosDriverTest}.
 */
class JunosConformanceTest extends DriverConformanceSuite {

    private static JunosDevice device;
    private static JunosDriver driver;
    private static int closedPort;

    @BeforeAll
    static void start() {
        long t0 = System.nanoTime();
        device = JunosSimulator.start(Options.defaults().withHostname("conformance-r1"));
        System.out.printf("JunosConformanceTest: simulator up on port %d in %d ms%n", device.port(),
                (System.nanoTime() - t0) / 1_000_000);
        driver = new JunosDriver("0.0.0.test");
        closedPort = freePort();
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.close();
        }
        if (device != null) {
            device.close();
        }
    }

    @Override
    protected DeviceDriver driver() {
        return driver;
    }

    @Override
    protected DeviceTarget target() {
        return new DeviceTarget(device.host(), device.port(), Credentials.password(device.username(), device.password()),
                Duration.ofSeconds(5), Duration.ofSeconds(10), Optional.empty(), Map.of());
    }

    @Override
    protected DeviceTarget wrongPasswordTarget() {
        return withPassword(target(), "not-" + device.password());
    }

    @Override
    protected DeviceTarget closedPortTarget() {
        return withPort(target(), closedPort);
    }

    @Override
    protected Optional<String> expectedInterface() {
        return Optional.of("ge-0/0/0.0");   // the unit that carries 10.0.12.1/30 towards r2
    }

    @Override
    protected Optional<String> expectedEstablishedBgpPeer() {
        return Optional.of("10.0.12.2");
    }

    @Override
    protected Optional<String> cliReadCommand() {
        return Optional.of("show version");
    }

    @Override
    protected Optional<ConfigChange> configChange() {
        return Optional.of(new ConfigChange("""
                interfaces {
                    lo0 {
                        unit 0 {
                            description sxalable-conformance;
                        }
                    }
                }
                """, "sxalable-conformance"));
    }

    /** A loopback port nothing listens on (bound, then released). */
    static int freePort() {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

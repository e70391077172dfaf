package io.sxalable.driver.routeros;

import io.sxalable.sdk.driver.Credentials;
import io.sxalable.sdk.driver.DeviceDriver;
import io.sxalable.sdk.driver.DeviceTarget;
import io.sxalable.sdk.testkit.DriverConformanceSuite;
import io.sxalable.testing.sim.routeros.Options;
import io.sxalable.testing.sim.routeros.RouterOsSimulator;
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
 * The SDK driver conformance suite against the RouterOS simulator (RouterOS 7.16.1 on an RB5009, lab router r1:
 * established eBGP session to 10.0.12.2 over ether2). Driver-specific checks (commit-confirm, TLS pinning,
 * timeouts, replace, CHR, legacy login) are in {@link RouterOsDriverTest}.
 */
class RouterOsConformanceTest extends DriverConformanceSuite {

    private static RouterOsSimulator router;
    private static RouterOsDriver driver;
    private static int closedPort;

    @BeforeAll
    static void start() {
        long t0 = System.nanoTime();
        router = RouterOsSimulator.start(Options.defaults());
        System.out.printf("RouterOsConformanceTest: simulated r1 on %s:%d up in %.1f ms%n", router.host(), router.port(),
                (System.nanoTime() - t0) / 1e6);
        driver = new RouterOsDriver("0.0.0.test");
        closedPort = freePort();
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.close();
        }
        if (router != null) {
            router.close();
        }
    }

    /** A port nothing listens on: bound once by the OS, then released. */
    static int freePort() {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    protected DeviceDriver driver() {
        return driver;
    }

    @Override
    protected DeviceTarget target() {
        return new DeviceTarget(router.host(), router.port(), Credentials.password(router.username(), router.password()),
                Duration.ofSeconds(5), Duration.ofSeconds(10), Optional.empty(), Map.of());
    }

    @Override
    protected DeviceTarget wrongPasswordTarget() {
        return withPassword(target(), "not-the-password");
    }

    @Override
    protected DeviceTarget closedPortTarget() {
        return withPort(target(), closedPort);
    }

    @Override
    protected Optional<String> expectedInterface() {
        return Optional.of("ether2");
    }

    @Override
    protected Optional<String> expectedEstablishedBgpPeer() {
        return Optional.of("10.0.12.2");
    }

    @Override
    protected Optional<String> cliReadCommand() {
        return Optional.of("/system resource print");
    }

    @Override
    protected Optional<ConfigChange> configChange() {
        return Optional.of(new ConfigChange("""
                /ip address
                add address=192.0.2.47/32 comment=sxalable-conformance interface=ether4
                """, "sxalable-conformance"));
    }
}

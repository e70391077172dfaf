package io.sxalable.driver.ciscoios;

import io.sxalable.sdk.driver.Credentials;
import io.sxalable.sdk.driver.DeviceDriver;
import io.sxalable.sdk.driver.DeviceTarget;
import io.sxalable.sdk.testkit.DriverConformanceSuite;
import io.sxalable.testing.sim.ciscoios.IosSimulator;
import io.sxalable.testing.sim.ciscoios.Options;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The SDK driver conformance suite, CONFIG_SESSION included, against the IOS-XE simulator ({@code r1}: a CSR1000V on
 * 17.3.4a with BGP peers 10.0.12.2 Established, 10.0.13.2 shut down, 2001:DB8:12::2 and 192.0.2.2 in VRF CUST-A).
 * The login lands in user EXEC, so every session goes through {@code enable} with the {@code enable-secret} option.
 * Driver-specific checks are in {@link CiscoIosDriverTest}.
 */
class CiscoIosConformanceTest extends DriverConformanceSuite {

    private static IosSimulator device;
    private static CiscoIosDriver driver;
    private static int closedPort;

    @BeforeAll
    static void startDevice() {
        long start = System.nanoTime();
        device = IosSimulator.start(Options.defaults().withLoginPrivilege(1));
        System.out.printf("CiscoIosConformanceTest: simulator r1 up on port %d in %d ms%n", device.port(),
                (System.nanoTime() - start) / 1_000_000);
        driver = new CiscoIosDriver("0.0.0.test");
        closedPort = IosSimulator.unusedPort();
    }

    @AfterAll
    static void stopDevice() {
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
        return new DeviceTarget(device.host(), device.port(), Credentials.password("admin", "admin"),
                Duration.ofSeconds(5), Duration.ofSeconds(20), Optional.empty(), Map.of("enable-secret", "cisco"));
    }

    @Override
    protected DeviceTarget wrongPasswordTarget() {
        return withPassword(target(), "wrong-password");
    }

    @Override
    protected DeviceTarget closedPortTarget() {
        return withPort(target(), closedPort);
    }

    @Override
    protected Optional<String> expectedInterface() {
        return Optional.of("GigabitEthernet2");
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
        return Optional.of(new ConfigChange("interface Loopback4711\n description sxalable-conformance\n",
                "sxalable-conformance"));
    }
}

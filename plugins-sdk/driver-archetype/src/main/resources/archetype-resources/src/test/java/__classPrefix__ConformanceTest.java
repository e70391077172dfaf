package ${package};

import ${package}.simulator.SampleDevice;
import io.sxalable.sdk.driver.Credentials;
import io.sxalable.sdk.driver.DeviceDriver;
import io.sxalable.sdk.driver.DeviceTarget;
import io.sxalable.sdk.testkit.DriverConformanceSuite;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The SDK's driver conformance kit (sxalable-sdk-testkit) against the sample simulator: the same checks every
 * driver passes. The tests of undeclared capabilities (INTERFACES, INTERFACE_COUNTERS, BGP_NEIGHBORS) are reported
 * as skipped after checking that the session does not offer them.
 *
 * <p>When you replace the simulator with your real device (a lab router, a VM), start it here and fail, never
 * skip, when it cannot be started: a conformance run that skips proves nothing. The CONFIG_SESSION tests change
 * the device (merge, commit, roll back): point them at a lab device, never production.
 */
class ${classPrefix}ConformanceTest extends DriverConformanceSuite {

    private static SampleDevice device;
    private static int closedPort;
    private static ${classPrefix}Driver driver;

    @BeforeAll
    static void startDevice() throws IOException {
        device = SampleDevice.start();
        closedPort = device.closedPort();
        driver = new ${classPrefix}Driver("0.0.0.test");
    }

    @AfterAll
    static void stopDevice() {
        device.close();
    }

    @Override
    protected DeviceDriver driver() {
        return driver;
    }

    @Override
    protected DeviceTarget target() {
        return new DeviceTarget(device.host(), device.port(),
                Credentials.password(SampleDevice.USER, SampleDevice.PASSWORD),
                Duration.ofSeconds(2), Duration.ofSeconds(5), Optional.empty(), Map.of());
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
        return Optional.of("eth0");
    }

    @Override
    protected Optional<String> cliReadCommand() {
        return Optional.of("SHOW VERSION");
    }

    @Override
    protected Optional<ConfigChange> configChange() {
        return Optional.of(new ConfigChange("interface eth1 description sxalable-conformance\n",
                "sxalable-conformance"));
    }
}

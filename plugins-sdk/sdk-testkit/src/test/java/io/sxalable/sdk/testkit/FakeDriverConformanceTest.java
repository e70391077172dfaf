package io.sxalable.sdk.testkit;

import io.sxalable.sdk.driver.DeviceDriver;
import io.sxalable.sdk.driver.DeviceTarget;
import java.util.Optional;

/**
 * The suite against a conforming in-memory driver that declares every capability, CONFIG_SESSION included:
 * the whole suite passes and nothing is skipped. The same subclass shape a real driver's test uses.
 */
class FakeDriverConformanceTest extends DriverConformanceSuite {

    private final FakeDriver fake = new FakeDriver();

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
        return withPassword(target(), "not-the-password");
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
        return Optional.of(new ConfigChange("interface lo\n description sxalable-conformance\n", "sxalable-conformance"));
    }
}

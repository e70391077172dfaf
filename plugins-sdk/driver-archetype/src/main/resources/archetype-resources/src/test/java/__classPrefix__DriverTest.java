package ${package};

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ${package}.simulator.SampleDevice;
import io.sxalable.sdk.driver.ConfigRejectedException;
import io.sxalable.sdk.driver.ConfigSession;
import io.sxalable.sdk.driver.CommandRunner;
import io.sxalable.sdk.driver.Credentials;
import io.sxalable.sdk.driver.DeviceSession;
import io.sxalable.sdk.driver.DeviceTarget;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Driver-specific behaviour the conformance kit does not cover, against a fresh simulator per test. */
class ${classPrefix}DriverTest {

    private SampleDevice device;
    private final ${classPrefix}Driver driver = new ${classPrefix}Driver("0.0.0.test");

    @BeforeEach
    void start() throws IOException {
        device = SampleDevice.start();
    }

    @AfterEach
    void stop() {
        device.close();
    }

    private DeviceTarget target() {
        return new DeviceTarget(device.host(), device.port(),
                Credentials.password(SampleDevice.USER, SampleDevice.PASSWORD),
                Duration.ofSeconds(2), Duration.ofSeconds(5), Optional.empty(), Map.of());
    }

    @Test
    void descriptorCarriesTheArchetypeProperties() {
        assertEquals("${driverId}", driver.descriptor().id());
        assertEquals("${vendor}", driver.descriptor().vendor());
        assertEquals(${defaultPort}, driver.descriptor().defaultPort());
    }

    @Test
    void aRejectedStatementLeavesNoCandidateBehind() throws Exception {
        List<String> before = device.running();
        try (DeviceSession session = driver.open(target())) {
            ConfigSession config = session.require(ConfigSession.class);
            ConfigRejectedException e = assertThrows(ConfigRejectedException.class,
                    () -> config.loadMerge("interface eth1 description fine\nNot A Statement\n"));
            assertTrue(e.getMessage().contains("SET Not A Statement"), e.getMessage());
            assertEquals("", config.compare());
        }
        assertEquals(before, device.running());
    }

    @Test
    void cliRefusesWhatIsNotAShowCommand() throws Exception {
        try (DeviceSession session = driver.open(target())) {
            CommandRunner cli = session.require(CommandRunner.class);
            assertThrows(ConfigRejectedException.class, () -> cli.run("COMMIT"));
            assertThrows(ConfigRejectedException.class, () -> cli.run("SHOW VERSION\nCOMMIT"));
            assertThrows(ConfigRejectedException.class, () -> cli.run("SHOW NONSENSE"));   // refused by the device
        }
    }

    @Test
    void loadReplaceReplacesTheWholeConfig() throws Exception {
        try (DeviceSession session = driver.open(target())) {
            ConfigSession config = session.require(ConfigSession.class);
            config.loadReplace("hostname replaced\n");
            assertTrue(config.compare().contains("-ntp server 192.0.2.123"), config.compare());
            config.commit(Optional.empty());
            assertEquals(List.of("hostname replaced"), device.running());
            config.rollback();
        }
        assertTrue(device.running().contains("ntp server 192.0.2.123"));
    }

    @Test
    void anUnconfirmedCommitIsRevertedByTheDevice() throws Exception {
        List<String> before = device.running();
        try (DeviceSession session = driver.open(target())) {
            ConfigSession config = session.require(ConfigSession.class);
            config.loadMerge("ntp server 198.51.100.7\n");
            config.commit(Optional.of(Duration.ofSeconds(1)));
            assertTrue(device.running().contains("ntp server 198.51.100.7"));
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (!device.running().equals(before) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertEquals(before, device.running());
    }

    @Test
    void aConfirmedCommitStays() throws Exception {
        try (DeviceSession session = driver.open(target())) {
            ConfigSession config = session.require(ConfigSession.class);
            config.loadMerge("ntp server 198.51.100.7\n");
            config.commit(Optional.of(Duration.ofSeconds(1)));
            config.confirm();
        }
        Thread.sleep(1500);
        assertTrue(device.running().contains("ntp server 198.51.100.7"));
    }

    @Test
    void aSessionRefusesCommandsAfterClose() throws Exception {
        DeviceSession session = driver.open(target());
        session.close();
        assertThrows(Exception.class, () -> session.require(CommandRunner.class).run("SHOW VERSION"));
        assertFalse(session.hostKeyFingerprint().isPresent());
    }
}

package io.sxalable.itests;

import io.sxalable.testing.sim.ciscoios.IosSimulator;
import io.sxalable.testing.sim.junos.JunosDevice;
import io.sxalable.testing.sim.junos.JunosSimulator;
import io.sxalable.testing.sim.routeros.RouterOsSimulator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Starts one simulated Cisco IOS-XE, Junos and RouterOS device on loopback in the test (driver) JVM while Pax Exam
 * builds the container configuration, and hands their ports and logins to the container as system properties
 * {@code sxalable.itest.sim.<driver>.{port,user,password,hostname}}. Only ever loaded outside the container; the
 * simulators stop when the test JVM exits.
 */
final class SimulatorsForTests {

    private static Map<String, String> properties;

    private SimulatorsForTests() {
    }

    static synchronized Map<String, String> start() {
        if (properties == null) {
            IosSimulator ios = IosSimulator.start(io.sxalable.testing.sim.ciscoios.Options.defaults().withHostname("ios1"));
            JunosDevice junos = JunosSimulator.start(io.sxalable.testing.sim.junos.Options.defaults().withHostname("mx1"));
            RouterOsSimulator routeros = RouterOsSimulator.start(io.sxalable.testing.sim.routeros.Options.defaults());
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                ios.close();
                junos.close();
                routeros.close();
            }, "simulators-teardown"));
            Map<String, String> p = new LinkedHashMap<>();
            put(p, "cisco-ios", ios.port(), ios.options().username(), ios.options().password(), ios.hostname());
            put(p, "junos", junos.port(), junos.username(), junos.password(), "mx1");
            put(p, "routeros", routeros.port(), routeros.username(), routeros.password(), routeros.identity());
            properties = Map.copyOf(p);
        }
        return properties;
    }

    private static void put(Map<String, String> p, String driver, int port, String user, String password, String hostname) {
        String prefix = "sxalable.itest.sim." + driver + ".";
        p.put(prefix + "port", String.valueOf(port));
        p.put(prefix + "user", user);
        p.put(prefix + "password", password);
        p.put(prefix + "hostname", hostname);
    }
}

package io.sxalable.itests;

import io.sxalable.testing.frrlab.FrrLab;
import io.sxalable.testing.frrlab.LabRouter;
import java.util.Map;

/**
 * Starts the real FRR lab in the test (driver) JVM while Pax Exam builds the container configuration, and hands
 * the routers' addresses to the container as system properties. Only ever loaded outside the container.
 * The lab is torn down when the test JVM exits; a lab left by a killed JVM is removed by the next lab start.
 */
final class FrrLabForTests {

    private static FrrLab lab;

    private FrrLabForTests() {
    }

    /** System properties for the container: {@code sxalable.itest.lab.<router>.ip}, user and password. */
    static synchronized Map<String, String> start() {
        if (lab == null) {
            // FrrLab.start fails with the reason when this machine cannot run the lab (.ci/test-env.sh installs it)
            lab = FrrLab.start(FrrLab.Spec.twoRouterEbgp());
            FrrLab started = lab;
            Runtime.getRuntime().addShutdownHook(new Thread(started::close, "frr-lab-teardown"));
        }
        LabRouter r1 = lab.router("r1");
        LabRouter r2 = lab.router("r2");
        return Map.of(
                "sxalable.itest.lab.r1.ip", r1.managementIp(),
                "sxalable.itest.lab.r2.ip", r2.managementIp(),
                "sxalable.itest.lab.user", FrrLab.USER,
                "sxalable.itest.lab.password", FrrLab.PASSWORD);
    }
}

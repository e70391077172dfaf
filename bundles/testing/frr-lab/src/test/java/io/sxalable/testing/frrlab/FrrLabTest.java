package io.sxalable.testing.frrlab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Builds the two-router lab twice in a row: it must come up, answer, and leave nothing behind. */
class FrrLabTest {

    @BeforeAll
    static void machineCanRunTheLab() {
        Availability availability = FrrLab.available();
        if (!availability.available()) {
            fail(availability.reason());   // CI installs everything: a missing piece is a failure, not a skip
        }
    }

    @Test
    void bringsUpEbgpAndCleansUpRepeatedly() {
        for (int run = 1; run <= 2; run++) {
            String prefix;
            try (FrrLab lab = FrrLab.start(FrrLab.Spec.twoRouterEbgp())) {
                prefix = lab.prefix();
                System.out.printf("FRR lab run %d up in %d ms%n", run, lab.bringUpTime().toMillis());
                LabRouter r1 = lab.router("r1");
                LabRouter r2 = lab.router("r2");
                assertThat(lab.exec("r1", "hostname").strip()).isEqualTo("r1");
                assertThat(lab.exec("r2", "hostname").strip()).isEqualTo("r2");
                assertThat(r1.managementIp()).startsWith("10.251.").isNotEqualTo(r2.managementIp());
                assertThat(r1.hostKeyFingerprint()).startsWith("SHA256:");
                assertThat(lab.vtysh("r1", "show bgp summary")).contains("10.0.12.2").contains("r2");
                assertThat(lab.vtysh("r2", "show ip route 10.101.0.0/24")).contains("bgp");
                assertThat(lab.vtysh("r1", "show running-config")).contains("router bgp 65001");
            }
            assertThat(namespaces()).noneMatch(ns -> ns.startsWith(prefix));
            assertThat(Path.of("/tmp/sxl-lab", prefix)).doesNotExist();
        }
    }

    private static List<String> namespaces() {
        try (var stream = Files.list(Path.of("/run/netns"))) {
            return stream.map(p -> p.getFileName().toString()).toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}

package io.sxalable.testing.sim.junos;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Many routers in one JVM: one SSH server, one port and a few KB of state per router. */
class FarmTest {

    private static final int ROUTERS = 200;

    @Test
    @Timeout(120)
    void twoHundredRoutersShareOneServer() throws Exception {
        try (JunosFarm farm = JunosFarm.start()) {
            farm.add(Options.defaults().withHostname("warm-up")).close();   // class loading, first key generation
            long heapBefore = usedHeap();
            long start = System.nanoTime();
            List<JunosDevice> routers = new ArrayList<>();
            for (int i = 0; i < ROUTERS; i++) {
                routers.add(farm.add(Options.defaults().withHostname("r" + i)));
            }
            long addNanos = System.nanoTime() - start;
            long heapAfter = usedHeap();
            Set<Integer> ports = new HashSet<>();
            routers.forEach(r -> ports.add(r.port()));
            Set<String> keys = new HashSet<>();
            routers.forEach(r -> keys.add(r.hostKeyFingerprint()));
            System.out.printf("FarmTest: %d routers started in %d ms (%.2f ms each), ~%d KB heap each, %d threads in the JVM%n",
                    ROUTERS, addNanos / 1_000_000, addNanos / 1e6 / ROUTERS, (heapAfter - heapBefore) / ROUTERS / 1024,
                    Thread.activeCount());

            assertThat(farm.size()).isEqualTo(ROUTERS);
            assertThat(ports).hasSize(ROUTERS);
            assertThat(keys).as("every router has its own host key").hasSize(ROUTERS);
            for (JunosDevice r : List.of(routers.get(0), routers.get(ROUTERS / 2), routers.get(ROUTERS - 1))) {
                try (RawNetconf nc = RawNetconf.open(r)) {
                    nc.hello(true);
                    assertThat(nc.rpc("1", "<get-software-information/>"))
                            .contains("<host-name>" + r.options().hostname() + "</host-name>");
                }
            }
            long stop = System.nanoTime();
            routers.forEach(JunosDevice::close);
            System.out.printf("FarmTest: %d routers stopped in %d ms%n", ROUTERS, (System.nanoTime() - stop) / 1_000_000);
            assertThat(farm.size()).isZero();
        }
    }

    private static long usedHeap() throws InterruptedException {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(50);
        }
        return rt.totalMemory() - rt.freeMemory();
    }
}

package io.sxalable.testing.sim.routeros;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A thousand routers in one JVM: start cost, memory, and that they are independent. */
class FarmTest {

    private static final int ROUTERS = 1000;

    @Test
    void aThousandRouters() throws Exception {
        Runtime rt = Runtime.getRuntime();
        try (RouterOsFarm farm = RouterOsFarm.create()) {
            farm.start(Options.defaults()).close();   // warm up class loading
            System.gc();
            long heapBefore = rt.totalMemory() - rt.freeMemory();
            List<RouterOsSimulator> routers = new ArrayList<>();
            long t0 = System.nanoTime();
            for (int i = 0; i < ROUTERS; i++) {
                routers.add(farm.start(Options.defaults().toBuilder().identity("r" + i).build()));
            }
            long startNanos = System.nanoTime() - t0;
            System.gc();
            long heapAfter = rt.totalMemory() - rt.freeMemory();
            System.out.printf("FarmTest: %d routers started in %d ms (%.3f ms each), heap +%d KiB (%.1f KiB each)%n",
                    ROUTERS, startNanos / 1_000_000, startNanos / 1e6 / ROUTERS, (heapAfter - heapBefore) / 1024,
                    (heapAfter - heapBefore) / 1024.0 / ROUTERS);
            assertThat(farm.size()).isEqualTo(ROUTERS);
            assertThat(routers.stream().map(RouterOsSimulator::port).distinct()).hasSize(ROUTERS);

            for (int i : new int[] {0, 499, 999}) {
                try (ApiClient c = new ApiClient(routers.get(i)).login("admin", "admin")) {
                    assertThat(c.call("/system/identity/print")).containsExactly(List.of("!re", "=name=r" + i),
                            List.of("!done"));
                    c.call("/system/identity/set", "=name=changed-" + i);
                }
            }
            assertThat(routers.get(1).identity()).isEqualTo("r1");
            assertThat(routers.get(499).identity()).isEqualTo("changed-499");

            long tls0 = System.nanoTime();
            for (int i = 0; i < 20; i++) {
                routers.add(farm.start(Options.defaults().toBuilder().identity("tls" + i).tls(true).build()));
            }
            System.out.printf("FarmTest: 20 API-SSL routers (own key pair and certificate each) started in %.1f ms each%n",
                    (System.nanoTime() - tls0) / 1e6 / 20);

            RouterOsSimulator last = routers.get(ROUTERS - 1);
            long c0 = System.nanoTime();
            routers.forEach(RouterOsSimulator::close);
            System.out.printf("FarmTest: %d routers stopped in %d ms%n", ROUTERS, (System.nanoTime() - c0) / 1_000_000);
            assertThat(farm.size()).isZero();
            Thread.sleep(50);
            boolean refused;
            try (Socket s = new Socket(last.host(), last.port())) {
                refused = false;
            } catch (ConnectException e) {
                refused = true;
            }
            assertThat(refused).as("a closed router's port is closed").isTrue();
        }
    }
}

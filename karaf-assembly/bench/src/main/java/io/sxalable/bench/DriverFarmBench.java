package io.sxalable.bench;

import io.sxalable.driver.ciscoios.CiscoIosDriver;
import io.sxalable.driver.junos.JunosDriver;
import io.sxalable.driver.routeros.RouterOsDriver;
import io.sxalable.sdk.driver.Credentials;
import io.sxalable.sdk.driver.DeviceDriver;
import io.sxalable.sdk.driver.DeviceFacts;
import io.sxalable.sdk.driver.DeviceSession;
import io.sxalable.sdk.driver.DeviceTarget;
import io.sxalable.sdk.driver.FactsReader;
import io.sxalable.testing.sim.ciscoios.IosSimulatorServer;
import io.sxalable.testing.sim.junos.JunosFarm;
import io.sxalable.testing.sim.routeros.RouterOsFarm;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Facts collection across a farm of simulated devices of mixed vendors (Cisco IOS-XE over SSH CLI, Junos over
 * NETCONF, RouterOS over its API), all on 127.0.0.1 in this JVM, through the real drivers with bounded concurrency:
 * one session per device (connect, log in, read facts, close). Prints wall time, devices/s, per-device latency
 * percentiles, failures, and peak heap and RSS of this JVM (simulators and drivers together).
 *
 * <p>Usage: {@code DriverFarmBench [devices=1000] [concurrency=64]}
 */
public final class DriverFarmBench {

    private record Device(String vendor, DeviceDriver driver, DeviceTarget target, String expectedHostname) {
    }

    public static void main(String[] args) throws Exception {
        int devices = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int concurrency = args.length > 1 ? Integer.parseInt(args[1]) : 64;
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        AtomicLong peakHeap = new AtomicLong();
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peakHeap.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-sampler");
        sampler.setDaemon(true);
        sampler.start();

        CiscoIosDriver ios = new CiscoIosDriver("bench");
        JunosDriver junos = new JunosDriver("bench");
        RouterOsDriver routeros = new RouterOsDriver("bench");
        long t0 = System.nanoTime();
        try (IosSimulatorServer iosFarm = IosSimulatorServer.start();
             JunosFarm junosFarm = JunosFarm.start();
             RouterOsFarm routerOsFarm = RouterOsFarm.create()) {
            List<Device> farm = new ArrayList<>(devices);
            for (int i = 0; i < devices; i++) {
                String name = "d" + i;
                switch (i % 3) {
                    case 0 -> {
                        var sim = iosFarm.add(io.sxalable.testing.sim.ciscoios.Options.defaults().withHostname(name));
                        farm.add(new Device("cisco-ios", ios, target(sim.port(), sim.options().username(),
                                sim.options().password()), name));
                    }
                    case 1 -> {
                        var sim = junosFarm.add(io.sxalable.testing.sim.junos.Options.defaults().withHostname(name));
                        farm.add(new Device("junos", junos, target(sim.port(), sim.username(), sim.password()), name));
                    }
                    default -> {
                        var sim = routerOsFarm.start(io.sxalable.testing.sim.routeros.Options.builder().identity(name).build());
                        farm.add(new Device("routeros", routeros, target(sim.port(), sim.username(), sim.password()), name));
                    }
                }
            }
            System.out.printf("farm: %d devices (cisco-ios %d, junos %d, routeros %d) started in %d ms%n", devices,
                    count(farm, "cisco-ios"), count(farm, "junos"), count(farm, "routeros"),
                    (System.nanoTime() - t0) / 1_000_000);

            ExecutorService pool = Executors.newFixedThreadPool(concurrency);
            long start = System.nanoTime();
            List<Future<Long>> results = new ArrayList<>();
            for (Device d : farm) {
                results.add(pool.submit(() -> collect(d)));
            }
            long[] latencies = new long[farm.size()];
            int ok = 0;
            List<String> failures = new ArrayList<>();
            for (int i = 0; i < results.size(); i++) {
                try {
                    latencies[ok] = results.get(i).get(5, TimeUnit.MINUTES);
                    ok++;
                } catch (java.util.concurrent.ExecutionException e) {
                    failures.add(farm.get(i).vendor() + " " + farm.get(i).expectedHostname() + ": " + e.getCause());
                }
            }
            double wall = (System.nanoTime() - start) / 1e9;
            pool.shutdown();
            long[] sorted = Arrays.copyOf(latencies, ok);
            Arrays.sort(sorted);
            System.out.printf("facts from %d/%d devices in %.2f s at concurrency %d = %.0f devices/s; per device p50 %.1f ms,"
                            + " p99 %.1f ms, max %.1f ms; failures %d%n", ok, farm.size(), wall, concurrency,
                    ok / wall, pct(sorted, 50), pct(sorted, 99), sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6,
                    failures.size());
            failures.stream().limit(5).forEach(f -> System.out.println("  failed: " + f));
            System.out.printf("peak heap %d MiB, peak RSS %d MiB, threads %d%n", peakHeap.get() >> 20, peakRssMiB(),
                    Thread.activeCount());
            if (!failures.isEmpty()) {
                System.exit(1);
            }
        } finally {
            sampler.interrupt();
            ios.close();
            junos.close();
            routeros.close();
        }
    }

    /** One session: connect, log in, read facts, check them, close. Returns the elapsed nanoseconds. */
    private static long collect(Device d) throws Exception {
        long s = System.nanoTime();
        try (DeviceSession session = d.driver().open(d.target())) {
            DeviceFacts facts = session.require(FactsReader.class).facts();
            if (!facts.hostname().equals(d.expectedHostname())) {
                throw new IllegalStateException("expected hostname " + d.expectedHostname() + ", got " + facts.hostname());
            }
        }
        return System.nanoTime() - s;
    }

    private static DeviceTarget target(int port, String user, String password) {
        return new DeviceTarget("127.0.0.1", port, Credentials.password(user, password), Duration.ofSeconds(30),
                Duration.ofSeconds(60), Optional.empty(), Map.of());
    }

    private static long count(List<Device> farm, String vendor) {
        return farm.stream().filter(d -> d.vendor().equals(vendor)).count();
    }

    private static double pct(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[(int) Math.min(sorted.length - 1, Math.max(0, Math.ceil(p / 100 * sorted.length) - 1))] / 1e6;
    }

    private static long peakRssMiB() throws java.io.IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmHWM:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
            }
        }
        return -1;
    }
}

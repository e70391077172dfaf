package io.sxalable.testing.sim.ciscoios;

import io.sxalable.testing.sim.ciscoios.config.ConfigNode;
import io.sxalable.testing.sim.ciscoios.config.RunningConfig;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

/**
 * The state of one simulated router: running and startup config, the files on {@code flash:}, the configuration
 * archive, a pending confirm timer and the BGP session clocks. All methods are synchronised: several SSH sessions
 * may work on the same device at once, as on a real router.
 */
final class Device {

    /** IOS's time stamp format in config comments: {@code 08:10:01 UTC Wed Nov 25 2026}. */
    static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("HH:mm:ss 'UTC' EEE MMM d yyyy", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    /** A commit waiting for {@code configure confirm}. */
    private record Pending(RunningConfig before, String archiveFile, Instant since, int minutes, String user,
                           ScheduledFuture<?> timer) {
    }

    private final Options options;
    private final ScheduledExecutorService scheduler;
    private final Instant boot;
    private final List<String> physical;
    private RunningConfig running;
    private String startup;
    private final Map<String, byte[]> flash = new LinkedHashMap<>();
    private final Map<String, Instant> flashTimes = new HashMap<>();
    private final List<String> archive = new ArrayList<>();
    private int archiveCounter;
    private Instant lastChange;
    private String lastChangeBy;
    private Instant nvramUpdated;
    private String nvramUpdatedBy;
    private Pending pending;
    private long tableVersion = 7;
    private final Bgp bgp;

    Device(Options options, ScheduledExecutorService scheduler) {
        this.options = options;
        this.scheduler = scheduler;
        this.boot = options.clock().instant().minus(options.uptime());
        this.physical = IntStream.rangeClosed(1, options.physicalInterfaces()).mapToObj(i -> "GigabitEthernet" + i)
                .toList();
        String text = options.initialConfig().orElseGet(() -> DefaultConfig.text(options));
        try {
            this.running = RunningConfig.load(text, physical);
        } catch (RunningConfig.LoadException e) {
            throw new IllegalArgumentException("initial config has lines the simulator does not know: " + e.failed(), e);
        }
        this.lastChange = boot.plusSeconds(42);
        this.lastChangeBy = options.username();
        this.nvramUpdated = lastChange;
        this.nvramUpdatedBy = options.username();
        this.startup = body(false);
        this.bgp = new Bgp(this);
    }

    Options options() {
        return options;
    }

    Instant now() {
        return options.clock().instant();
    }

    Instant boot() {
        return boot;
    }

    synchronized RunningConfig running() {
        return running;
    }

    synchronized String hostname() {
        return running.hostname();
    }

    Bgp bgp() {
        return bgp;
    }

    synchronized long tableVersion() {
        return tableVersion;
    }

    /** Records a configuration change by {@code user}, as IOS does for the {@code ! Last configuration change} line. */
    synchronized void changed(String user) {
        lastChange = now();
        lastChangeBy = user;
        tableVersion++;
    }

    // ------------------------------------------------------------------------------------------------------------
    // Config text
    // ------------------------------------------------------------------------------------------------------------

    /** {@code show running-config}. */
    synchronized String showRunningConfig() {
        String body = body(true);
        return "Building configuration...\n\nCurrent configuration : " + body.getBytes(StandardCharsets.US_ASCII).length
                + " bytes\n" + body;
    }

    /** The config text from the first {@code !} to {@code end}, as written to files. */
    synchronized String body(boolean withNvramLine) {
        StringBuilder out = new StringBuilder("!\n! Last configuration change at ").append(STAMP.format(lastChange))
                .append(" by ").append(lastChangeBy).append('\n');
        if (withNvramLine && nvramUpdated != null) {
            out.append("! NVRAM config last updated at ").append(STAMP.format(nvramUpdated)).append(" by ")
                    .append(nvramUpdatedBy).append('\n');
        }
        return out.append("!\n").append(running.render()).toString();
    }

    synchronized String startupConfig() {
        return startup;
    }

    /** {@code write memory} / {@code copy running-config startup-config}. */
    synchronized void writeMemory(String user) {
        nvramUpdated = now();
        nvramUpdatedBy = user;
        startup = body(true);
    }

    // ------------------------------------------------------------------------------------------------------------
    // flash:
    // ------------------------------------------------------------------------------------------------------------

    synchronized Optional<byte[]> file(String url) {
        return Optional.ofNullable(flash.get(url));
    }

    synchronized void writeFile(String url, byte[] content) {
        flash.put(url, content.clone());
        flashTimes.put(url, now());
    }

    synchronized Map<String, Integer> files() {
        Map<String, Integer> sizes = new LinkedHashMap<>();
        flash.forEach((name, content) -> sizes.put(name, content.length));
        return sizes;
    }

    synchronized Instant fileTime(String url) {
        return flashTimes.getOrDefault(url, boot);
    }

    // ------------------------------------------------------------------------------------------------------------
    // Archive, configure replace, confirm timers
    // ------------------------------------------------------------------------------------------------------------

    /** The {@code archive / path} setting, e.g. {@code flash:sxalable-archive}. */
    synchronized Optional<String> archivePath() {
        return running.root().child("archive").flatMap(a -> a.childValue("path "));
    }

    /** Saves the running config as the next archive file; empty when no archive path is configured. */
    synchronized Optional<String> archiveNow() {
        Optional<String> path = archivePath();
        if (path.isEmpty()) {
            return Optional.empty();
        }
        int max = running.root().child("archive").flatMap(a -> a.childValue("maximum ")).map(Integer::parseInt)
                .orElse(10);
        String name = path.get() + "-" + (++archiveCounter);
        writeFile(name, body(false).getBytes(StandardCharsets.US_ASCII));
        archive.add(name);
        while (archive.size() > max) {
            flash.remove(archive.remove(0));
        }
        return Optional.of(name);
    }

    synchronized List<String> archiveFiles() {
        return List.copyOf(archive);
    }

    synchronized Optional<String> nextArchiveName() {
        return archivePath().map(p -> p + "-" + (archiveCounter + 1));
    }

    synchronized int archiveMaximum() {
        return running.root().child("archive").flatMap(a -> a.childValue("maximum ")).map(Integer::parseInt).orElse(10);
    }

    /** Replaces the running config with {@code next} (already validated). Returns whether anything changed. */
    synchronized boolean replace(RunningConfig next, String user) {
        boolean differs = !next.render().equals(running.render());
        running = next;
        if (differs) {
            changed(user);
        }
        return differs;
    }

    /**
     * Starts a confirm timer: unless {@link #confirm()} is called within {@code minutes} (of
     * {@link Options#minuteLength()} each), the device returns to {@code before}.
     */
    synchronized void startTimer(RunningConfig before, String archiveFile, int minutes, String user) {
        cancelTimer();
        long millis = options.minuteLength().toMillis() * minutes;
        ScheduledFuture<?> timer = scheduler.schedule(this::expire, millis, TimeUnit.MILLISECONDS);
        pending = new Pending(before, archiveFile, now(), minutes, user, timer);
    }

    synchronized boolean pendingTimer() {
        return pending != null;
    }

    /** {@code show archive config rollback timer}. */
    synchronized String timerStatus() {
        if (pending == null) {
            return "%No Rollback Confirmed Change pending\n";
        }
        return "Time configured(or reset) at " + STAMP.format(pending.since()) + "\n"
                + "Timer type: rollback timer\n"
                + "Timer value: " + pending.minutes() + " min\n"
                + "Archive file: " + pending.archiveFile() + "\n"
                + "Configured by: " + pending.user() + "\n";
    }

    /** {@code configure confirm}: keeps the change. False when nothing was pending. */
    synchronized boolean confirm() {
        if (pending == null) {
            return false;
        }
        cancelTimer();
        return true;
    }

    /** {@code configure revert now}, or the timer firing. */
    synchronized boolean revertNow() {
        if (pending == null) {
            return false;
        }
        Pending p = pending;
        cancelTimer();
        replace(p.before(), p.user());
        return true;
    }

    private void expire() {
        revertNow();
    }

    private void cancelTimer() {
        if (pending != null) {
            pending.timer().cancel(false);
            pending = null;
        }
    }

    /** Stops timers; the device is going away. */
    synchronized void shutdown() {
        cancelTimer();
    }

    // ------------------------------------------------------------------------------------------------------------
    // Interfaces
    // ------------------------------------------------------------------------------------------------------------

    /** The state the show commands report for one interface. */
    record Intf(String name, ConfigNode config, boolean adminUp, boolean loopback, int index) {
        Optional<String> description() {
            return config.childValue("description ");
        }

        /** Primary IPv4 address and mask. */
        Optional<String[]> primary() {
            return config.children().stream().map(ConfigNode::line)
                    .filter(l -> l.startsWith("ip address ") && !l.endsWith(" secondary"))
                    .map(l -> l.substring(11).split(" ")).findFirst();
        }

        Optional<String> vrf() {
            return config.childValue("vrf forwarding ");
        }

        List<String> ipv6() {
            return config.children().stream().map(ConfigNode::line).filter(l -> l.startsWith("ipv6 address "))
                    .map(l -> l.substring(13)).toList();
        }
    }

    /** Interfaces in {@code show interfaces} order: GigabitEthernet first, then Loopback, numerically. */
    synchronized List<Intf> interfaces() {
        List<Intf> list = new ArrayList<>();
        for (ConfigNode block : running.interfaceBlocks()) {
            String name = block.line().substring("interface ".length());
            boolean loopback = name.startsWith("Loopback");
            int index = loopback ? 0 : physical.indexOf(name) + 1;
            list.add(new Intf(name, block, !block.has("shutdown"), loopback, index));
        }
        list.sort((a, b) -> {
            if (a.loopback() != b.loopback()) {
                return a.loopback() ? 1 : -1;
            }
            return Long.compare(number(a.name()), number(b.name()));
        });
        return list;
    }

    private static long number(String name) {
        return Long.parseLong(name.replaceAll("\\D+", ""));
    }

    /** Seconds since boot, for counters and uptimes. */
    long upSeconds() {
        return Math.max(0, Duration.between(boot, now()).getSeconds());
    }
}

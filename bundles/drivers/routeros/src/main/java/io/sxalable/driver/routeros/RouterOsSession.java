package io.sxalable.driver.routeros;

import io.sxalable.driver.routeros.api.ApiConnection;
import io.sxalable.driver.routeros.api.ApiResult;
import io.sxalable.driver.routeros.config.AttributeValues;
import io.sxalable.driver.routeros.config.Change;
import io.sxalable.driver.routeros.config.ConfigPlanner;
import io.sxalable.driver.routeros.config.ScriptCommand;
import io.sxalable.driver.routeros.config.ScriptParser;
import io.sxalable.driver.routeros.config.Section;
import io.sxalable.driver.routeros.config.Selector;
import io.sxalable.driver.routeros.parse.BgpNeighborsParser;
import io.sxalable.driver.routeros.parse.CliCommand;
import io.sxalable.driver.routeros.parse.CountersParser;
import io.sxalable.driver.routeros.parse.ExportNormalizer;
import io.sxalable.driver.routeros.parse.FactsParser;
import io.sxalable.driver.routeros.parse.InterfacesParser;
import io.sxalable.driver.routeros.parse.PrintRenderer;
import io.sxalable.driver.routeros.parse.Values;
import io.sxalable.sdk.driver.BgpNeighbor;
import io.sxalable.sdk.driver.BgpNeighborsReader;
import io.sxalable.sdk.driver.Capability;
import io.sxalable.sdk.driver.CommandRunner;
import io.sxalable.sdk.driver.ConfigRejectedException;
import io.sxalable.sdk.driver.ConfigSession;
import io.sxalable.sdk.driver.DeviceException;
import io.sxalable.sdk.driver.DeviceFacts;
import io.sxalable.sdk.driver.DeviceSession;
import io.sxalable.sdk.driver.DeviceTimeoutException;
import io.sxalable.sdk.driver.DriverDescriptor;
import io.sxalable.sdk.driver.FactsReader;
import io.sxalable.sdk.driver.InterfaceCounters;
import io.sxalable.sdk.driver.InterfaceCountersReader;
import io.sxalable.sdk.driver.InterfaceInfo;
import io.sxalable.sdk.driver.InterfacesReader;
import io.sxalable.sdk.driver.RunningConfigReader;
import io.sxalable.sdk.driver.UnexpectedOutputException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * A session to one RouterOS router over one API connection. Reads are fixed API prints handed to pure parsers;
 * the configuration session translates RouterOS script text into API commands ({@code config/}) and keeps the
 * inverse of everything it applied, which is what {@link #rollback()} and an expiring commit-confirm run.
 *
 * <p>Not thread-safe for callers (one at a time, as the SDK says); the commit-confirm timer is the only other
 * thread and synchronises on the session.
 */
public final class RouterOsSession implements DeviceSession, FactsReader, InterfacesReader, InterfaceCountersReader,
        BgpNeighborsReader, RunningConfigReader, CommandRunner, ConfigSession {

    private static final System.Logger LOG = System.getLogger(RouterOsSession.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Duration EXPORT_POLL = Duration.ofMillis(100);

    private final ApiConnection connection;
    private final DriverDescriptor descriptor;
    private final Duration timeout;
    private final ScheduledExecutorService timers;

    // configuration session state, guarded by "this"
    private boolean replace;
    private final List<ScriptCommand> candidate = new ArrayList<>();
    private List<ApiOp> lastCommitUndo;
    private ScheduledFuture<?> confirmTimer;
    private String expiredNote;

    RouterOsSession(ApiConnection connection, DriverDescriptor descriptor, Duration commandTimeout,
                    ScheduledExecutorService timers) {
        this.connection = connection;
        this.descriptor = descriptor;
        this.timeout = commandTimeout;
        this.timers = timers;
    }

    /** One API command of an apply or an undo. */
    record ApiOp(String command, Map<String, String> arguments) {
    }

    @Override
    public <T> Optional<T> capability(Class<T> type) {
        for (Capability c : descriptor.capabilities()) {
            if (c.type() == type && type.isInstance(this)) {
                return Optional.of(type.cast(this));
            }
        }
        return Optional.empty();
    }

    /** With {@code tls=true}: {@code SHA256:...} of the API-SSL certificate, for pinning; empty on plain API. */
    @Override
    public Optional<String> hostKeyFingerprint() {
        return connection.certificateFingerprint();
    }

    // ---------------------------------------------------------------------------------------------------------
    // reads
    // ---------------------------------------------------------------------------------------------------------

    @Override
    public DeviceFacts facts() throws DeviceException {
        Map<String, String> resource = single(FactsParser.RESOURCE);
        Optional<Map<String, String>> routerboard = optionalSingle(FactsParser.ROUTERBOARD);
        Optional<Map<String, String>> license = FactsParser.isRouterBoard(routerboard) ? Optional.empty()
                : optionalSingle(FactsParser.LICENSE);
        Map<String, String> identity = single(FactsParser.IDENTITY);
        List<String> names = new ArrayList<>();
        for (Map<String, String> i : print(InterfacesParser.INTERFACES, Map.of(".proplist", "name"), List.of())) {
            names.add(Values.required(i, "name", InterfacesParser.INTERFACES));
        }
        return FactsParser.parse(resource, routerboard, license, identity, names);
    }

    @Override
    public List<InterfaceInfo> interfaces() throws DeviceException {
        List<Map<String, String>> interfaces = print(InterfacesParser.INTERFACES,
                Map.of(".proplist", InterfacesParser.INTERFACE_PROPLIST), List.of());
        List<Map<String, String>> ipv4 = print(InterfacesParser.IPV4,
                Map.of(".proplist", InterfacesParser.ADDRESS_PROPLIST), List.of());
        ApiResult v6 = connection.call(InterfacesParser.IPV6, Map.of(".proplist", InterfacesParser.ADDRESS_PROPLIST),
                timeout);
        List<Map<String, String>> ipv6 = v6.failed() ? List.of() : v6.items();   // ipv6 package disabled (v6)
        return InterfacesParser.parse(interfaces, ipv4, ipv6, rates(interfaces));
    }

    /** Link rates of running Ethernet ports; empty (speed unknown) when the monitor is refused. */
    private Map<String, Long> rates(List<Map<String, String>> interfaces) throws DeviceException {
        List<String> running = interfaces.stream()
                .filter(i -> "ether".equals(i.get("type")) && Values.bool(i.get("running"))
                        && !Values.bool(i.get("disabled")))
                .map(i -> i.get("name")).toList();
        Map<String, Long> rates = new LinkedHashMap<>();
        if (running.isEmpty()) {
            return rates;
        }
        ApiResult monitor = connection.call(InterfacesParser.ETHERNET_MONITOR,
                ApiConnection.args("numbers", String.join(",", running), "once", "", ".proplist", "name,rate"), timeout);
        if (!monitor.failed()) {
            for (Map<String, String> m : monitor.items()) {
                InterfacesParser.rateMbps(m).ifPresent(r -> rates.put(m.get("name"), r));
            }
        }
        return rates;
    }

    @Override
    public List<InterfaceCounters> counters() throws DeviceException {
        return CountersParser.parse(print(CountersParser.COMMAND,
                ApiConnection.args("stats", "", ".proplist", CountersParser.PROPLIST), List.of()));
    }

    @Override
    public List<BgpNeighbor> bgpNeighbors() throws DeviceException {
        int major = FactsParser.majorVersion(single(FactsParser.RESOURCE).get("version"));
        if (major >= 7) {
            return BgpNeighborsParser.parseV7(print(BgpNeighborsParser.V7_SESSIONS, Map.of(), List.of()),
                    print(BgpNeighborsParser.V7_CONNECTIONS, Map.of(), List.of()),
                    print(BgpNeighborsParser.V7_TEMPLATES, Map.of(), List.of()));
        }
        return BgpNeighborsParser.parseV6(print(BgpNeighborsParser.V6_PEERS, Map.of(), List.of()),
                print(BgpNeighborsParser.V6_INSTANCES, Map.of(), List.of()));
    }

    @Override
    public String runningConfig() throws DeviceException {
        return ExportNormalizer.normalize(export("", true), "/export");
    }

    /**
     * The export of the whole configuration ({@code menu} {@code ""}) or one menu: the API's {@code /export}
     * prints nothing, so it is written to a file ({@code =file=}), read back with {@code /file/print} (which shows
     * {@code contents} for files up to about 60 KiB on RouterOS 7, 4 KiB on 6) and removed.
     */
    private String export(String menu, boolean forDriver) throws DeviceException {
        String file = "sxalable-" + HexFormat.of().formatHex(bytes(6));
        String command = menu + "/export";
        ApiResult written = connection.call(command, ApiConnection.args("file", file), timeout);
        if (written.failed()) {
            String message = "'" + command + " file=" + file + "' failed: " + written.trap().get();
            throw forDriver ? new UnexpectedOutputException(connection.endpoint() + ": " + message)
                    : new ConfigRejectedException(connection.endpoint() + ": " + message);
        }
        String name = file + ".rsc";
        long deadline = System.nanoTime() + timeout.toNanos();
        Map<String, String> found = null;
        try {
            while (true) {
                ApiResult files = connection.call("/file/print", ApiConnection.args(".proplist", ".id,name,size,contents"),
                        List.of("name=" + name, "name=flash/" + name, "#|"), timeout);
                if (files.failed()) {
                    throw new UnexpectedOutputException(connection.endpoint() + ": '/file/print' failed: "
                            + files.trap().get());
                }
                if (!files.items().isEmpty()) {
                    found = files.items().get(0);
                    long size = Values.number(found.get("size")).orElse(0L);
                    if (found.containsKey("contents") || size > 0) {
                        break;
                    }
                }
                if (System.nanoTime() + EXPORT_POLL.toNanos() > deadline) {
                    throw new DeviceTimeoutException(connection.endpoint() + ": export file " + name
                            + " did not appear within " + timeout.toMillis() + " ms");
                }
                sleep(EXPORT_POLL);
            }
        } finally {
            if (found != null && found.get(".id") != null) {
                connection.call("/file/remove", ApiConnection.args(".id", found.get(".id")), timeout);
            }
        }
        String contents = found.get("contents");
        if (contents == null) {
            throw new UnexpectedOutputException(connection.endpoint() + ": the export is " + found.get("size")
                    + " bytes; RouterOS shows file contents over the API only for small files (about 60 KiB on "
                    + "RouterOS 7, 4 KiB on 6)");
        }
        return contents;
    }

    // ---------------------------------------------------------------------------------------------------------
    // CLI
    // ---------------------------------------------------------------------------------------------------------

    /**
     * A read-only console command ({@code /ip address print where interface=ether1}, {@code /export},
     * {@code /interface ethernet monitor ether1 once}), translated to the API ({@link CliCommand}).
     */
    @Override
    public String run(String command) throws DeviceException {
        CliCommand cli = CliCommand.parse(command);
        if (cli.verb().equals("export")) {
            return ExportNormalizer.normalize(export(cli.menu(), false), cli.apiCommand());
        }
        ApiResult result = connection.call(cli.apiCommand(), cli.arguments(), cli.queries(), timeout);
        if (result.failed()) {
            throw new ConfigRejectedException(connection.endpoint() + ": RouterOS refused '" + command.strip() + "': "
                    + result.trap().get());
        }
        return PrintRenderer.render(result.items());
    }

    // ---------------------------------------------------------------------------------------------------------
    // configuration session
    // ---------------------------------------------------------------------------------------------------------

    /** Adds the commands of a RouterOS script ({@code /ip address add ...}) to the candidate. */
    @Override
    public synchronized void loadMerge(String config) throws DeviceException {
        List<ScriptCommand> commands = ScriptParser.parse(config);
        if (replace && !candidate.isEmpty()) {
            throw new ConfigRejectedException("a replace candidate is loaded; discard() it before merging");
        }
        replace = false;
        candidate.addAll(commands);
    }

    /** The desired configuration of the supported sections, in {@code /export} syntax. */
    @Override
    public synchronized void loadReplace(String config) throws DeviceException {
        List<ScriptCommand> commands = ScriptParser.parse(config);
        ConfigPlanner.replace(commands, List.of());   // rejects what a replace cannot take, before touching anything
        candidate.clear();
        candidate.addAll(commands);
        replace = true;
    }

    @Override
    public synchronized String compare() throws DeviceException {
        return ConfigPlanner.render(plan());
    }

    @Override
    public synchronized void commit(Optional<Duration> confirmTimeout) throws DeviceException {
        if (confirmTimer != null) {
            throw new ConfigRejectedException("a commit is waiting for confirmation; confirm() or rollback() it first");
        }
        List<Change> changes = plan();
        List<ApiOp> undo = apply(changes);
        candidate.clear();
        replace = false;
        lastCommitUndo = undo;
        expiredNote = null;
        if (confirmTimeout.isPresent()) {
            try {
                confirmTimer = timers.schedule(this::confirmTimeoutElapsed, confirmTimeout.get().toMillis(),
                        TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException e) {
                revert(undo, "the driver is stopping");
                lastCommitUndo = null;
                throw new ConfigRejectedException(connection.endpoint() + ": commit reverted: the driver is stopping");
            }
        }
    }

    @Override
    public synchronized void confirm() throws DeviceException {
        if (confirmTimer == null) {
            throw new ConfigRejectedException(expiredNote != null ? expiredNote : "no commit is waiting for confirmation");
        }
        confirmTimer.cancel(false);
        confirmTimer = null;
    }

    @Override
    public synchronized void discard() {
        candidate.clear();
        replace = false;
    }

    @Override
    public synchronized void rollback() throws DeviceException {
        if (confirmTimer != null) {
            confirmTimer.cancel(false);
            confirmTimer = null;
        }
        if (lastCommitUndo == null) {
            throw new ConfigRejectedException("nothing to roll back: no commit in this session (RouterOS keeps no "
                    + "configuration checkpoints the API can restore)" + (expiredNote != null ? "; " + expiredNote : ""));
        }
        List<ApiOp> undo = lastCommitUndo;
        lastCommitUndo = null;
        revert(undo, "rollback");
    }

    private synchronized void confirmTimeoutElapsed() {
        if (confirmTimer == null || lastCommitUndo == null) {
            return;
        }
        confirmTimer = null;
        List<ApiOp> undo = lastCommitUndo;
        lastCommitUndo = null;
        try {
            revert(undo, "commit-confirm timeout");
            expiredNote = "the confirm timeout elapsed; the commit was reverted";
        } catch (DeviceException | RuntimeException e) {
            expiredNote = "the confirm timeout elapsed; reverting the commit failed: " + e.getMessage();
            LOG.log(System.Logger.Level.ERROR, connection.endpoint() + ": " + expiredNote, e);
        }
    }

    private List<Change> plan() throws DeviceException {
        if (candidate.isEmpty()) {
            return List.of();
        }
        if (replace) {
            return ConfigPlanner.replace(candidate, ScriptParser.parseSupported(runningConfig()));
        }
        Set<Section> sections = new LinkedHashSet<>();
        candidate.forEach(c -> sections.add(c.section()));
        Map<Section, List<Map<String, String>>> printed = new EnumMap<>(Section.class);
        for (Section s : sections) {
            printed.put(s, print(s.apiPath() + "/print", Map.of(), List.of()));
        }
        return ConfigPlanner.merge(candidate, printed);
    }

    /** Sends the changes in order, recording the inverse of each; on the first refusal undoes what was applied. */
    private List<ApiOp> apply(List<Change> changes) throws DeviceException {
        List<ApiOp> undo = new ArrayList<>();
        try {
            for (Change c : changes) {
                applyOne(c, undo);
            }
            return undo;
        } catch (DeviceException | RuntimeException e) {
            String outcome;
            try {
                revert(undo, "failed commit");
                outcome = undo.isEmpty() ? "nothing was applied" : "the " + undo.size()
                        + " command(s) already applied were undone";
            } catch (DeviceException | RuntimeException undoFailure) {
                e.addSuppressed(undoFailure);
                outcome = "UNDO FAILED, the router is partly changed: " + undoFailure.getMessage();
            }
            if (e instanceof ConfigRejectedException) {
                throw new ConfigRejectedException(e.getMessage() + "; " + outcome, e);
            }
            throw e;
        }
    }

    private void applyOne(Change change, List<ApiOp> undo) throws DeviceException {
        Section s = change.section();
        String base = s.apiPath();
        switch (change.op()) {
            case ADD -> {
                ApiResult r = send(base + "/add", change.attributes());
                String id = r.ret().orElseThrow(() -> new UnexpectedOutputException(connection.endpoint() + ": '" + base
                        + "/add' returned no id"));
                undo.add(new ApiOp(base + "/remove", Map.of(".id", id)));
            }
            case SET -> {
                if (s.kind() == Section.Kind.SINGLETON) {
                    Map<String, String> before = single(base + "/print");
                    send(base + "/set", change.attributes());
                    undo.addAll(restore(base, Optional.empty(), before, change.attributes().keySet()));
                    return;
                }
                for (Map<String, String> item : resolve(change)) {
                    Map<String, String> args = new LinkedHashMap<>();
                    args.put(".id", item.get(".id"));
                    args.putAll(change.attributes());
                    send(base + "/set", args);
                    undo.addAll(restore(base, Optional.of(item.get(".id")), item, change.attributes().keySet()));
                }
            }
            case UNSET -> {
                for (Map<String, String> item : resolve(change)) {
                    for (String name : change.valueNames()) {
                        send(base + "/unset", ApiConnection.args("numbers", item.get(".id"), "value-name", name));
                    }
                    undo.addAll(restore(base, Optional.of(item.get(".id")), item, Set.copyOf(change.valueNames())));
                }
            }
            case REMOVE -> {
                for (Map<String, String> item : resolve(change)) {
                    send(base + "/remove", Map.of(".id", item.get(".id")));
                    Map<String, String> again = new LinkedHashMap<>(AttributeValues.configuration(s, item));
                    undo.add(new ApiOp(base + "/add", again));
                }
            }
            default -> throw new IllegalStateException(change.op().toString());
        }
    }

    /** The commands that put {@code keys} of an item back to what {@code before} printed. */
    private static List<ApiOp> restore(String base, Optional<String> id, Map<String, String> before, Set<String> keys) {
        List<ApiOp> ops = new ArrayList<>();
        Map<String, String> set = new LinkedHashMap<>();
        id.ifPresent(i -> set.put(".id", i));
        for (String key : keys) {
            String old = before.get(key);
            if (old != null && !old.isEmpty()) {
                set.put(key, old);
            } else if (id.isPresent()) {
                ops.add(new ApiOp(base + "/unset", ApiConnection.args("numbers", id.get(), "value-name", key)));
            } else {
                set.put(key, "");
            }
        }
        if (set.size() > (id.isPresent() ? 1 : 0)) {
            ops.add(0, new ApiOp(base + "/set", set));
        }
        return ops;
    }

    /** The items a change addresses, with their {@code .id}; none → the change is refused. */
    private List<Map<String, String>> resolve(Change change) throws DeviceException {
        Selector selector = change.selector().orElseThrow();
        List<Map<String, String>> matched = new ArrayList<>();
        for (Map<String, String> item : print(change.section().apiPath() + "/print", Map.of(), List.of())) {
            if (AttributeValues.matches(item, selector.criteria())) {
                matched.add(item);
            }
        }
        if (matched.isEmpty()) {
            throw new ConfigRejectedException(connection.endpoint() + ": no item in " + change.section().menu()
                    + " matches " + selector.text());
        }
        return matched;
    }

    private ApiResult send(String command, Map<String, String> arguments) throws DeviceException {
        ApiResult r = connection.call(command, arguments, timeout);
        if (r.failed()) {
            throw new ConfigRejectedException(connection.endpoint() + ": RouterOS refused '" + command + " "
                    + AttributeValues.render(withoutId(arguments)) + "': " + r.trap().get());
        }
        return r;
    }

    /** Runs undo commands newest first; every refusal is collected and reported at the end. */
    private void revert(List<ApiOp> undo, String why) throws DeviceException {
        List<String> failures = new ArrayList<>();
        for (int i = undo.size() - 1; i >= 0; i--) {
            ApiOp op = undo.get(i);
            ApiResult r = connection.call(op.command(), op.arguments(), timeout);
            if (r.failed()) {
                failures.add("'" + op.command() + " " + AttributeValues.render(withoutId(op.arguments())) + "': "
                        + r.trap().get());
            }
        }
        if (!failures.isEmpty()) {
            throw new ConfigRejectedException(connection.endpoint() + ": " + why + " incomplete; RouterOS refused "
                    + String.join("; ", failures));
        }
    }

    private static Map<String, String> withoutId(Map<String, String> arguments) {
        Map<String, String> copy = new LinkedHashMap<>(arguments);
        copy.remove(".id");
        return copy;
    }

    // ---------------------------------------------------------------------------------------------------------
    // helpers
    // ---------------------------------------------------------------------------------------------------------

    /** A fixed print of the driver; a refusal means the router is not what the driver expects. */
    private List<Map<String, String>> print(String command, Map<String, String> arguments, List<String> queries)
            throws DeviceException {
        ApiResult r = connection.call(command, arguments, queries, timeout);
        if (r.failed()) {
            throw new UnexpectedOutputException(connection.endpoint() + ": '" + command + "' failed: " + r.trap().get());
        }
        return r.items();
    }

    private Map<String, String> single(String command) throws DeviceException {
        List<Map<String, String>> items = print(command, Map.of(), List.of());
        if (items.isEmpty()) {
            throw new UnexpectedOutputException(connection.endpoint() + ": '" + command + "' returned nothing");
        }
        return items.get(0);
    }

    /** A print of a menu that not every router has ({@code no such command prefix} → empty). */
    private Optional<Map<String, String>> optionalSingle(String command) throws DeviceException {
        ApiResult r = connection.call(command, Map.of(), timeout);
        return r.failed() || r.items().isEmpty() ? Optional.empty() : Optional.of(r.items().get(0));
    }

    private static byte[] bytes(int n) {
        byte[] b = new byte[n];
        RANDOM.nextBytes(b);
        return b;
    }

    private static void sleep(Duration d) throws DeviceException {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeviceTimeoutException("interrupted while waiting for the export file");
        }
    }

    /** Reverts a commit still waiting for confirmation (like RouterOS safe mode on disconnect), then closes. */
    @Override
    public void close() {
        synchronized (this) {
            if (confirmTimer != null) {
                confirmTimer.cancel(false);
                confirmTimer = null;
                List<ApiOp> undo = lastCommitUndo;
                lastCommitUndo = null;
                if (undo != null && !connection.isClosed()) {
                    try {
                        revert(undo, "unconfirmed commit reverted on close");
                    } catch (DeviceException | RuntimeException e) {
                        LOG.log(System.Logger.Level.ERROR, connection.endpoint()
                                + ": reverting an unconfirmed commit on close failed: " + e.getMessage(), e);
                    }
                }
            }
        }
        connection.close();
    }
}

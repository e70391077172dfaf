package io.sxalable.driver.junos;

import io.sxalable.driver.junos.netconf.NetconfConnection;
import io.sxalable.driver.junos.netconf.RpcReply;
import io.sxalable.driver.junos.parse.BgpNeighborsParser;
import io.sxalable.driver.junos.parse.ChassisInventoryParser;
import io.sxalable.driver.junos.parse.CommandOutputParser;
import io.sxalable.driver.junos.parse.ConfigurationText;
import io.sxalable.driver.junos.parse.InterfaceCountersParser;
import io.sxalable.driver.junos.parse.InterfacesParser;
import io.sxalable.driver.junos.parse.SoftwareInformationParser;
import io.sxalable.driver.junos.parse.UptimeParser;
import io.sxalable.driver.junos.parse.Xml;
import io.sxalable.sdk.driver.BgpNeighbor;
import io.sxalable.sdk.driver.BgpNeighborsReader;
import io.sxalable.sdk.driver.Capability;
import io.sxalable.sdk.driver.CommandRunner;
import io.sxalable.sdk.driver.ConfigRejectedException;
import io.sxalable.sdk.driver.ConfigSession;
import io.sxalable.sdk.driver.DeviceException;
import io.sxalable.sdk.driver.DeviceFacts;
import io.sxalable.sdk.driver.DeviceSession;
import io.sxalable.sdk.driver.DriverDescriptor;
import io.sxalable.sdk.driver.FactsReader;
import io.sxalable.sdk.driver.InterfaceCounters;
import io.sxalable.sdk.driver.InterfaceCountersReader;
import io.sxalable.sdk.driver.InterfaceInfo;
import io.sxalable.sdk.driver.InterfacesReader;
import io.sxalable.sdk.driver.RunningConfigReader;
import io.sxalable.sdk.driver.UnexpectedOutputException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A NETCONF session to one Junos router. Every capability is one or two fixed RPCs whose replies go to pure
 * parsers; this class wires them and owns the configuration workflow:
 *
 * <ul>
 *   <li>the first change takes the exclusive lock on the shared candidate ({@code <lock>}); a router that another
 *       user has locked, or whose candidate holds someone else's uncommitted changes, refuses it →
 *       {@link ConfigRejectedException} naming the holder;</li>
 *   <li>{@code loadMerge} / {@code loadReplace} = {@code <load-configuration action="merge" | "override">} of
 *       curly-brace text ("replace the whole candidate" is Junos's {@code override}; its {@code replace} action only
 *       swaps {@code replace:}-tagged statements); a load Junos refuses discards the candidate (Junos may have loaded
 *       part of it) → {@link ConfigRejectedException};</li>
 *   <li>{@code commit} = {@code <commit-configuration/>}, which runs {@code commit check} first; with a timeout,
 *       {@code <confirmed/><confirm-timeout>N</confirm-timeout>} in whole minutes rounded up ({@link ConfirmTimeout})
 *       and the lock kept until {@link #confirm()} or close; {@code confirm} = another commit (refused while the
 *       candidate holds changes, so a confirmation never commits anything new);</li>
 *   <li>{@code rollback} = {@code <load-configuration rollback="n"/>} + commit, with {@code n} the most recent
 *       committed configuration that differs from the active one (a confirmation or an empty commit adds identical
 *       rollback entries);</li>
 *   <li>the lock is released after commit, discard and rollback; closing the session discards what is left
 *       uncommitted and unlocks (Junos would do the same when the session ends).</li>
 * </ul>
 */
public final class JunosSession implements DeviceSession, FactsReader, InterfacesReader, InterfaceCountersReader,
        BgpNeighborsReader, RunningConfigReader, CommandRunner, ConfigSession {

    static final String VENDOR = "Juniper Networks";
    static final String LOCK = "<lock><target><candidate/></target></lock>";
    static final String UNLOCK = "<unlock><target><candidate/></target></unlock>";
    static final String DISCARD = "<discard-changes/>";
    static final String COMMIT = "<commit-configuration/>";
    static final String COMMIT_CHECK = "<commit-configuration><check/></commit-configuration>";
    /** Junos keeps rollback 0..49. */
    static final int MAX_ROLLBACK = 49;

    private final NetconfConnection netconf;
    private final DriverDescriptor descriptor;
    private final Duration timeout;
    private boolean locked;
    private boolean closed;

    JunosSession(NetconfConnection netconf, DriverDescriptor descriptor, Duration commandTimeout) {
        this.netconf = netconf;
        this.descriptor = descriptor;
        this.timeout = commandTimeout;
    }

    /** SHA256 fingerprint of the router's SSH host key ({@code SHA256:...}), for pinning. */
    @Override
    public Optional<String> hostKeyFingerprint() {
        return Optional.ofNullable(netconf.hostKeyFingerprint());
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

    /** Whether the session negotiated RFC 6242 chunked framing (both sides offered base:1.1). */
    public boolean chunkedFraming() {
        return netconf.chunked();
    }

    // ------------------------------------------------------------------------------------------------ reads

    @Override
    public DeviceFacts facts() throws DeviceException {
        SoftwareInformationParser.Software software = SoftwareInformationParser.parse(
                read(SoftwareInformationParser.RPC, SoftwareInformationParser.REQUEST).root());
        String serial = ChassisInventoryParser.serialNumber(
                read(ChassisInventoryParser.RPC, ChassisInventoryParser.REQUEST).root());
        Duration uptime = UptimeParser.parse(read(UptimeParser.RPC, UptimeParser.REQUEST).root());
        List<String> names = InterfacesParser.names(read(InterfacesParser.RPC, InterfacesParser.TERSE).root());
        return new DeviceFacts(VENDOR, software.model().toUpperCase(Locale.ROOT), "Junos OS " + software.version(),
                serial, software.hostname(), uptime, names);
    }

    @Override
    public List<InterfaceInfo> interfaces() throws DeviceException {
        return InterfacesParser.parse(read(InterfacesParser.RPC, InterfacesParser.EXTENSIVE).root());
    }

    @Override
    public List<InterfaceCounters> counters() throws DeviceException {
        return InterfaceCountersParser.parse(read(InterfacesParser.RPC, InterfacesParser.EXTENSIVE).root());
    }

    @Override
    public List<BgpNeighbor> bgpNeighbors() throws DeviceException {
        RpcReply neighbors = netconf.rpc(BgpNeighborsParser.NEIGHBOR_RPC, BgpNeighborsParser.NEIGHBOR_REQUEST, timeout);
        if (neighbors.failed()) {
            String failure = neighbors.failure().orElse("");
            if (failure.toLowerCase(Locale.ROOT).contains("not running")) {
                return List.of();   // "BGP is not running": no BGP configured
            }
            throw new UnexpectedOutputException(netconf.endpoint() + ": '" + BgpNeighborsParser.NEIGHBOR_RPC
                    + "' failed: " + failure);
        }
        RpcReply summary = read(BgpNeighborsParser.SUMMARY_RPC, BgpNeighborsParser.SUMMARY_REQUEST);
        return BgpNeighborsParser.parse(neighbors.root(), summary.root());
    }

    @Override
    public String runningConfig() throws DeviceException {
        return ConfigurationText.running(read(ConfigurationText.RUNNING_RPC, ConfigurationText.RUNNING_REQUEST).root());
    }

    @Override
    public String run(String command) throws DeviceException {
        String show = CliGuard.requireShowCommand(command);
        RpcReply reply = netconf.rpc(CommandOutputParser.RPC, CommandOutputParser.request(show), timeout);
        if (reply.failed()) {
            throw new ConfigRejectedException(netconf.endpoint() + ": '" + show + "' refused: " + reply.failure().orElse(""));
        }
        return CommandOutputParser.text(reply.root());
    }

    // ------------------------------------------------------------------------------------------------ config

    @Override
    public void loadMerge(String config) throws DeviceException {
        load("merge", config);
    }

    /** Junos {@code load override}: the candidate becomes exactly {@code config}. */
    @Override
    public void loadReplace(String config) throws DeviceException {
        load("override", config);
    }

    private void load(String action, String config) throws DeviceException {
        if (config == null || config.isBlank()) {
            throw new ConfigRejectedException("empty configuration");
        }
        lock();
        RpcReply reply = netconf.rpc("load-configuration", ConfigurationText.loadRequest(action, config), timeout);
        long errorCount = Xml.first(reply.root(), "load-error-count").map(e -> e.getTextContent().strip())
                .filter(s -> s.matches("\\d+")).map(Long::parseLong).orElse(0L);
        if (reply.failed() || errorCount > 0) {
            String why = reply.failure().orElse(errorCount + " load errors");
            discardQuietly();
            throw new ConfigRejectedException(netconf.endpoint() + ": load " + action + " refused: " + why);
        }
    }

    /** Junos's {@code show | compare}: {@code [edit ...]} banners and {@code +}/{@code -} lines; {@code ""} if none. */
    @Override
    public String compare() throws DeviceException {
        return ConfigurationText.compare(read(ConfigurationText.RUNNING_RPC, ConfigurationText.COMPARE_REQUEST).root());
    }

    @Override
    public void commit(Optional<Duration> confirmTimeout) throws DeviceException {
        String request = COMMIT;
        if (confirmTimeout.isPresent()) {
            long minutes = ConfirmTimeout.minutes(confirmTimeout.get());
            request = "<commit-configuration><confirmed/><confirm-timeout>" + minutes
                    + "</confirm-timeout></commit-configuration>";
        }
        lock();
        change("commit-configuration", request);
        if (confirmTimeout.isEmpty()) {
            unlock();
        }
    }

    @Override
    public void confirm() throws DeviceException {
        lock();
        if (!compare().isEmpty()) {
            throw new ConfigRejectedException(netconf.endpoint() + ": the candidate holds uncommitted changes; commit "
                    + "or discard them before confirming (a confirmation must not commit anything new)");
        }
        change("commit-configuration", COMMIT);
        unlock();
    }

    @Override
    public void discard() throws DeviceException {
        change("discard-changes", DISCARD);
        unlock();
    }

    @Override
    public void rollback() throws DeviceException {
        lock();
        int n = previousConfiguration();
        change("load-configuration", ConfigurationText.loadRollbackRequest(n));
        change("commit-configuration", COMMIT);
        unlock();
    }

    /**
     * Junos {@code commit check}: validates the candidate without applying it. Not part of the SDK's ConfigSession;
     * {@link #commit} runs the same checks.
     *
     * @throws ConfigRejectedException with Junos's messages when the check fails
     */
    public void commitCheck() throws DeviceException {
        change("commit-configuration", COMMIT_CHECK);
    }

    /** The most recent rollback number whose configuration differs from the active one. */
    private int previousConfiguration() throws DeviceException {
        for (int n = 1; n <= MAX_ROLLBACK; n++) {
            RpcReply reply = netconf.rpc(ConfigurationText.RUNNING_RPC, ConfigurationText.compareCommittedRequest(n),
                    timeout);
            if (reply.failed()) {
                throw new ConfigRejectedException(netconf.endpoint() + ": no earlier configuration to roll back to ("
                        + reply.failure().orElse("") + ")");
            }
            if (!ConfigurationText.compare(reply.root()).isEmpty()) {
                return n;
            }
        }
        throw new ConfigRejectedException(netconf.endpoint() + ": rollback 1.." + MAX_ROLLBACK
                + " are all identical to the active configuration");
    }

    private void lock() throws DeviceException {
        if (!locked) {
            change("lock", LOCK);
            locked = true;
        }
    }

    private void unlock() throws DeviceException {
        if (locked) {
            locked = false;
            change("unlock", UNLOCK);
        }
    }

    private void discardQuietly() {
        try {
            netconf.rpc("discard-changes", DISCARD, timeout);
        } catch (DeviceException | RuntimeException ignored) {
            // the original failure is what the caller needs to see
        }
    }

    /** A read RPC: rpc-errors mean the router is not set up as documented (permissions, missing feature). */
    private RpcReply read(String rpc, String request) throws DeviceException {
        RpcReply reply = netconf.rpc(rpc, request, timeout);
        if (reply.failed()) {
            throw new UnexpectedOutputException(netconf.endpoint() + ": '" + rpc + "' failed: " + reply.failure().orElse(""));
        }
        return reply;
    }

    /** A configuration RPC: rpc-errors mean the router refused it; nothing was applied. */
    private RpcReply change(String rpc, String request) throws DeviceException {
        RpcReply reply = netconf.rpc(rpc, request, timeout);
        if (reply.failed()) {
            throw new ConfigRejectedException(netconf.endpoint() + ": " + rpc + " refused: " + reply.failure().orElse(""));
        }
        return reply;
    }

    /** Discards uncommitted changes and unlocks if this session holds the lock, then ends the session. Never throws. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        Duration grace = timeout.compareTo(Duration.ofSeconds(2)) < 0 ? timeout : Duration.ofSeconds(2);
        if (locked && netconf.isOpen()) {
            try {
                netconf.rpc("discard-changes", DISCARD, grace);
                netconf.rpc("unlock", UNLOCK, grace);
            } catch (DeviceException | RuntimeException ignored) {
                // the router releases the lock when the session ends
            }
            locked = false;
        }
        netconf.close(grace);
    }
}

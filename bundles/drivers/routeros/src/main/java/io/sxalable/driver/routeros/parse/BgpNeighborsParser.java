package io.sxalable.driver.routeros.parse;

import io.sxalable.sdk.driver.BgpNeighbor;
import io.sxalable.sdk.driver.BgpState;
import io.sxalable.sdk.driver.UnexpectedOutputException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * BGP neighbors of RouterOS 7 ({@value #V7_SESSIONS} + {@value #V7_CONNECTIONS} + {@value #V7_TEMPLATES}) and
 * RouterOS 6 ({@value #V6_PEERS} + {@value #V6_INSTANCES}).
 *
 * <p>RouterOS 7 splits configuration ({@code connection}) from state ({@code session}, named after its
 * connection plus {@code -<n>}). Every session becomes a neighbor: {@code established=true} → ESTABLISHED with
 * {@code uptime} and {@code prefix-count}; a session that is not established has no FSM state in the API, so it
 * is UNKNOWN (unless a {@code state} attribute is present). A single-address connection without a session (disabled,
 * or not started yet) is IDLE. Local AS: session {@code local.as}, else the connection's {@code as}, else its
 * template's. VRF: the connection's {@code vrf}; {@code main} (the global table) → {@code "default"}. Description:
 * the connection's {@code comment}, else its name. RouterOS does not count prefixes sent per session: prefixesSent
 * is always 0.
 */
public final class BgpNeighborsParser {

    public static final String V7_SESSIONS = "/routing/bgp/session/print";
    public static final String V7_CONNECTIONS = "/routing/bgp/connection/print";
    public static final String V7_TEMPLATES = "/routing/bgp/template/print";
    public static final String V6_PEERS = "/routing/bgp/peer/print";
    public static final String V6_INSTANCES = "/routing/bgp/instance/print";

    private BgpNeighborsParser() {
    }

    public static List<BgpNeighbor> parseV7(List<Map<String, String>> sessions, List<Map<String, String>> connections,
                                            List<Map<String, String>> templates) throws UnexpectedOutputException {
        List<BgpNeighbor> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Set<String> connectionsWithSession = new HashSet<>();
        for (Map<String, String> s : sessions) {
            String name = s.getOrDefault("name", "");
            Optional<Map<String, String>> connection = connectionOf(name, connections);
            connection.ifPresent(c -> connectionsWithSession.add(c.get("name")));
            String peer = host(Values.required(s, "remote.address", V7_SESSIONS));
            long localAs = as(first(s.get("local.as"), connection.map(c -> localAs(c, templates)).orElse(null)),
                    "local.as", name);
            String remoteAsText = first(s.get("remote.as"), connection.map(c -> c.get("remote.as")).orElse(null));
            long remoteAs = remoteAsText != null ? as(remoteAsText, "remote.as", name)
                    : ibgp(s, connection) ? localAs : as(null, "remote.as", name);
            boolean established = Values.bool(s.getOrDefault("established", "false"));
            BgpState state = established ? BgpState.ESTABLISHED
                    : s.containsKey("state") ? BgpState.parse(s.get("state")) : BgpState.UNKNOWN;
            Duration duration = established ? Durations.parse(s.get("uptime")).orElse(Duration.ZERO) : Duration.ZERO;
            long received = established ? Values.counter(s, "prefix-count", V7_SESSIONS) : 0;
            String vrf = vrf(first(s.get("vrf"), connection.map(c -> c.get("vrf")).orElse(null)));
            if (seen.add(vrf + " " + peer)) {
                out.add(new BgpNeighbor(vrf, peer, localAs, remoteAs, state, duration, received, 0,
                        connection.map(BgpNeighborsParser::description).orElse(name)));
            }
        }
        for (Map<String, String> c : connections) {
            String name = c.getOrDefault("name", "");
            String remote = c.get("remote.address");
            if (connectionsWithSession.contains(name) || remote == null || !singleHost(remote)) {
                continue;   // has a session, or a listen range rather than one neighbor
            }
            String peer = host(remote);
            String vrf = vrf(c.get("vrf"));
            long localAs = as(localAs(c, templates), "as", name);
            String remoteAsText = c.get("remote.as");
            long remoteAs = remoteAsText != null ? as(remoteAsText, "remote.as", name)
                    : "ibgp".equals(c.get("local.role")) ? localAs : as(null, "remote.as", name);
            if (seen.add(vrf + " " + peer)) {
                out.add(new BgpNeighbor(vrf, peer, localAs, remoteAs, BgpState.IDLE, Duration.ZERO, 0, 0,
                        description(c)));
            }
        }
        return out;
    }

    public static List<BgpNeighbor> parseV6(List<Map<String, String>> peers, List<Map<String, String>> instances)
            throws UnexpectedOutputException {
        List<BgpNeighbor> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Map<String, String> p : peers) {
            String name = p.getOrDefault("name", "");
            String peer = host(Values.required(p, "remote-address", V6_PEERS));
            String instanceName = p.getOrDefault("instance", "default");
            Map<String, String> instance = instances.stream()
                    .filter(i -> instanceName.equals(i.get("name"))).findFirst().orElse(Map.of());
            long localAs = as(instance.get("as"), "as of instance " + instanceName, name);
            long remoteAs = as(p.get("remote-as"), "remote-as", name);
            boolean disabled = Values.bool(p.getOrDefault("disabled", "false"));
            BgpState state = disabled ? BgpState.IDLE : BgpState.parse(p.getOrDefault("state", "idle"));
            boolean established = state == BgpState.ESTABLISHED;
            Duration duration = established ? Durations.parse(p.get("uptime")).orElse(Duration.ZERO) : Duration.ZERO;
            long received = established ? Values.counter(p, "prefix-count", V6_PEERS) : 0;
            String routingTable = instance.getOrDefault("routing-table", "");
            String vrf = routingTable.isBlank() ? "default" : vrf(routingTable);
            String description = p.getOrDefault("comment", "").isBlank() ? name : p.get("comment");
            if (seen.add(vrf + " " + peer)) {
                out.add(new BgpNeighbor(vrf, peer, localAs, remoteAs, state, duration, received, 0, description));
            }
        }
        return out;
    }

    /** The connection a session belongs to: the longest connection name that the session name extends by {@code -<n>}. */
    static Optional<Map<String, String>> connectionOf(String sessionName, List<Map<String, String>> connections) {
        Map<String, String> best = null;
        for (Map<String, String> c : connections) {
            String name = c.get("name");
            if (name != null && sessionName.startsWith(name + "-") && sessionName.substring(name.length() + 1)
                    .chars().allMatch(Character::isDigit) && (best == null || name.length() > best.get("name").length())) {
                best = c;
            }
        }
        return Optional.ofNullable(best);
    }

    private static String localAs(Map<String, String> connection, List<Map<String, String>> templates) {
        String as = connection.get("as");
        if (as != null && !as.isBlank()) {
            return as;
        }
        String names = connection.getOrDefault("templates", "default");
        for (String t : names.split(",")) {
            for (Map<String, String> template : templates) {
                if (t.strip().equals(template.get("name")) && template.get("as") != null) {
                    return template.get("as");
                }
            }
        }
        return null;
    }

    private static boolean ibgp(Map<String, String> session, Optional<Map<String, String>> connection) {
        String role = first(session.get("local.role"), connection.map(c -> c.get("local.role")).orElse(null));
        return role != null && role.startsWith("ibgp");
    }

    private static String description(Map<String, String> connection) {
        String comment = connection.getOrDefault("comment", "");
        return comment.isBlank() ? connection.getOrDefault("name", "") : comment;
    }

    private static String vrf(String vrf) {
        return vrf == null || vrf.isBlank() || vrf.equals("main") ? "default" : vrf;
    }

    /** {@code 10.0.12.2/32} → {@code 10.0.12.2} (connections may carry a prefix length). */
    static String host(String address) {
        String a = address.strip();
        int slash = a.indexOf('/');
        return slash >= 0 ? a.substring(0, slash) : a;
    }

    private static boolean singleHost(String address) {
        int slash = address.indexOf('/');
        if (slash < 0) {
            return !address.contains("-");
        }
        String len = address.substring(slash + 1).strip();
        return len.equals("32") || len.equals("128");
    }

    private static long as(String text, String what, String peerName) throws UnexpectedOutputException {
        if (text == null || text.isBlank()) {
            throw new UnexpectedOutputException("BGP '" + peerName + "': no " + what);
        }
        String t = text.strip();
        try {
            int dot = t.indexOf('.');
            long v = dot > 0 ? Long.parseLong(t.substring(0, dot)) * 65536 + Long.parseLong(t.substring(dot + 1))
                    : Long.parseLong(t);   // asdot "1.10" too
            if (v < 1 || v > 4_294_967_295L) {
                throw new NumberFormatException("out of range");
            }
            return v;
        } catch (NumberFormatException e) {
            throw new UnexpectedOutputException("BGP '" + peerName + "': " + what + " '" + text + "' is not an AS number");
        }
    }

    private static String first(String a, String b) {
        return a != null && !a.isBlank() ? a : b;
    }
}

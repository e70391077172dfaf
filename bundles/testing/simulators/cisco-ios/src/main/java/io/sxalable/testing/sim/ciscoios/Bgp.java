package io.sxalable.testing.sim.ciscoios;

import io.sxalable.testing.sim.ciscoios.config.ConfigNode;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The simulated BGP speaker: which configured neighbors are up, since when, and what {@code show bgp ... summary}
 * prints about them. A neighbor is Established when it is not shut down, not listed in
 * {@link Options#downPeers()}, and reachable: its address lies in the subnet of an up interface of the same VRF,
 * or it has an {@code update-source}. Otherwise it is {@code Active} (or {@code Idle (Admin)} when shut down).
 */
final class Bgp {

    /** Address families in the order {@code show bgp all summary} prints them. */
    static final List<String> FAMILIES = List.of("IPv4 Unicast", "IPv6 Unicast", "VPNv4 Unicast");

    /** One neighbor in one address family. */
    record Peer(String vrf, String address, long remoteAs, String family, String state, Duration upDown,
                boolean everUp, long prefixes, String description) {
        boolean established() {
            return state.equals("Established");
        }
    }

    private record Clock(String state, Instant since, boolean everUp) {
    }

    private final Device device;
    private final Map<String, Clock> clocks = new HashMap<>();

    Bgp(Device device) {
        this.device = device;
        synchronized (device) {
            for (Peer p : compute()) {
                // sessions that are up in the boot config came up a minute after boot
                boolean up = p.established();
                clocks.putIfAbsent(p.vrf() + "|" + p.address(), new Clock(p.state(), device.boot().plusSeconds(60), up));
            }
        }
    }

    /** The local AS, or empty when BGP is not configured ({@code % BGP not active}). */
    Optional<Long> localAs() {
        synchronized (device) {
            return device.running().routerBgp().map(r -> Long.parseLong(r.line().substring(11)));
        }
    }

    /** All neighbors, one entry per activated address family, in configuration order. */
    List<Peer> peers() {
        synchronized (device) {
            List<Peer> raw = compute();
            List<Peer> out = new ArrayList<>();
            Instant now = device.now();
            for (Peer p : raw) {
                String key = p.vrf() + "|" + p.address();
                Clock c = clocks.get(key);
                if (c == null || !c.state().equals(p.state())) {
                    boolean everUp = (c != null && c.everUp()) || p.established();
                    c = new Clock(p.state(), now, everUp);
                    clocks.put(key, c);
                }
                out.add(new Peer(p.vrf(), p.address(), p.remoteAs(), p.family(), p.state(),
                        Duration.between(c.since(), now), c.everUp(), p.prefixes(), p.description()));
            }
            return out;
        }
    }

    private List<Peer> compute() {
        Optional<ConfigNode> router = device.running().routerBgp();
        if (router.isEmpty()) {
            return List.of();
        }
        List<Peer> peers = new ArrayList<>();
        ConfigNode r = router.get();
        for (ConfigNode af : r.children()) {
            if (!af.isBlock()) {
                continue;
            }
            String line = af.line();
            String family;
            String vrf = "default";
            ConfigNode scope = r;
            if (line.equals("address-family ipv4")) {
                family = "IPv4 Unicast";
            } else if (line.equals("address-family ipv6")) {
                family = "IPv6 Unicast";
            } else if (line.startsWith("address-family ipv4 vrf ")) {
                family = "VPNv4 Unicast";
                vrf = line.substring("address-family ipv4 vrf ".length());
                scope = af;
            } else {
                continue;
            }
            for (ConfigNode n : af.children()) {
                if (!n.line().startsWith("neighbor ") || !n.line().endsWith(" activate")) {
                    continue;
                }
                String address = n.line().split(" ")[1];
                Optional<String> as = scope.childValue("neighbor " + address + " remote-as ");
                if (as.isEmpty()) {
                    continue;
                }
                String state = state(scope, vrf, address);
                long prefixes = state.equals("Established") ? prefixes(address, family) : 0;
                String description = scope.childValue("neighbor " + address + " description ").orElse("");
                peers.add(new Peer(vrf, address, Long.parseLong(as.get()), family, state, Duration.ZERO, false,
                        prefixes, description));
            }
        }
        return peers;
    }

    private String state(ConfigNode scope, String vrf, String address) {
        if (scope.has("neighbor " + address + " shutdown")) {
            return "Idle (Admin)";
        }
        if (device.options().downPeers().contains(address)) {
            return "Active";
        }
        if (scope.childValue("neighbor " + address + " update-source ").isPresent()) {
            return "Established";
        }
        for (Device.Intf intf : device.interfaces()) {
            if (!intf.adminUp() || !intf.vrf().orElse("default").equals(vrf)) {
                continue;
            }
            for (ConfigNode line : intf.config().children()) {
                String l = line.line();
                if (l.startsWith("ip address ")) {
                    String[] parts = l.split(" ");
                    if (sameSubnet(parts[2], parts[3], address)) {
                        return "Established";
                    }
                } else if (l.startsWith("ipv6 address ") && inPrefix(l.substring(13), address)) {
                    return "Established";
                }
            }
        }
        return "Active";
    }

    private long prefixes(String address, String family) {
        Integer configured = device.options().receivedPrefixes().get(address);
        if (configured != null) {
            return configured;
        }
        return 1 + Math.floorMod((address + family).hashCode(), 5);
    }

    static boolean sameSubnet(String own, String mask, String peer) {
        if (!peer.contains(".") || own.equals(peer)) {
            return false;
        }
        long m = ipv4(mask);
        return (ipv4(own) & m) == (ipv4(peer) & m);
    }

    static boolean inPrefix(String prefix, String peer) {
        if (!peer.contains(":")) {
            return false;
        }
        String[] p = prefix.split("/");
        try {
            BigInteger net = new BigInteger(1, InetAddress.getByName(p[0]).getAddress());
            BigInteger addr = new BigInteger(1, InetAddress.getByName(peer).getAddress());
            int len = Integer.parseInt(p[1]);
            return !net.equals(addr) && net.shiftRight(128 - len).equals(addr.shiftRight(128 - len));
        } catch (UnknownHostException e) {
            return false;
        }
    }

    static long ipv4(String dotted) {
        long v = 0;
        for (String o : dotted.split("\\.")) {
            v = (v << 8) | Long.parseLong(o);
        }
        return v;
    }

    // ------------------------------------------------------------------------------------------------------------
    // show bgp ... summary
    // ------------------------------------------------------------------------------------------------------------

    /**
     * The summary of the given families; with {@code headers}, each block starts with
     * {@code For address family: ...} as in {@code show bgp all summary}.
     */
    String summary(List<String> families, boolean headers) {
        Optional<Long> as = localAs();
        if (as.isEmpty()) {
            return "% BGP not active\n";
        }
        List<Peer> peers = peers();
        Map<String, List<Peer>> byFamily = new LinkedHashMap<>();
        for (String f : families) {
            byFamily.put(f, new ArrayList<>());
        }
        for (Peer p : peers) {
            if (byFamily.containsKey(p.family())) {
                byFamily.get(p.family()).add(p);
            }
        }
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, List<Peer>> e : byFamily.entrySet()) {
            int networks = localNetworks(e.getKey());
            if (headers && e.getValue().isEmpty() && networks == 0) {
                continue;   // families without neighbors or networks are not listed
            }
            if (out.length() > 0) {
                out.append('\n');
            }
            if (headers) {
                out.append("For address family: ").append(e.getKey()).append('\n');
            }
            block(out, as.get(), e.getKey(), e.getValue(), networks);
        }
        return out.toString();
    }

    private void block(StringBuilder out, long as, String family, List<Peer> peers, int localNetworks) {
        long version = device.tableVersion();
        out.append("BGP router identifier ").append(routerId()).append(", local AS number ").append(as).append('\n');
        out.append("BGP table version is ").append(version).append(", main routing table version ").append(version)
                .append('\n');
        long received = peers.stream().mapToLong(Peer::prefixes).sum();
        long networks = received + localNetworks;
        if (networks > 0) {
            long established = peers.stream().filter(Peer::established).count();
            int entry = family.startsWith("IPv6") ? 272 : 248;
            long attributes = established + (localNetworks > 0 ? 1 : 0);
            long total = networks * entry + networks * 136 + attributes * 288 + established * 24;
            out.append(networks).append(" network entries using ").append(networks * entry).append(" bytes of memory\n");
            out.append(networks).append(" path entries using ").append(networks * 136).append(" bytes of memory\n");
            out.append(attributes).append('/').append(attributes).append(" BGP path/bestpath attribute entries using ")
                    .append(attributes * 288).append(" bytes of memory\n");
            out.append(established).append(" BGP AS-PATH entries using ").append(established * 24)
                    .append(" bytes of memory\n");
            out.append("0 BGP route-map cache entries using 0 bytes of memory\n");
            out.append("0 BGP filter-list cache entries using 0 bytes of memory\n");
            out.append("BGP using ").append(total).append(" total bytes of memory\n");
            out.append("BGP activity ").append(networks).append("/0 prefixes, ").append(networks)
                    .append("/0 paths, scan interval 60 secs\n");
        }
        out.append('\n');
        out.append("Neighbor        V           AS MsgRcvd MsgSent   TblVer  InQ OutQ Up/Down  State/PfxRcd\n");
        for (Peer p : peers) {
            long minutes = p.established() ? p.upDown().toMinutes() : 0;
            long rcvd = p.established() ? 4 + minutes + p.prefixes() : 0;
            long sent = p.established() ? 5 + minutes : 0;
            long tbl = p.established() ? version : 1;
            String upDown = p.everUp() ? upDown(p.upDown()) : "never";
            String state = p.established() ? String.format(Locale.ROOT, "%8d", p.prefixes()) : p.state();
            String address = p.address();
            if (address.length() > 15) {
                out.append(address).append('\n');
                address = "";
            }
            out.append(String.format(Locale.ROOT, "%-16s%1d%13d%8d%8d%9d%5d%5d %-8s %s", address, 4, p.remoteAs(), rcvd,
                    sent, tbl, 0, 0, upDown, state)).append('\n');
        }
    }

    private int localNetworks(String family) {
        return device.running().routerBgp().map(r -> r.children().stream().filter(ConfigNode::isBlock)
                .filter(af -> familyOf(af.line()).equals(family))
                .mapToInt(af -> (int) af.children().stream().filter(c -> c.line().startsWith("network ")).count())
                .sum()).orElse(0);
    }

    private static String familyOf(String afLine) {
        if (afLine.equals("address-family ipv4")) {
            return "IPv4 Unicast";
        }
        if (afLine.equals("address-family ipv6")) {
            return "IPv6 Unicast";
        }
        return afLine.startsWith("address-family ipv4 vrf ") ? "VPNv4 Unicast" : "";
    }

    /** {@code bgp router-id}, else the highest loopback address, else the highest interface address. */
    String routerId() {
        Optional<String> configured = device.running().routerBgp().flatMap(r -> r.childValue("bgp router-id "));
        if (configured.isPresent()) {
            return configured.get();
        }
        String best = "0.0.0.0";
        boolean bestLoopback = false;
        for (Device.Intf intf : device.interfaces()) {
            Optional<String[]> primary = intf.primary();
            if (primary.isEmpty() || !intf.adminUp()) {
                continue;
            }
            String ip = primary.get()[0];
            if ((intf.loopback() && !bestLoopback) || (intf.loopback() == bestLoopback && ipv4(ip) > ipv4(best))) {
                best = ip;
                bestLoopback = intf.loopback();
            }
        }
        return best;
    }

    /** IOS's Up/Down column: {@code 00:18:04}, {@code 1d02h}, {@code 1w2d}, {@code 1y4w}. */
    static String upDown(Duration d) {
        long s = Math.max(0, d.getSeconds());
        long days = s / 86_400;
        if (days < 1) {
            return String.format(Locale.ROOT, "%02d:%02d:%02d", s / 3600, (s / 60) % 60, s % 60);
        }
        if (days < 7) {
            return String.format(Locale.ROOT, "%dd%02dh", days, (s / 3600) % 24);
        }
        if (days < 365) {
            return String.format(Locale.ROOT, "%dw%dd", days / 7, days % 7);
        }
        return String.format(Locale.ROOT, "%dy%dw", days / 365, (days % 365) / 7);
    }
}

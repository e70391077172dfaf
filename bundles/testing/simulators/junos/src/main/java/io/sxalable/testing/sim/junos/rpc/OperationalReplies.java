package io.sxalable.testing.sim.junos.rpc;

import io.sxalable.testing.sim.junos.BgpPeers;
import io.sxalable.testing.sim.junos.Datastore;
import io.sxalable.testing.sim.junos.Router;
import io.sxalable.testing.sim.junos.RouterView;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Replies of the read-only RPCs other than interfaces: {@code get-software-information},
 * {@code get-chassis-inventory}, {@code get-system-uptime-information}, {@code get-bgp-neighbor-information},
 * {@code get-bgp-summary-information}. Element names, nesting and attributes follow Junos 23.4.
 */
final class OperationalReplies {

    /** {@code name} / {@code comment} of the software packages, as {@code show version} lists them. */
    record Package(String name, String comment) {
    }

    private OperationalReplies() {
    }

    static List<Package> packages(String version) {
        String os = "[20231122.0d6aa8b_builder_stable_13]";
        String junos = "[20231207.212826_builder_junos_" + version.replaceAll("^(\\d+)\\.(\\d+)R(\\d+).*", "$1$2_r$3") + "]";
        return List.of(
                new Package("os-kernel", "JUNOS OS Kernel 64-bit  " + os),
                new Package("os-libs", "JUNOS OS libs " + os),
                new Package("os-runtime", "JUNOS OS runtime " + os),
                new Package("zoneinfo", "JUNOS OS time zone information " + os),
                new Package("netstack", "JUNOS network stack and utilities " + junos),
                new Package("junos-libs", "JUNOS libs " + junos),
                new Package("junos-runtime", "JUNOS runtime " + junos),
                new Package("junos-platform", "JUNOS Packet Forwarding Engine Simulation Package " + junos),
                new Package("vmguest", "JUNOS mx libs " + junos),
                new Package("junos-modules", "JUNOS Kernel Software Suite " + junos),
                new Package("junos", "JUNOS Base OS boot " + junos));
    }

    static String softwareInformation(Router router) {
        RouterView view = router.view();
        XmlOut out = XmlOut.inline();
        out.open("software-information");
        if (!view.hostname().isEmpty()) {
            out.leaf("host-name", view.hostname());
        }
        out.leaf("product-model", router.options().model());
        out.leaf("product-name", router.options().model());
        out.leaf("junos-version", router.options().version());
        for (Package p : packages(router.options().version())) {
            out.open("package-information");
            out.leaf("name", p.name());
            out.leaf("comment", p.comment());
            out.close("package-information");
        }
        out.close("software-information");
        return out.toString();
    }

    static String chassisInventory(Router router) {
        String model = router.options().model().toUpperCase(Locale.ROOT);
        XmlOut out = XmlOut.inline();
        out.open("chassis-inventory", "xmlns", Junos.namespace(router.options().version(), "junos-chassis"));
        out.open("chassis", "junos:style", "inventory");
        out.leaf("name", "Chassis");
        out.leaf("serial-number", router.serialNumber());
        out.leaf("description", model);
        out.open("chassis-module").leaf("name", "Midplane").close("chassis-module");
        out.open("chassis-module").leaf("name", "Routing Engine 0").leaf("description", "RE-" + model)
                .close("chassis-module");
        out.open("chassis-module").leaf("name", "CB 0").leaf("description", model + " SCB").close("chassis-module");
        out.open("chassis-module").leaf("name", "FPC 0").leaf("description", "Virtual FPC");
        out.open("chassis-sub-module").leaf("name", "CPU").leaf("version", "Rev. 1.0").leaf("part-number", "RIOT-LITE")
                .leaf("serial-number", "BUILTIN").close("chassis-sub-module");
        out.open("chassis-sub-module").leaf("name", "MIC 0").leaf("description", "Virtual");
        out.open("chassis-sub-sub-module").leaf("name", "PIC 0").leaf("part-number", "BUILTIN")
                .leaf("serial-number", "BUILTIN").leaf("description", "Virtual").close("chassis-sub-sub-module");
        out.close("chassis-sub-module");
        out.close("chassis-module");
        out.open("chassis-module").leaf("name", "Fan Tray").leaf("description", "Fan Tray").close("chassis-module");
        out.close("chassis");
        out.close("chassis-inventory");
        return out.toString();
    }

    static String uptime(Router router) {
        Instant now = router.now();
        Instant booted = router.bootedAt();
        Instant protocols = booted.plusSeconds(118);
        Datastore.Revision last = router.datastore().activeRevision();
        XmlOut out = XmlOut.inline();
        out.open("system-uptime-information", "xmlns", Junos.namespace(router.options().version(), "junos"));
        out.open("current-time");
        out.leaf("date-time", Junos.dateTime(now), "junos:seconds", Long.toString(now.getEpochSecond()));
        out.close("current-time");
        out.leaf("time-source", " LOCAL CLOCK ");
        out.open("system-booted-time");
        dateAndLength(out, booted, now);
        out.close("system-booted-time");
        out.open("protocols-started-time");
        dateAndLength(out, protocols, now);
        out.close("protocols-started-time");
        out.open("last-configured-time");
        dateAndLength(out, last.at(), now);
        out.leaf("user", last.user());
        out.close("last-configured-time");
        out.open("uptime-information");
        Duration up = Duration.between(booted, now);
        out.raw("<date-time junos:seconds=\"" + now.getEpochSecond() + "\">\n" + Junos.CLOCK.format(now)
                .toUpperCase(Locale.ROOT) + "\n</date-time>\n");
        out.raw("<up-time junos:seconds=\"" + up.getSeconds() + "\">\n" + Junos.upTime(up) + "\n</up-time>\n");
        out.raw("<active-user-count junos:format=\"1 user\">\n1\n</active-user-count>\n");
        out.raw("<load-average-1>\n0.52\n</load-average-1>\n<load-average-5>\n0.41\n</load-average-5>\n"
                + "<load-average-15>\n0.38\n</load-average-15>\n<user-table>\n</user-table>\n");
        out.close("uptime-information");
        out.close("system-uptime-information");
        return out.toString();
    }

    private static void dateAndLength(XmlOut out, Instant at, Instant now) {
        Duration ago = Duration.between(at, now);
        out.leaf("date-time", Junos.dateTime(at), "junos:seconds", Long.toString(at.getEpochSecond()));
        out.leaf("time-length", Junos.timeLength(ago), "junos:seconds", Long.toString(Math.max(0, ago.getSeconds())));
    }

    // ------------------------------------------------------------------------------------------------ BGP

    /** Generated route counts of an Established peer. */
    record Routes(String rib, long received, long accepted, long active, long advertised) {
        static Routes of(BgpPeers.Peer p) {
            String family = p.config().address().contains(":") ? "inet6.0" : "inet.0";
            String rib = p.config().instance().equals("master") ? family : p.config().instance() + "." + family;
            long received = 2 + BgpPeers.hash(p.config().address(), 9);
            long active = Math.max(1, received - BgpPeers.hash(p.config().address() + "a", 3));
            return new Routes(rib, received, received, active, 1 + BgpPeers.hash(p.config().address() + "x", 5));
        }
    }

    static String bgpNeighbors(Router router, String peerFilter) throws RpcException {
        RouterView view = router.view();
        List<BgpPeers.Peer> peers = filter(router.bgpPeers(view), peerFilter);
        Instant now = router.now();
        Map<String, Integer> groupIndex = new LinkedHashMap<>();
        XmlOut out = XmlOut.inline();
        out.open("bgp-information", "xmlns", Junos.namespace(router.options().version(), "junos-routing"));
        String localId = view.routerId().orElse("0.0.0.0");
        int peerIndex = 0;
        for (BgpPeers.Peer p : peers) {
            RouterView.BgpPeerConfig c = p.config();
            int group = groupIndex.computeIfAbsent(c.instance() + "|" + c.group(), k -> groupIndex.size());
            boolean up = p.established();
            long elapsed = Duration.between(p.since(), now).getSeconds();
            out.open("bgp-peer", "junos:style", "detail");
            out.leaf("peer-address", up ? c.address() + "+179" : c.address());
            out.leaf("peer-as", c.peerAs().map(String::valueOf).orElse("0"));
            if (up) {
                out.leaf("local-address", p.localAddress().orElseThrow() + "+" + (49152 + BgpPeers.hash(c.address(), 16000)));
            }
            out.leaf("local-as", c.localAs().map(String::valueOf).orElse("0"));
            if (!c.description().isEmpty()) {
                out.leaf("description", c.description());
            }
            out.leaf("peer-group", c.group());
            out.leaf("peer-cfg-rti", c.instance());
            out.leaf("peer-fwd-rti", c.instance());
            out.leaf("peer-type", c.internal() ? "Internal" : "External");
            out.leaf("peer-state", p.state());
            out.leaf("peer-flags", up ? "Sync" : "");
            out.leaf("last-state", up ? "OpenConfirm" : "Idle");
            out.leaf("last-event", up ? "RecvKeepAlive" : "Start");
            out.leaf("last-error", "None");
            out.open("bgp-option-information");
            out.leaf("bgp-options", "Preference PeerAS Refresh");
            out.leaf("bgp-options2", "");
            out.leaf("bgp-options-extended", "");
            out.leaf("holdtime", 90);
            out.leaf("preference", 170);
            out.close("bgp-option-information");
            out.leaf("flap-count", p.flaps());
            if (up) {
                Routes r = Routes.of(p);
                String nlri = c.address().contains(":") ? "inet6-unicast" : "inet-unicast";
                out.leaf("peer-id", c.address().contains(":") ? "0.0.0.0" : c.address());
                out.leaf("local-id", localId);
                out.leaf("active-holdtime", 90);
                out.leaf("keepalive-interval", 30);
                out.leaf("group-index", group);
                out.leaf("peer-index", peerIndex++);
                out.leaf("snmp-index", peerIndex);
                out.open("bgp-peer-iosession");
                out.leaf("iosession-thread-name", "bgpio-0");
                out.leaf("iosession-state", "Enabled");
                out.close("bgp-peer-iosession");
                out.open("bgp-bfd");
                out.leaf("bfd-configuration-state", "disabled");
                out.leaf("bfd-operational-state", "down");
                out.close("bgp-bfd");
                out.leaf("peer-restart-nlri-configured", nlri);
                out.leaf("nlri-type-peer", nlri);
                out.leaf("nlri-type-session", nlri);
                out.leaf("peer-refresh-capability", 2);
                out.leaf("peer-stale-route-time-configured", 300);
                out.empty("peer-no-restart");
                out.leaf("peer-restart-nlri-negotiated", nlri);
                out.leaf("peer-end-of-rib-received", nlri);
                out.leaf("peer-end-of-rib-sent", nlri);
                out.leaf("peer-end-of-rib-scheduled", "");
                out.empty("peer-no-llgr-restarter");
                out.leaf("peer-4byte-as-capability-advertised", c.peerAs().orElse(0L));
                out.empty("peer-addpath-not-supported");
                out.open("bgp-rib", "junos:style", "detail");
                out.leaf("name", r.rib());
                out.leaf("rib-bit", 20000);
                out.leaf("bgp-rib-state", "BGP restart is complete");
                out.leaf("send-state", "in sync");
                out.leaf("active-prefix-count", r.active());
                out.leaf("received-prefix-count", r.received());
                out.leaf("accepted-prefix-count", r.accepted());
                out.leaf("suppressed-prefix-count", 0);
                out.leaf("advertised-prefix-count", r.advertised());
                out.close("bgp-rib");
                long keepalives = elapsed / 30;
                out.leaf("last-received", elapsed % 30);
                out.leaf("last-sent", (elapsed + 11) % 30);
                out.leaf("last-checked", elapsed % 60);
                out.leaf("input-messages", keepalives + 3 + r.received() / 3);
                out.leaf("input-updates", 2 + r.received() / 3);
                out.leaf("input-refreshes", 0);
                out.leaf("input-octets", (keepalives + 1) * 19 + r.received() * 52);
                out.leaf("output-messages", keepalives + 2 + r.advertised());
                out.leaf("output-updates", 1 + r.advertised());
                out.leaf("output-refreshes", 0);
                out.leaf("output-octets", (keepalives + 1) * 19 + r.advertised() * 55);
                out.open("bgp-output-queue");
                out.leaf("number", 1);
                out.leaf("count", 0);
                out.close("bgp-output-queue");
            }
            out.close("bgp-peer");
        }
        out.close("bgp-information");
        return out.toString();
    }

    static String bgpSummary(Router router) {
        RouterView view = router.view();
        List<BgpPeers.Peer> peers = router.bgpPeers(view);
        Instant now = router.now();
        Set<String> groups = new LinkedHashSet<>();
        Map<String, long[]> ribs = new LinkedHashMap<>();   // received, accepted, active
        int down = 0;
        for (BgpPeers.Peer p : peers) {
            groups.add(p.config().instance() + "|" + p.config().group());
            if (!p.established()) {
                down++;
                continue;
            }
            Routes r = Routes.of(p);
            long[] t = ribs.computeIfAbsent(r.rib(), k -> new long[3]);
            t[0] += r.received();
            t[1] += r.accepted();
            t[2] += r.active();
        }
        if (ribs.isEmpty() && !peers.isEmpty()) {
            ribs.put("inet.0", new long[3]);
        }
        XmlOut out = XmlOut.inline();
        out.open("bgp-information", "xmlns", Junos.namespace(router.options().version(), "junos-routing"));
        out.leaf("bgp-thread-mode", "BGP I/O");
        out.leaf("thread-state", "");
        out.leaf("default-ebgp-advertise-mode", "accept");
        out.leaf("default-ebgp-receive-mode", "accept");
        out.leaf("group-count", groups.size());
        out.leaf("peer-count", peers.size());
        out.leaf("down-peer-count", down);
        for (Map.Entry<String, long[]> rib : ribs.entrySet()) {
            long[] t = rib.getValue();
            out.open("bgp-rib", "junos:style", "brief");
            out.leaf("name", rib.getKey());
            out.leaf("total-prefix-count", t[0]);
            out.leaf("received-prefix-count", t[0]);
            out.leaf("accepted-prefix-count", t[1]);
            out.leaf("active-prefix-count", t[2]);
            out.leaf("suppressed-prefix-count", 0);
            out.leaf("history-prefix-count", 0);
            out.leaf("damped-prefix-count", 0);
            out.leaf("total-external-prefix-count", t[0]);
            out.leaf("active-external-prefix-count", t[2]);
            out.leaf("accepted-external-prefix-count", t[1]);
            out.leaf("suppressed-external-prefix-count", 0);
            out.leaf("total-internal-prefix-count", 0);
            out.leaf("active-internal-prefix-count", 0);
            out.leaf("accepted-internal-prefix-count", 0);
            out.leaf("suppressed-internal-prefix-count", 0);
            out.leaf("pending-prefix-count", 0);
            out.leaf("bgp-rib-state", "BGP restart is complete");
            out.close("bgp-rib");
        }
        boolean first = true;
        for (BgpPeers.Peer p : peers) {
            RouterView.BgpPeerConfig c = p.config();
            Duration elapsed = Duration.between(p.since(), now);
            long keepalives = elapsed.getSeconds() / 30;
            List<String> attributes = new ArrayList<>(List.of("junos:style", "terse"));
            if (first) {
                attributes.add("junos:heading");
                attributes.add("Peer                     AS      InPkt     OutPkt    OutQ   Flaps Last Up/Dwn "
                        + "State|#Active/Received/Accepted/Damped...");
                first = false;
            }
            out.open("bgp-peer", attributes.toArray(String[]::new));
            out.leaf("peer-address", c.address());
            out.leaf("peer-as", c.peerAs().map(String::valueOf).orElse("0"));
            if (p.established()) {
                Routes r = Routes.of(p);
                out.leaf("input-messages", keepalives + 3 + r.received() / 3);
                out.leaf("output-messages", keepalives + 2 + r.advertised());
            } else {
                out.leaf("input-messages", 0);
                out.leaf("output-messages", 0);
            }
            out.leaf("route-queue-count", 0);
            out.leaf("flap-count", p.flaps());
            out.leaf("elapsed-time", Junos.bgpElapsed(elapsed), "junos:seconds", Long.toString(elapsed.getSeconds()));
            out.leaf("peer-state", p.state(), "junos:format", p.established() ? "Establ" : p.state());
            if (p.established()) {
                Routes r = Routes.of(p);
                out.open("bgp-rib", "junos:style", "terse");
                out.leaf("name", r.rib());
                out.leaf("active-prefix-count", r.active());
                out.leaf("received-prefix-count", r.received());
                out.leaf("accepted-prefix-count", r.accepted());
                out.leaf("suppressed-prefix-count", 0);
                out.close("bgp-rib");
            }
            out.close("bgp-peer");
        }
        out.close("bgp-information");
        return out.toString();
    }

    private static List<BgpPeers.Peer> filter(List<BgpPeers.Peer> peers, String address) throws RpcException {
        if (address.isEmpty()) {
            return peers;
        }
        List<BgpPeers.Peer> out = peers.stream().filter(p -> p.config().address().equals(address)).toList();
        if (out.isEmpty()) {
            throw new RpcException(RpcError.error("Peer " + address + " not found").withBadElement(address));
        }
        return out;
    }
}

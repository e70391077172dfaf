package io.sxalable.testing.sim.junos.rpc;

import io.sxalable.testing.sim.junos.Interfaces;
import io.sxalable.testing.sim.junos.Router;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code <get-interface-information>} in its {@code terse} and {@code extensive} forms (plain and {@code detail}
 * are answered like extensive), optionally for one {@code <interface-name>} (a physical or logical name, or a
 * {@code ge-*} wildcard). Shapes and element order follow Junos 23.4 on vMX; values come on their own lines as the
 * interface daemon prints them. Counters grow with the router's uptime.
 */
final class InterfaceReplies {

    /** Cumulative counters and rates of one physical interface. */
    record Counters(long inBytes, long outBytes, long inPackets, long outPackets, long inBps, long outBps, long inPps,
                    long outPps, long inErrors, long inDrops, long outErrors, long outDrops, long carrierTransitions) {
    }

    private InterfaceReplies() {
    }

    static String reply(Router router, boolean terse, String nameFilter) throws RpcException {
        List<Interfaces.Ifd> all = router.interfaces(router.view());
        List<Interfaces.Ifd> selected = new ArrayList<>();
        String logicalFilter = null;
        for (Interfaces.Ifd ifd : all) {
            if (nameFilter.isEmpty() || matches(nameFilter, ifd.name())) {
                selected.add(ifd);
            } else {
                for (Interfaces.Ifl ifl : ifd.units()) {
                    if (ifl.name().equals(nameFilter)) {
                        selected.add(ifd);
                        logicalFilter = nameFilter;
                    }
                }
            }
        }
        if (selected.isEmpty()) {
            throw new RpcException(RpcError.error("device " + nameFilter + " not found")
                    .withBadElement(nameFilter));
        }
        String ns = Junos.namespace(router.options().version(), "junos-interface");
        XmlOut out = XmlOut.wrapped();
        out.open("interface-information", "xmlns", ns, "junos:style", terse ? "terse" : "normal");
        Duration up = Duration.between(router.bootedAt(), router.now());
        for (Interfaces.Ifd ifd : selected) {
            if (terse) {
                terse(out, ifd, logicalFilter);
            } else {
                extensive(out, ifd, up, router.bootedAt(), logicalFilter);
            }
        }
        out.close("interface-information");
        return out.toString();
    }

    private static boolean matches(String filter, String name) {
        if (filter.endsWith("*")) {
            return name.startsWith(filter.substring(0, filter.length() - 1));
        }
        return filter.equals(name);
    }

    private static void terse(XmlOut out, Interfaces.Ifd ifd, String logicalFilter) {
        out.open("physical-interface");
        out.leaf("name", ifd.name());
        out.leaf("admin-status", ifd.adminUp() ? "up" : "down");
        out.leaf("oper-status", ifd.operUp() ? "up" : "down");
        for (Interfaces.Ifl ifl : ifd.units()) {
            if (logicalFilter != null && !logicalFilter.equals(ifl.name())) {
                continue;
            }
            out.open("logical-interface");
            out.leaf("name", ifl.name());
            out.leaf("admin-status", ifl.disabled() ? "down" : "up");
            out.leaf("oper-status", ifl.operUp() ? "up" : "down");
            out.open("filter-information").close("filter-information");
            for (Interfaces.Family f : ifl.families()) {
                out.open("address-family");
                out.leaf("address-family-name", f.name());
                for (Interfaces.Address a : f.addresses()) {
                    out.open("interface-address");
                    out.leaf("ifa-local", a.cidr().endsWith("/32") && !a.local().contains(":") ? a.local() : a.cidr(),
                            "junos:emit", "emit");
                    out.close("interface-address");
                }
                out.close("address-family");
            }
            out.close("logical-interface");
        }
        out.close("physical-interface");
    }

    private static void extensive(XmlOut out, Interfaces.Ifd ifd, Duration up, Instant booted, String logicalFilter) {
        Counters c = counters(ifd, up);
        out.open("physical-interface");
        out.leaf("name", ifd.name());
        out.leaf("admin-status", ifd.adminUp() ? "up" : "down", "junos:format", ifd.adminUp() ? "Enabled" : "Disabled");
        out.leaf("oper-status", ifd.operUp() ? "up" : "down");
        out.leaf("local-index", ifd.localIndex());
        out.leaf("snmp-index", ifd.snmpIndex());
        if (!ifd.description().isEmpty()) {
            out.leaf("description", ifd.description());
        }
        out.leaf("generation", ifd.localIndex() + 3);
        out.leaf("if-type", ifd.ifType());
        out.leaf("link-level-type", ifd.linkLevelType());
        out.leaf("mtu", ifd.mtu());
        boolean ethernet = ifd.kind() == Interfaces.Kind.ETHERNET;
        if (ethernet) {
            out.leaf("sonet-mode", "LAN-PHY");
            out.leaf("mru", ifd.mtu().matches("\\d+") ? Integer.parseInt(ifd.mtu()) + 8 : 0);
            out.leaf("source-filtering", "disabled");
        }
        out.leaf("speed", ifd.speed());
        if (ethernet) {
            out.leaf("bpdu-error", "none");
            out.leaf("ld-pdu-error", "none");
            out.leaf("eth-switch-error", "none");
            out.leaf("l2pt-error", "none");
            out.leaf("loopback", "disabled");
            out.leaf("if-flow-control", "enabled");
            out.leaf("if-auto-negotiation", "enabled");
            out.leaf("if-remote-fault", "online");
        }
        out.open("if-device-flags");
        out.empty("ifdf-present");
        out.empty("ifdf-running");
        if (!ifd.operUp()) {
            out.empty("ifdf-down");
        }
        if (ifd.kind() == Interfaces.Kind.LOOPBACK) {
            out.empty("ifdf-loopback");
        }
        out.close("if-device-flags");
        out.open("ifd-specific-config-flags");
        out.leaf("internal-flags", ethernet ? "0x200" : "0x0");
        out.close("ifd-specific-config-flags");
        out.open("if-config-flags");
        if (!ifd.adminUp()) {
            out.empty("iff-down");
        }
        out.empty("iff-snmp-traps");
        out.leaf("internal-flags", "0x4000");
        out.close("if-config-flags");
        out.open("if-media-flags");
        out.empty("ifmf-none");
        out.close("if-media-flags");
        if (ethernet) {
            out.open("physical-interface-cos-information");
            out.leaf("physical-interface-cos-hw-max-queues", 8);
            out.leaf("physical-interface-cos-use-max-queues", 8);
            out.close("physical-interface-cos-information");
        }
        ifd.mac().ifPresent(mac -> {
            out.leaf("current-physical-address", mac);
            out.leaf("hardware-physical-address", mac);
        });
        Duration flapped = up.minusSeconds(75);
        out.leaf("interface-flapped", Junos.dateTime(booted.plusSeconds(75)) + " (" + Junos.timeLength(flapped)
                + " ago)", "junos:seconds", Long.toString(Math.max(0, flapped.getSeconds())));
        out.leaf("statistics-cleared", "Never");
        out.open("traffic-statistics", "junos:style", "verbose");
        out.leaf("input-bytes", c.inBytes());
        out.leaf("input-bps", c.inBps());
        out.leaf("output-bytes", c.outBytes());
        out.leaf("output-bps", c.outBps());
        out.leaf("input-packets", c.inPackets());
        out.leaf("input-pps", c.inPps());
        out.leaf("output-packets", c.outPackets());
        out.leaf("output-pps", c.outPps());
        out.open("ipv6-transit-statistics");
        out.leaf("input-bytes", c.inBytes() / 20);
        out.leaf("input-bps", c.inBps() / 20);
        out.leaf("output-bytes", c.outBytes() / 20);
        out.leaf("output-bps", c.outBps() / 20);
        out.leaf("input-packets", c.inPackets() / 20);
        out.leaf("input-pps", c.inPps() / 20);
        out.leaf("output-packets", c.outPackets() / 20);
        out.leaf("output-pps", c.outPps() / 20);
        out.close("ipv6-transit-statistics");
        out.close("traffic-statistics");
        out.open("input-error-list");
        out.leaf("input-errors", c.inErrors());
        out.leaf("input-drops", c.inDrops());
        out.leaf("framing-errors", 0);
        out.leaf("input-runts", 0);
        out.leaf("input-discards", 0);
        out.leaf("input-l3-incompletes", 0);
        out.leaf("input-l2-channel-errors", 0);
        out.leaf("input-l2-mismatch-timeouts", 0);
        out.leaf("input-fifo-errors", 0);
        out.leaf("input-resource-errors", 0);
        out.close("input-error-list");
        out.open("output-error-list");
        out.leaf("carrier-transitions", c.carrierTransitions());
        out.leaf("output-errors", c.outErrors());
        out.leaf("output-collisions", 0);
        out.leaf("output-drops", c.outDrops());
        out.leaf("aged-packets", 0);
        out.leaf("mtu-errors", 0);
        out.leaf("hs-link-crc-errors", 0);
        out.leaf("output-fifo-errors", 0);
        out.leaf("output-resource-errors", 0);
        out.close("output-error-list");
        if (ethernet) {
            out.open("ethernet-mac-statistics", "junos:style", "verbose");
            out.leaf("input-bytes", c.inBytes() + c.inPackets() * 4);
            out.leaf("output-bytes", c.outBytes() + c.outPackets() * 4);
            out.leaf("input-packets", c.inPackets());
            out.leaf("output-packets", c.outPackets());
            out.leaf("input-unicasts", c.inPackets() - c.inPackets() / 50);
            out.leaf("output-unicasts", c.outPackets() - c.outPackets() / 60);
            out.leaf("input-broadcasts", c.inPackets() / 100);
            out.leaf("output-broadcasts", c.outPackets() / 120);
            out.leaf("input-multicasts", c.inPackets() / 50 - c.inPackets() / 100);
            out.leaf("output-multicasts", c.outPackets() / 60 - c.outPackets() / 120);
            out.leaf("input-crc-errors", 0);
            out.leaf("output-crc-errors", 0);
            out.leaf("input-fifo-errors", 0);
            out.leaf("output-fifo-errors", 0);
            out.leaf("input-mac-control-frames", 0);
            out.leaf("output-mac-control-frames", 0);
            out.leaf("input-mac-pause-frames", 0);
            out.leaf("output-mac-pause-frames", 0);
            out.leaf("input-oversized-frames", 0);
            out.leaf("input-jabber-frames", 0);
            out.leaf("input-fragment-frames", 0);
            out.leaf("input-vlan-tagged-frames", 0);
            out.leaf("input-code-violations", 0);
            out.close("ethernet-mac-statistics");
            out.leaf("interface-transmit-statistics", "Disabled");
        }
        for (Interfaces.Ifl ifl : ifd.units()) {
            if (logicalFilter == null || logicalFilter.equals(ifl.name())) {
                logical(out, ifl, c);
            }
        }
        out.close("physical-interface");
    }

    private static void logical(XmlOut out, Interfaces.Ifl ifl, Counters physical) {
        out.open("logical-interface");
        out.leaf("name", ifl.name());
        out.leaf("local-index", ifl.localIndex());
        out.leaf("snmp-index", ifl.snmpIndex());
        out.leaf("generation", ifl.localIndex() - 180);
        if (!ifl.description().isEmpty()) {
            out.leaf("description", ifl.description());
        }
        out.open("if-config-flags");
        if (ifl.disabled()) {
            out.empty("iff-down");
        } else if (ifl.operUp()) {
            out.empty("iff-up");
        } else {
            out.empty("iff-device-down");
        }
        out.empty("iff-snmp-traps");
        out.leaf("internal-flags", "0x4004000");
        out.close("if-config-flags");
        out.leaf("encapsulation", ifl.encapsulation());
        out.open("policer-overhead").close("policer-overhead");
        long share = ifl.name().endsWith(".0") ? 1 : 50;
        out.open("traffic-statistics", "junos:style", "verbose");
        out.leaf("input-bytes", physical.inBytes() / share);
        out.leaf("output-bytes", physical.outBytes() / share);
        out.leaf("input-packets", physical.inPackets() / share);
        out.leaf("output-packets", physical.outPackets() / share);
        out.close("traffic-statistics");
        out.open("local-traffic-statistics");
        out.leaf("input-bytes", physical.inBytes() / share / 10);
        out.leaf("output-bytes", physical.outBytes() / share / 10);
        out.leaf("input-packets", physical.inPackets() / share / 10);
        out.leaf("output-packets", physical.outPackets() / share / 10);
        out.close("local-traffic-statistics");
        out.open("transit-traffic-statistics");
        out.leaf("input-bytes", physical.inBytes() / share - physical.inBytes() / share / 10);
        out.leaf("input-bps", physical.inBps() / share);
        out.leaf("output-bytes", physical.outBytes() / share - physical.outBytes() / share / 10);
        out.leaf("output-bps", physical.outBps() / share);
        out.leaf("input-packets", physical.inPackets() / share - physical.inPackets() / share / 10);
        out.leaf("input-pps", physical.inPps() / share);
        out.leaf("output-packets", physical.outPackets() / share - physical.outPackets() / share / 10);
        out.leaf("output-pps", physical.outPps() / share);
        out.close("transit-traffic-statistics");
        out.open("filter-information").close("filter-information");
        for (Interfaces.Family f : ifl.families()) {
            out.open("address-family");
            out.leaf("address-family-name", f.name());
            out.leaf("mtu", f.mtu());
            if (f.name().equals("inet") || f.name().equals("inet6")) {
                out.leaf("max-local-cache", 100000);
                out.leaf("new-hold-limit", 100000);
                out.leaf("intf-curr-cnt", f.addresses().isEmpty() ? 0 : 1);
                out.leaf("intf-unresolved-cnt", 0);
                out.leaf("intf-dropcnt", 0);
            }
            out.open("address-family-flags");
            if (f.name().equals("inet")) {
                out.empty("ifff-sendbcast-pkt-to-re");
            } else if (f.name().equals("multiservice") || f.name().equals("vpls")) {
                out.empty("ifff-is-primary");
            } else {
                out.empty("ifff-none");
            }
            out.close("address-family-flags");
            for (Interfaces.Address a : f.addresses()) {
                out.open("interface-address");
                out.open("ifa-flags");
                if (a.primary()) {
                    out.empty("ifaf-current-preferred");
                    out.empty("ifaf-current-primary");
                } else {
                    out.empty("ifaf-current-preferred");
                }
                out.close("ifa-flags");
                a.destination().ifPresent(d -> out.leaf("ifa-destination", d));
                out.leaf("ifa-local", a.local());
                a.broadcast().ifPresent(b -> out.leaf("ifa-broadcast", b));
                out.close("interface-address");
            }
            out.close("address-family");
        }
        out.close("logical-interface");
    }

    /** Deterministic, growing counters: a steady rate since boot on links that are up. */
    static Counters counters(Interfaces.Ifd ifd, Duration up) {
        long t = Math.max(0, up.getSeconds());
        int seed = ifd.seed();
        long inRate;
        long outRate;
        switch (ifd.kind()) {
            case ETHERNET -> {
                inRate = ifd.operUp() ? 1200 + seed * 37L : 0;
                outRate = ifd.operUp() ? 900 + seed * 29L : 0;
            }
            case LOOPBACK -> {
                inRate = 40;
                outRate = 40;
            }
            default -> {
                inRate = ifd.name().equals("em1") ? 2100 : 0;
                outRate = ifd.name().equals("em1") ? 1900 : 0;
            }
        }
        long inBytes = inRate * t + (inRate == 0 ? 0 : seed * 1000L);
        long outBytes = outRate * t + (outRate == 0 ? 0 : seed * 900L);
        long inPackets = inBytes / 412;
        long outPackets = outBytes / 377;
        boolean noisy = ifd.kind() == Interfaces.Kind.ETHERNET && seed % 2 == 1;
        return new Counters(inBytes, outBytes, inPackets, outPackets, inRate * 8, outRate * 8, inRate / 412,
                outRate / 377, noisy ? 3 : 0, noisy ? 12 : 0, 0, noisy ? 1 : 0,
                ifd.kind() == Interfaces.Kind.ETHERNET ? (ifd.operUp() ? 1 : 2) : 0);
    }
}

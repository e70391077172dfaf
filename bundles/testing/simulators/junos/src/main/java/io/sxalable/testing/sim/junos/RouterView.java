package io.sxalable.testing.sim.junos;

import io.sxalable.testing.sim.junos.config.ConfigNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What the operational commands of a router see, derived from its active configuration: host name, configured
 * interfaces and units with their addresses, BGP peers per routing instance. Pure: built fresh for every reply.
 */
public record RouterView(String hostname, Map<String, InterfaceConfig> interfaces, List<BgpPeerConfig> bgpPeers,
                         Optional<String> routerId, Optional<Long> autonomousSystem,
                         Map<String, String> unitInstances) {

    /** {@code interfaces <name> { ... }}. */
    public record InterfaceConfig(String name, String description, boolean disabled, OptionalInt mtu,
                                  List<UnitConfig> units) {
    }

    /** {@code unit N { ... }}: families in configuration order with their addresses. */
    public record UnitConfig(int unit, String description, boolean disabled, Map<String, FamilyConfig> families) {
    }

    /** {@code family inet { address ...; mtu ...; }}. */
    public record FamilyConfig(String name, List<String> addresses, OptionalInt mtu) {
    }

    /**
     * One configured BGP neighbor.
     *
     * @param instance {@code master} or the routing-instance name
     * @param peerAs   empty when neither the neighbor nor the group says (commit check refuses that for eBGP)
     */
    public record BgpPeerConfig(String instance, String group, String address, Optional<Long> peerAs,
                                Optional<Long> localAs, boolean internal, String description) {
    }

    public static RouterView of(ConfigNode config) {
        String hostname = config.at("system").flatMap(s -> s.leaf("host-name")).orElse("");
        Map<String, InterfaceConfig> interfaces = new LinkedHashMap<>();
        config.at("interfaces").ifPresent(ifs -> {
            for (ConfigNode ifd : ifs.children()) {
                if (ifd.inactive()) {
                    continue;
                }
                List<UnitConfig> units = new ArrayList<>();
                for (ConfigNode unit : ifd.all("unit")) {
                    Map<String, FamilyConfig> families = new LinkedHashMap<>();
                    for (ConfigNode family : unit.all("family")) {
                        List<String> addresses = new ArrayList<>();
                        for (ConfigNode a : family.all("address")) {
                            a.value().ifPresent(addresses::add);
                        }
                        String name = family.value().orElse("");
                        families.put(name, new FamilyConfig(name, addresses, intLeaf(family, "mtu")));
                    }
                    units.add(new UnitConfig(Integer.parseInt(unit.value().orElse("0")),
                            unit.leaf("description").orElse(""), unit.has("disable"), families));
                }
                interfaces.put(ifd.keyword(), new InterfaceConfig(ifd.keyword(), ifd.leaf("description").orElse(""),
                        ifd.has("disable"), intLeaf(ifd, "mtu"), units));
            }
        });
        Optional<Long> as = config.at("routing-options").flatMap(r -> r.leaf("autonomous-system")).map(RouterView::asn);
        List<BgpPeerConfig> peers = new ArrayList<>();
        config.at("protocols", "bgp").ifPresent(bgp -> peers(bgp, "master", as, peers));
        Map<String, String> unitInstances = new LinkedHashMap<>();
        config.at("routing-instances").ifPresent(ris -> {
            for (ConfigNode ri : ris.children()) {
                if (ri.inactive()) {
                    continue;
                }
                String name = ri.keyword();
                for (ConfigNode i : ri.all("interface")) {
                    i.value().ifPresent(unit -> unitInstances.put(unit, name));
                }
                Optional<Long> riAs = ri.at("routing-options").flatMap(r -> r.leaf("autonomous-system"))
                        .map(RouterView::asn).or(() -> as);
                ri.at("protocols", "bgp").ifPresent(bgp -> peers(bgp, name, riAs, peers));
            }
        });
        return new RouterView(hostname, interfaces, peers,
                config.at("routing-options").flatMap(r -> r.leaf("router-id")), as, unitInstances);
    }

    private static void peers(ConfigNode bgp, String instance, Optional<Long> as, List<BgpPeerConfig> out) {
        Optional<Long> bgpLocalAs = bgp.leaf("local-as").map(RouterView::asn);
        for (ConfigNode group : bgp.all("group")) {
            boolean internal = group.leaf("type").map("internal"::equals).orElse(false);
            Optional<Long> groupAs = group.leaf("peer-as").map(RouterView::asn);
            Optional<Long> groupLocalAs = group.leaf("local-as").map(RouterView::asn).or(() -> bgpLocalAs);
            for (ConfigNode n : group.all("neighbor")) {
                Optional<Long> localAs = n.leaf("local-as").map(RouterView::asn).or(() -> groupLocalAs).or(() -> as);
                Optional<Long> peerAs = n.leaf("peer-as").map(RouterView::asn).or(() -> groupAs);
                if (internal && peerAs.isEmpty()) {
                    peerAs = localAs;
                }
                out.add(new BgpPeerConfig(instance, group.value().orElse(""), n.value().orElse(""), peerAs, localAs,
                        internal, n.leaf("description").or(() -> group.leaf("description")).orElse("")));
            }
        }
    }

    /** Junos writes 4-byte AS numbers plain ({@code 4200000001}) or as-dot ({@code 64086.59905}). */
    static long asn(String text) {
        int dot = text.indexOf('.');
        if (dot > 0) {
            return Long.parseLong(text.substring(0, dot)) * 65536 + Long.parseLong(text.substring(dot + 1));
        }
        return Long.parseLong(text);
    }

    private static OptionalInt intLeaf(ConfigNode node, String keyword) {
        Optional<String> v = node.leaf(keyword);
        if (v.isPresent() && v.get().matches("\\d{1,6}")) {
            return OptionalInt.of(Integer.parseInt(v.get()));
        }
        return OptionalInt.empty();
    }

    /** The routing instance a logical interface belongs to ({@code master} unless a routing-instance lists it). */
    public String instanceOf(String logicalInterface) {
        return unitInstances.getOrDefault(logicalInterface, "master");
    }
}

package io.sxalable.testing.sim.junos.config;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The slice of the Junos schema the simulator enforces. Load time ({@link #checkLoad}): top-level statements,
 * and the {@code interfaces} and {@code protocols bgp} hierarchies statement by statement, so that a misspelt or
 * unknown statement is refused with {@code syntax error} like on a router; other hierarchies are accepted as
 * written. Commit time ({@link #checkCommit}): the semantic checks {@code commit check} runs, currently the BGP
 * peer-AS rule.
 */
public final class ConfigSchema {

    /** One commit-check error: {@code <error-path>} and {@code <error-message>}. */
    public record CommitError(String path, String message) {
    }

    private static final Set<String> TOP = Set.of("version", "groups", "apply-groups", "system", "chassis",
            "services", "security", "interfaces", "snmp", "forwarding-options", "routing-options", "protocols",
            "policy-options", "class-of-service", "firewall", "routing-instances", "vlans", "event-options",
            "access", "applications", "bridge-domains", "switch-options", "multi-chassis", "logical-systems",
            "access-profile", "poe", "virtual-chassis", "ethernet-switching-options", "dynamic-profiles", "schedulers");

    private static final Set<String> INTERFACE = Set.of("description", "disable", "mtu", "unit", "vlan-tagging",
            "flexible-vlan-tagging", "encapsulation", "gigether-options", "ether-options", "speed", "link-mode",
            "hold-time", "mac", "native-vlan-id", "aggregated-ether-options", "apply-groups", "traceoptions",
            "damping", "optics-options", "esi", "per-unit-scheduler", "hierarchical-scheduler");
    private static final Set<String> UNIT = Set.of("description", "disable", "family", "vlan-id", "encapsulation",
            "vlan-tags", "peer-unit", "apply-groups", "bandwidth", "proxy-arp", "vlan-id-list");
    private static final Set<String> FAMILIES = Set.of("inet", "inet6", "iso", "mpls", "ethernet-switching",
            "bridge", "vpls", "ccc", "multiservice", "evpn");
    private static final Set<String> FAMILY_INET = Set.of("address", "mtu", "filter", "dhcp", "no-redirects",
            "unnumbered-address", "rpf-check", "sampling", "policer", "apply-groups", "dad-disable", "primary",
            "targeted-broadcast", "accounting");
    private static final Set<String> BGP = Set.of("group", "local-as", "log-updown", "traceoptions", "hold-time",
            "export", "import", "family", "local-address", "graceful-restart", "multipath", "apply-groups",
            "bfd-liveness-detection", "precision-timers", "path-selection", "damping", "advertise-inactive");
    private static final Set<String> BGP_GROUP = Set.of("type", "peer-as", "neighbor", "description",
            "local-address", "export", "import", "family", "local-as", "hold-time", "multihop",
            "authentication-key", "bfd-liveness-detection", "cluster", "multipath", "passive", "remove-private",
            "traceoptions", "apply-groups", "log-updown", "graceful-restart", "as-override", "advertise-peer-as",
            "allow", "damping", "tcp-mss");
    private static final Set<String> BGP_NEIGHBOR = Set.of("description", "peer-as", "local-address", "export",
            "import", "family", "local-as", "hold-time", "authentication-key", "multihop", "passive",
            "bfd-liveness-detection", "apply-groups", "log-updown", "graceful-restart", "as-override",
            "advertise-peer-as", "remove-private", "tcp-mss");

    private static final Pattern INTERFACE_NAME = Pattern.compile(
            "(ge|xe|et|fe|ae|lo|fxp|em|irb|vlan|reth|st|gr|lt|ip|vtep|me|mge|so|vme|lsq|sp|ms|si|ps|rlsq|fab|swfab|"
                    + "vt|pp|pe|pd|mt|dsc)(-\\d+/\\d+/\\d+(:\\d+)?|\\d+)|interface-range|traceoptions|apply-groups");

    private ConfigSchema() {
    }

    /** Load-time check of a parsed text (may still contain {@code delete:} tags). */
    public static void checkLoad(ConfigNode loaded) throws ConfigSyntaxException {
        for (ConfigNode top : loaded.children()) {
            if (!TOP.contains(top.keyword())) {
                throw new ConfigSyntaxException("syntax error", top.keyword(), "[edit]", 0);
            }
            if (top.keyword().equals("interfaces")) {
                checkInterfaces(top, List.of("interfaces"));
            } else if (top.keyword().equals("protocols")) {
                for (ConfigNode p : top.children()) {
                    if (p.keyword().equals("bgp")) {
                        checkBgp(p, List.of("protocols", "bgp"));
                    }
                }
            }
        }
    }

    private static void checkInterfaces(ConfigNode interfaces, List<String> path) throws ConfigSyntaxException {
        for (ConfigNode ifd : interfaces.children()) {
            if (!INTERFACE_NAME.matcher(ifd.keyword()).matches()) {
                throw new ConfigSyntaxException("invalid interface type in '" + ifd.keyword() + "'", ifd.keyword(),
                        ConfigParser.editPath(path), 0);
            }
            List<String> ifdPath = append(path, ifd);
            for (ConfigNode s : ifd.children()) {
                allow(INTERFACE, s, ifdPath);
                if (s.keyword().equals("unit")) {
                    String unit = s.value().orElse("");
                    if (!unit.matches("\\d{1,5}") || Long.parseLong(unit) > 1_073_741_823L) {
                        throw new ConfigSyntaxException("syntax error", unit.isEmpty() ? "unit" : unit,
                                ConfigParser.editPath(ifdPath), 0);
                    }
                    checkUnit(s, append(ifdPath, s));
                }
            }
        }
    }

    private static void checkUnit(ConfigNode unit, List<String> path) throws ConfigSyntaxException {
        for (ConfigNode s : unit.children()) {
            allow(UNIT, s, path);
            if (s.keyword().equals("family")) {
                String family = s.value().orElse("");
                if (!FAMILIES.contains(family)) {
                    throw new ConfigSyntaxException("syntax error", family.isEmpty() ? "family" : family,
                            ConfigParser.editPath(path), 0);
                }
                List<String> familyPath = append(path, s);
                if (family.equals("inet") || family.equals("inet6")) {
                    for (ConfigNode f : s.children()) {
                        allow(FAMILY_INET, f, familyPath);
                        if (f.keyword().equals("address") && f.tag() != ConfigNode.Tag.DELETE) {
                            String address = f.value().orElse("");
                            if (!validAddress(address, family.equals("inet6"))) {
                                throw new ConfigSyntaxException("invalid prefix: " + address, address,
                                        ConfigParser.editPath(familyPath), 0);
                            }
                        }
                    }
                }
            }
        }
    }

    private static void checkBgp(ConfigNode bgp, List<String> path) throws ConfigSyntaxException {
        for (ConfigNode s : bgp.children()) {
            allow(BGP, s, path);
            if (s.keyword().equals("group")) {
                List<String> groupPath = append(path, s);
                for (ConfigNode g : s.children()) {
                    allow(BGP_GROUP, g, groupPath);
                    if (g.keyword().equals("neighbor")) {
                        String address = g.value().orElse("");
                        if (!validAddress(address, address.contains(":")) || address.contains("/")) {
                            throw new ConfigSyntaxException("syntax error", address.isEmpty() ? "neighbor" : address,
                                    ConfigParser.editPath(groupPath), 0);
                        }
                        List<String> neighborPath = append(groupPath, g);
                        for (ConfigNode n : g.children()) {
                            allow(BGP_NEIGHBOR, n, neighborPath);
                        }
                    }
                    if (g.keyword().equals("type")) {
                        String type = g.value().orElse("");
                        if (!type.equals("internal") && !type.equals("external")) {
                            throw new ConfigSyntaxException("syntax error", type.isEmpty() ? "type" : type,
                                    ConfigParser.editPath(groupPath), 0);
                        }
                    }
                }
            }
        }
    }

    /** Commit-time checks on the whole candidate; empty when {@code commit check} passes. */
    public static List<CommitError> checkCommit(ConfigNode candidate) {
        List<CommitError> errors = new ArrayList<>();
        candidate.at("protocols", "bgp").ifPresent(bgp -> {
            for (ConfigNode group : bgp.all("group")) {
                String groupName = group.value().orElse("");
                boolean internal = group.leaf("type").map("internal"::equals).orElse(false);
                for (ConfigNode neighbor : group.all("neighbor")) {
                    String address = neighbor.value().orElse("");
                    boolean hasAs = neighbor.has("peer-as") || group.has("peer-as");
                    if (!internal && !hasAs) {
                        errors.add(new CommitError("[edit protocols bgp group " + groupName + " neighbor " + address + "]",
                                "Error in neighbor " + address + " of group " + groupName + ":\n"
                                        + "peer AS number must be configured for an external peer"));
                    }
                }
            }
        });
        return errors;
    }

    private static void allow(Set<String> keywords, ConfigNode s, List<String> path) throws ConfigSyntaxException {
        if (!keywords.contains(s.keyword())) {
            throw new ConfigSyntaxException("syntax error", s.keyword(), ConfigParser.editPath(path), 0);
        }
    }

    private static List<String> append(List<String> path, ConfigNode node) {
        List<String> next = new ArrayList<>(path);
        next.add(ConfigPrinter.header(node.words()));
        return next;
    }

    static boolean validAddress(String text, boolean v6) {
        String address = text;
        int slash = text.indexOf('/');
        if (slash >= 0) {
            String length = text.substring(slash + 1);
            if (!length.matches("\\d{1,3}") || Integer.parseInt(length) > (v6 ? 128 : 32)) {
                return false;
            }
            address = text.substring(0, slash);
        }
        if (v6) {
            if (!address.contains(":") || !address.matches("[0-9A-Fa-f:.]+")) {
                return false;
            }
        } else if (!address.matches("(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}")) {
            return false;
        }
        try {
            InetAddress.getByName(address);   // literals only (checked above): never a DNS look-up
            return true;
        } catch (UnknownHostException e) {
            return false;
        }
    }
}

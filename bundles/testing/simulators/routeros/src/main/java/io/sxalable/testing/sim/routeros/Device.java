package io.sxalable.testing.sim.routeros;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The state of one simulated RouterOS 7 router and the API commands on it. Menus hold {@link Item}s with
 * {@code .id}s; {@code /export} is generated from them ({@link Exporter}); BGP sessions are derived from the
 * configured connections and the simulated far ends ({@link Options.Peer}). All methods synchronise on the device:
 * several API connections may use it at once, as on a real router.
 */
final class Device {

    /** What a command answered; {@code streaming}: the command keeps running (a monitor without {@code once}). */
    record Result(List<List<String>> sentences, boolean streaming) {
    }

    static final String NO_SUCH_PREFIX = "no such command prefix";
    static final String NO_SUCH_COMMAND = "no such command";
    static final String UNKNOWN_PARAMETER = "unknown parameter";
    static final String NO_SUCH_ITEM = "no such item";

    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final Set<String> BOOLEAN_ATTRIBUTES = Set.of("disabled", "advertise", "eui-64", "no-dad",
            "multihop", "connect", "listen");
    private static final Set<String> CONNECTION_ATTRIBUTES = Set.of("name", "as", "local.role", "local.address",
            "local.port", "local.ttl", "remote.address", "remote.as", "remote.port", "remote.ttl", "templates",
            "router-id", "routing-table", "vrf", "comment", "disabled", "hold-time", "keepalive-time", "multihop",
            "connect", "listen", "input.filter", "output.filter-chain", "output.network", "output.default-originate",
            "address-families", "nexthop-choice", "cluster-id", "use-bfd", "add-path-out", "tcp-md5-key");
    private static final Set<String> TEMPLATE_ATTRIBUTES = Set.of("name", "as", "router-id", "routing-table", "vrf",
            "comment", "disabled", "hold-time", "keepalive-time", "multihop", "input.filter", "output.filter-chain",
            "output.network", "output.default-originate", "address-families", "nexthop-choice", "cluster-id",
            "use-bfd", "add-path-out");
    private static final Set<String> ROLES = Set.of("ebgp", "ibgp", "ebgp-customer", "ebgp-peer", "ebgp-provider",
            "ebgp-rs", "ebgp-rs-client", "ibgp-rr", "ibgp-rr-client");
    private static final Set<String> MENUS = Set.of("/system/resource", "/system/routerboard", "/system/license",
            "/system/identity", "/interface", "/interface/ethernet", "/ip/address", "/ipv6/address",
            "/routing/bgp/template", "/routing/bgp/connection", "/routing/bgp/session", "/file", "");

    final Options options;
    private final int index;
    private final long startNanos = System.nanoTime();
    private String identity;
    final ItemList interfaces = new ItemList(1);
    final ItemList ipv4 = new ItemList(1);
    final ItemList ipv6 = new ItemList(1);
    final ItemList templates = new ItemList(1);
    final ItemList connections = new ItemList(1);
    private final ItemList files = new ItemList(1);
    private final Map<String, Options.Peer> peers = new LinkedHashMap<>();

    Device(Options options, int index) {
        this.options = options;
        this.index = index;
        this.identity = options.identity();
        int n = 0;
        for (Options.Port p : options.ports()) {
            Item i = interfaces.create();
            i.attributes.put("name", p.name());
            if (p.type().equals("ether")) {
                i.attributes.put("default-name", p.name());
            }
            i.attributes.put("type", p.type());
            i.attributes.put("mtu", Integer.toString(p.mtu()));
            i.attributes.put("mac-address", p.type().equals("loopback") ? "00:00:00:00:00:00" : mac(++n));
            i.attributes.put("running", Boolean.toString(p.running()));
            i.attributes.put("disabled", "false");
            i.attributes.put("rate", p.rate());
            if (!p.comment().isEmpty()) {
                i.attributes.put("comment", p.comment());
            }
        }
        for (Item port : interfaces.items) {
            if ("ether".equals(port.get("type"))) {
                Item ll = ipv6.create();
                ll.attributes.put("address", linkLocal(port.get("mac-address")) + "/64");
                ll.attributes.put("interface", port.get("name"));
                ll.attributes.put("dynamic", "true");
                ll.attributes.put("link-local", "true");
                ll.attributes.put("advertise", "false");
                ll.attributes.put("disabled", "false");
            }
        }
        for (Options.Address a : options.ipv4()) {
            Item i = ipv4.create();
            i.attributes.put("address", a.address());
            i.attributes.put("network", network(a.address()));
            i.attributes.put("interface", a.port());
            i.attributes.put("disabled", "false");
            if (!a.comment().isEmpty()) {
                i.attributes.put("comment", a.comment());
            }
        }
        for (Options.Address a : options.ipv6()) {
            Item i = ipv6.create();
            i.attributes.put("address", a.address());
            i.attributes.put("interface", a.port());
            i.attributes.put("advertise", "true");
            i.attributes.put("disabled", "false");
            if (!a.comment().isEmpty()) {
                i.attributes.put("comment", a.comment());
            }
        }
        Item t = templates.create();
        t.attributes.put("name", "default");
        t.attributes.put("as", Long.toString(options.localAs()));
        t.attributes.put("router-id", options.routerId());
        t.attributes.put("disabled", "false");
        t.attributes.put("builtin", "true");
        for (Options.Connection c : options.connections()) {
            Item i = connections.create();
            i.attributes.put("name", c.name());
            i.attributes.put("as", Long.toString(options.localAs()));
            i.attributes.put("local.role", "ebgp");
            i.attributes.put("remote.address", c.remoteAddress());
            i.attributes.put("remote.as", Long.toString(c.remoteAs()));
            i.attributes.put("templates", "default");
            i.attributes.put("disabled", "false");
            if (!c.comment().isEmpty()) {
                i.attributes.put("comment", c.comment());
            }
        }
        options.peers().forEach(p -> peers.put(p.address(), p));
    }

    synchronized String identity() {
        return identity;
    }

    Duration uptime() {
        return options.uptimeAtStart().plusNanos(System.nanoTime() - startNanos);
    }

    Duration sinceStart() {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }

    /** Makes the far end of a BGP connection come up or go down (tests). */
    synchronized void peer(Options.Peer peer) {
        peers.put(peer.address(), peer);
    }

    // ------------------------------------------------------------------------------------------------------------
    // dispatch
    // ------------------------------------------------------------------------------------------------------------

    synchronized Result execute(Request r) {
        String menu = r.menu();
        String verb = r.verb();
        if (!MENUS.contains(menu)) {
            return done(trap(NO_SUCH_PREFIX, null));
        }
        try {
            if (verb.equals("export") && !menu.startsWith("/system/resource") && !menu.equals("/file")
                    && !menu.equals("/routing/bgp/session")) {
                return export(r, menu);
            }
            return switch (menu) {
                case "" -> done(trap(NO_SUCH_COMMAND, null));
                case "/system/resource" -> singleton(r, verb, resource());
                case "/system/routerboard" -> singleton(r, verb, routerboard());
                case "/system/license" -> singleton(r, verb, license());
                case "/system/identity" -> identity(r, verb);
                case "/interface", "/interface/ethernet" -> interfaces(r, menu, verb);
                case "/ip/address", "/ipv6/address", "/routing/bgp/template", "/routing/bgp/connection" ->
                        list(r, menu, verb);
                case "/routing/bgp/session" -> verb.equals("print") || verb.equals("getall")
                        ? print(r, sessions()) : done(trap(NO_SUCH_COMMAND, null));
                case "/file" -> files(r, verb);
                default -> done(trap(NO_SUCH_PREFIX, null));
            };
        } catch (Trap t) {
            return done(trap(t.getMessage(), t.category));
        }
    }

    /** A refused command: the {@code !trap} message RouterOS sends, and its category when it sends one. */
    static final class Trap extends Exception {
        private static final long serialVersionUID = 1L;
        final String category;

        Trap(String message) {
            this(message, null);
        }

        Trap(String message, String category) {
            super(message, null, false, false);
            this.category = category;
        }
    }

    private Result singleton(Request r, String verb, Map<String, String> row) throws Trap {
        if (verb.equals("print") || verb.equals("getall")) {
            return print(r, List.of(row));
        }
        throw new Trap(NO_SUCH_COMMAND);   // read-only menus here: no set/add/remove
    }

    private Result identity(Request r, String verb) throws Trap {
        if (verb.equals("print") || verb.equals("getall")) {
            return print(r, List.of(Map.of("name", identity)));
        }
        if (!verb.equals("set")) {
            throw new Trap(NO_SUCH_COMMAND);
        }
        for (String key : arguments(r).keySet()) {
            if (!key.equals("name")) {
                throw new Trap(UNKNOWN_PARAMETER);
            }
        }
        String name = r.arguments().get("name");
        if (name != null) {
            identity = name.isEmpty() ? "MikroTik" : name;
        }
        return done();
    }

    // ------------------------------------------------------------------------------------------------------------
    // interfaces
    // ------------------------------------------------------------------------------------------------------------

    private Result interfaces(Request r, String menu, String verb) throws Trap {
        boolean ethernet = menu.equals("/interface/ethernet");
        List<Item> visible = interfaces.items.stream().filter(i -> !ethernet || "ether".equals(i.get("type"))).toList();
        switch (verb) {
            case "print", "getall" -> {
                List<Map<String, String>> rows = new ArrayList<>();
                for (Item i : visible) {
                    rows.add(ethernet ? ethernetRow(i) : interfaceRow(i));
                }
                return print(r, rows);
            }
            case "set", "enable", "disable", "unset" -> {
                List<Item> targets = targets(r, visible);
                Map<String, String> args = arguments(r);
                if (verb.equals("unset")) {
                    String name = r.arguments().getOrDefault("value-name", "");
                    if (!name.equals("comment")) {
                        throw new Trap(UNKNOWN_PARAMETER);
                    }
                    targets.forEach(i -> i.attributes.remove("comment"));
                    return done();
                }
                if (!verb.equals("set")) {
                    args = Map.of("disabled", verb.equals("disable") ? "yes" : "no");
                }
                Map<String, String> checked = new LinkedHashMap<>();
                for (Map.Entry<String, String> a : args.entrySet()) {
                    switch (a.getKey()) {
                        case "comment" -> checked.put("comment", a.getValue());
                        case "disabled" -> checked.put("disabled", bool("disabled", a.getValue()));
                        case "mtu" -> checked.put("mtu", number("mtu", a.getValue(), 64, 65536));
                        case "name" -> {
                            if (targets.size() != 1 || interfaces.byName(a.getValue()).filter(i -> i != targets.get(0))
                                    .isPresent()) {
                                throw new Trap("failure: interface with such name exists");
                            }
                            checked.put("name", a.getValue());
                        }
                        default -> throw new Trap(UNKNOWN_PARAMETER);
                    }
                }
                for (Item i : targets) {
                    String oldName = i.get("name");
                    checked.forEach((k, v) -> {
                        if (k.equals("comment") && v.isEmpty()) {
                            i.attributes.remove(k);
                        } else {
                            i.attributes.put(k, v);
                        }
                    });
                    if (checked.containsKey("name")) {
                        rename(oldName, i.get("name"));
                    }
                }
                return done();
            }
            case "monitor" -> {
                if (!ethernet) {
                    throw new Trap(NO_SUCH_COMMAND);
                }
                List<Item> targets = targets(r, visible);
                List<Map<String, String>> rows = new ArrayList<>();
                for (Item i : targets) {
                    Map<String, String> row = new LinkedHashMap<>();
                    row.put("name", i.get("name"));
                    boolean up = i.flag("running") && !i.flag("disabled");
                    row.put("status", up ? "link-ok" : "no-link");
                    row.put("auto-negotiation", "done");
                    if (up) {
                        row.put("rate", i.get("rate"));
                        row.put("full-duplex", "true");
                        row.put("tx-flow-control", "false");
                        row.put("rx-flow-control", "false");
                    }
                    row.put("advertising", "10M-baseT-half,10M-baseT-full,100M-baseT-half,100M-baseT-full,"
                            + "1G-baseT-half,1G-baseT-full");
                    rows.add(row);
                }
                boolean once = r.arguments().containsKey("once");
                List<List<String>> out = new ArrayList<>();
                for (Map<String, String> row : proplist(r, rows)) {
                    out.add(re(row));
                }
                if (once) {
                    out.add(List.of("!done"));
                }
                return new Result(out, !once);
            }
            default -> throw new Trap(NO_SUCH_COMMAND);   // ports are not added or removed
        }
    }

    private void rename(String from, String to) {
        for (ItemList list : List.of(ipv4, ipv6)) {
            list.items.stream().filter(i -> from.equals(i.get("interface"))).forEach(i -> i.attributes.put("interface", to));
        }
    }

    private Map<String, String> interfaceRow(Item i) {
        Map<String, String> row = new LinkedHashMap<>();
        row.put(".id", i.id);
        row.put("name", i.get("name"));
        if (i.get("default-name") != null) {
            row.put("default-name", i.get("default-name"));
        }
        row.put("type", i.get("type"));
        row.put("mtu", i.get("mtu"));
        row.put("actual-mtu", i.get("mtu"));
        if ("ether".equals(i.get("type"))) {
            row.put("l2mtu", "1514");
            row.put("max-l2mtu", "9796");
        }
        row.put("mac-address", i.get("mac-address"));
        boolean up = i.flag("running") && !i.flag("disabled");
        if (up) {
            row.put("last-link-up-time", FILE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC).minus(uptime())
                    .plusSeconds(27)));
        }
        row.put("link-downs", "0");
        long seconds = up ? uptime().toSeconds() : 0;
        long seed = (Math.abs(i.get("name").hashCode()) % 997) + 1;
        long rxPackets = up ? seed * 1000 + seconds * 11 : 0;
        long txPackets = up ? seed * 900 + seconds * 9 : 0;
        row.put("rx-byte", Long.toString(rxPackets * 412));
        row.put("tx-byte", Long.toString(txPackets * 388));
        row.put("rx-packet", Long.toString(rxPackets));
        row.put("tx-packet", Long.toString(txPackets));
        row.put("rx-drop", "0");
        row.put("tx-drop", "0");
        row.put("tx-queue-drop", up ? Long.toString(seed % 7) : "0");
        row.put("rx-error", "0");
        row.put("tx-error", "0");
        if (!"loopback".equals(i.get("type"))) {   // fast-path counters; the loopback has none
            row.put("fp-rx-byte", Long.toString(rxPackets * 412));
            row.put("fp-tx-byte", "0");
            row.put("fp-rx-packet", Long.toString(rxPackets));
            row.put("fp-tx-packet", "0");
        }
        row.put("running", Boolean.toString(up));
        row.put("disabled", i.get("disabled"));
        if (i.get("comment") != null) {
            row.put("comment", i.get("comment"));
        }
        return row;
    }

    private Map<String, String> ethernetRow(Item i) {
        Map<String, String> row = new LinkedHashMap<>();
        row.put(".id", i.id);
        row.put("name", i.get("name"));
        row.put("default-name", i.get("default-name"));
        row.put("mtu", i.get("mtu"));
        row.put("l2mtu", "1514");
        row.put("mac-address", i.get("mac-address"));
        row.put("orig-mac-address", i.get("mac-address"));
        row.put("arp", "enabled");
        row.put("arp-timeout", "auto");
        row.put("loop-protect", "default");
        row.put("loop-protect-status", "off");
        row.put("auto-negotiation", "true");
        row.put("advertise", "10M-baseT-half,10M-baseT-full,100M-baseT-half,100M-baseT-full,1G-baseT-half,1G-baseT-full");
        row.put("tx-flow-control", "off");
        row.put("rx-flow-control", "off");
        row.put("running", Boolean.toString(i.flag("running") && !i.flag("disabled")));
        row.put("slave", "false");
        row.put("disabled", i.get("disabled"));
        if (i.get("comment") != null) {
            row.put("comment", i.get("comment"));
        }
        return row;
    }

    // ------------------------------------------------------------------------------------------------------------
    // list menus: /ip address, /ipv6 address, /routing bgp template, /routing bgp connection
    // ------------------------------------------------------------------------------------------------------------

    private ItemList listOf(String menu) {
        return switch (menu) {
            case "/ip/address" -> ipv4;
            case "/ipv6/address" -> ipv6;
            case "/routing/bgp/template" -> templates;
            case "/routing/bgp/connection" -> connections;
            default -> throw new IllegalArgumentException(menu);
        };
    }

    private Result list(Request r, String menu, String verb) throws Trap {
        ItemList list = listOf(menu);
        switch (verb) {
            case "print", "getall" -> {
                List<Map<String, String>> rows = new ArrayList<>();
                for (Item i : list.items) {
                    rows.add(row(menu, i));
                }
                return print(r, rows);
            }
            case "add" -> {
                Map<String, String> values = validate(menu, arguments(r), null);
                Item item = list.create();
                item.attributes.putAll(values);
                item.attributes.putIfAbsent("disabled", "false");
                if (menu.equals("/ipv6/address")) {
                    item.attributes.putIfAbsent("advertise", "true");
                }
                return done(item.id);
            }
            case "set", "enable", "disable" -> {
                List<Item> targets = targets(r, list.items);
                Map<String, String> args = verb.equals("set") ? arguments(r)
                        : Map.of("disabled", verb.equals("disable") ? "yes" : "no");
                for (Item i : targets) {
                    if (i.flag("dynamic")) {
                        throw new Trap("failure: can not change dynamic");
                    }
                }
                for (Item i : targets) {
                    Map<String, String> values = validate(menu, args, i);
                    values.forEach((k, v) -> {
                        if (k.equals("comment") && v.isEmpty()) {
                            i.attributes.remove(k);
                        } else {
                            i.attributes.put(k, v);
                        }
                    });
                }
                return done();
            }
            case "unset" -> {
                List<Item> targets = targets(r, list.items);
                String name = r.arguments().getOrDefault("value-name", "");
                Set<String> allowed = switch (menu) {
                    case "/routing/bgp/connection" -> CONNECTION_ATTRIBUTES;
                    case "/routing/bgp/template" -> TEMPLATE_ATTRIBUTES;
                    default -> Set.of("comment", "network", "from-pool");
                };
                if (!allowed.contains(name)) {
                    throw new Trap(UNKNOWN_PARAMETER);
                }
                if (name.equals("name") || name.equals("disabled")) {
                    throw new Trap("failure: can not unset " + name);
                }
                for (Item i : targets) {
                    i.attributes.remove(name);
                    if (name.equals("network")) {
                        i.attributes.put("network", network(i.get("address")));
                    }
                }
                return done();
            }
            case "remove" -> {
                List<Item> targets = targets(r, list.items);
                for (Item i : targets) {
                    if (i.flag("dynamic")) {
                        throw new Trap("failure: can not remove dynamic");
                    }
                    if (i.flag("builtin")) {
                        throw new Trap("failure: can not remove default template");
                    }
                }
                list.items.removeAll(targets);
                return done();
            }
            default -> throw new Trap(NO_SUCH_COMMAND);
        }
    }

    private Map<String, String> row(String menu, Item i) {
        Map<String, String> row = new LinkedHashMap<>();
        row.put(".id", i.id);
        switch (menu) {
            case "/ip/address" -> {
                row.put("address", i.get("address"));
                row.put("network", i.get("network"));
                row.put("interface", i.get("interface"));
                row.put("actual-interface", i.get("interface"));
                row.put("invalid", Boolean.toString(interfaceDown(i.get("interface"))));
                row.put("dynamic", "false");
                row.put("disabled", i.get("disabled"));
            }
            case "/ipv6/address" -> {
                row.put("address", i.get("address"));
                row.put("from-pool", i.get("from-pool", ""));
                row.put("interface", i.get("interface"));
                row.put("actual-interface", i.get("interface"));
                row.put("eui-64", i.get("eui-64", "false"));
                row.put("advertise", i.get("advertise", "false"));
                row.put("no-dad", i.get("no-dad", "false"));
                row.put("invalid", Boolean.toString(interfaceDown(i.get("interface"))));
                row.put("dynamic", i.get("dynamic", "false"));
                row.put("link-local", i.get("link-local", "false"));
                row.put("disabled", i.get("disabled"));
            }
            default -> {
                i.attributes.forEach((k, v) -> {
                    if (!k.equals("disabled") && !k.equals("comment") && !k.equals("builtin")) {
                        row.put(k, v);
                    }
                });
                row.put("inactive", "false");
                row.put("disabled", i.get("disabled"));
            }
        }
        if (i.get("comment") != null) {
            row.put("comment", i.get("comment"));
        }
        return row;
    }

    private boolean interfaceDown(String name) {
        Optional<Item> port = interfaces.byName(name == null ? "" : name);
        return port.isEmpty() || port.get().flag("disabled");
    }

    /** Checks and converts the arguments of add ({@code existing} null) or set; RouterOS's messages on failure. */
    private Map<String, String> validate(String menu, Map<String, String> args, Item existing) throws Trap {
        Map<String, String> out = new LinkedHashMap<>();
        Set<String> allowed = switch (menu) {
            case "/ip/address" -> Set.of("address", "network", "interface", "comment", "disabled", "broadcast", "netmask");
            case "/ipv6/address" -> Set.of("address", "interface", "comment", "disabled", "advertise", "eui-64",
                    "no-dad", "from-pool");
            case "/routing/bgp/template" -> TEMPLATE_ATTRIBUTES;
            default -> CONNECTION_ATTRIBUTES;
        };
        for (Map.Entry<String, String> a : args.entrySet()) {
            String key = a.getKey();
            String value = a.getValue();
            if (!allowed.contains(key)) {
                throw new Trap(UNKNOWN_PARAMETER);
            }
            if (BOOLEAN_ATTRIBUTES.contains(key)) {
                out.put(key, bool(key, value));
            } else if (key.equals("interface")) {
                if (interfaces.byName(value).isEmpty()) {
                    throw new Trap("input does not match any value of interface");
                }
                out.put(key, value);
            } else if (key.equals("as") || key.equals("remote.as")) {
                out.put(key, number(key, value, 1, 4_294_967_295L));
            } else if (key.equals("local.role")) {
                if (!ROLES.contains(value)) {
                    throw new Trap("input does not match any value of role");
                }
                out.put(key, value);
            } else if (key.equals("templates")) {
                for (String t : value.split(",")) {
                    if (templates.byName(t.strip()).isEmpty()) {
                        throw new Trap("input does not match any value of templates");
                    }
                }
                out.put(key, value);
            } else if (key.equals("address") || key.equals("remote.address") || key.equals("router-id")) {
                boolean v6 = menu.equals("/ipv6/address");
                if (!validAddress(value, key.equals("router-id") ? Boolean.FALSE : (menu.equals("/ip/address")
                        ? Boolean.FALSE : v6 ? Boolean.TRUE : null))) {
                    throw new Trap("invalid value for argument " + key);
                }
                out.put(key, menu.startsWith("/ip") && value.indexOf('/') < 0 ? value + (v6 ? "/128" : "/32") : value);
            } else {
                out.put(key, value);
            }
        }
        Map<String, String> merged = new LinkedHashMap<>(existing == null ? Map.of() : existing.attributes);
        merged.putAll(out);
        switch (menu) {
            case "/ip/address", "/ipv6/address" -> {
                if (merged.get("address") == null) {
                    throw new Trap("failure: address not specified");
                }
                if (merged.get("interface") == null) {
                    throw new Trap("failure: interface not specified");
                }
                for (Item other : listOf(menu).items) {
                    if (other != existing && AddressKey.same(other.get("address"), merged.get("address"))
                            && merged.get("interface").equals(other.get("interface"))) {
                        throw new Trap("failure: already have such address");
                    }
                }
                if (menu.equals("/ip/address") && (out.containsKey("address") && !out.containsKey("network"))) {
                    out.put("network", network(out.get("address")));
                }
                if (existing == null) {
                    Map<String, String> ordered = new LinkedHashMap<>();
                    for (String k : List.of("address", "network", "interface")) {
                        if (out.containsKey(k)) {
                            ordered.put(k, out.get(k));
                        }
                    }
                    ordered.putAll(out);
                    return ordered;
                }
            }
            default -> {
                String name = merged.get("name");
                if (name == null) {
                    name = (menu.endsWith("template") ? "template" : "peer") + (listOf(menu).items.size() + 1);
                    Map<String, String> named = new LinkedHashMap<>();
                    named.put("name", name);
                    named.putAll(out);
                    out = named;
                }
                for (Item other : listOf(menu).items) {
                    if (other != existing && name.equals(other.get("name"))) {
                        throw new Trap("failure: entry with such name already exists");
                    }
                }
                if (existing != null && existing.flag("builtin") && out.containsKey("name")
                        && !out.get("name").equals(existing.get("name"))) {
                    throw new Trap("failure: can not rename default template");
                }
                if (existing == null) {
                    Map<String, String> ordered = new LinkedHashMap<>();
                    ordered.put("name", out.get("name"));
                    ordered.putAll(out);
                    return ordered;
                }
            }
        }
        return out;
    }

    // ------------------------------------------------------------------------------------------------------------
    // BGP sessions (derived)
    // ------------------------------------------------------------------------------------------------------------

    private List<Map<String, String>> sessions() {
        List<Map<String, String>> rows = new ArrayList<>();
        int n = 0;
        for (Item c : connections.items) {
            n++;
            if (c.flag("disabled")) {
                continue;
            }
            String remote = c.get("remote.address", "");
            String host = remote.contains("/") ? remote.substring(0, remote.indexOf('/')) : remote;
            if (host.isEmpty() || (remote.contains("/") && !remote.endsWith("/32") && !remote.endsWith("/128"))) {
                continue;   // a listen range: sessions only appear when someone connects
            }
            Options.Peer peer = peers.get(host);
            boolean up = peer != null && peer.established();
            Map<String, String> row = new LinkedHashMap<>();
            row.put(".id", "*" + Integer.toHexString(n).toUpperCase(Locale.ROOT));
            row.put("name", c.get("name") + "-1");
            row.put("remote.address", host);
            row.put("remote.as", c.get("remote.as", ""));
            if (up) {
                row.put("remote.id", peer.routerId());
                row.put("remote.capabilities", "mp,rr,gr,as4");
                row.put("remote.afi", "ip");
                row.put("remote.messages", Long.toString(150 + sinceStart().toSeconds() / 60));
                row.put("remote.bytes", Long.toString(3122 + 19 * (sinceStart().toSeconds() / 60)));
                row.put("remote.eor", "ip");
            }
            row.put("local.role", c.get("local.role", "ebgp"));
            if (up) {
                localAddress(host).ifPresent(a -> row.put("local.address", a));
            }
            row.put("local.as", c.get("as", templateAs(c)));
            row.put("local.id", c.get("router-id", options.routerId()));
            if (up) {
                row.put("local.capabilities", "mp,rr,gr,as4");
                row.put("local.afi", "ip");
                row.put("local.messages", Long.toString(148 + sinceStart().toSeconds() / 60));
                row.put("local.bytes", Long.toString(2990 + 19 * (sinceStart().toSeconds() / 60)));
                row.put("local.eor", "ip");
                row.put("output.procid", Integer.toString(20 + n));
                row.put("input.procid", Integer.toString(20 + n));
                row.put("hold-time", "3m");
                row.put("keepalive-time", "1m");
                Duration uptime = peer.uptime().plus(sinceStart());
                row.put("uptime", Formats.duration(uptime));
                row.put("last-started", FILE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC).minus(uptime)));
                row.put("prefix-count", Long.toString(peer.prefixes()));
            }
            row.put("established", Boolean.toString(up));
            rows.add(row);
        }
        return rows;
    }

    /** Our address in the subnet of {@code peer}, as the session's local address. */
    private Optional<String> localAddress(String peer) {
        for (Item a : ipv4.items) {
            String cidr = a.get("address");
            int slash = cidr.indexOf('/');
            if (slash > 0 && peer.indexOf(':') < 0 && network(cidr).equals(network(peer + cidr.substring(slash)))) {
                return Optional.of(cidr.substring(0, slash));
            }
        }
        return Optional.empty();
    }

    private String templateAs(Item connection) {
        for (String t : connection.get("templates", "default").split(",")) {
            Optional<Item> template = templates.byName(t.strip());
            if (template.isPresent() && template.get().get("as") != null) {
                return template.get().get("as");
            }
        }
        return Long.toString(options.localAs());
    }

    // ------------------------------------------------------------------------------------------------------------
    // export and files
    // ------------------------------------------------------------------------------------------------------------

    private Result export(Request r, String menu) throws Trap {
        String file = null;
        for (Map.Entry<String, String> a : arguments(r).entrySet()) {
            switch (a.getKey()) {
                case "file" -> file = a.getValue();
                case "compact", "verbose", "terse", "show-sensitive", "hide-sensitive" -> { }
                default -> throw new Trap(UNKNOWN_PARAMETER);
            }
        }
        if (file == null) {
            return done();   // the real API prints nothing for /export: the text only goes to a file
        }
        String name = file.endsWith(".rsc") ? file : file + ".rsc";
        String text = Exporter.export(this, menu, ZonedDateTime.now(ZoneOffset.UTC));
        Item item = files.byName(name).orElseGet(files::create);
        item.attributes.put("name", name);
        item.attributes.put("type", "script");
        item.attributes.put("size", Integer.toString(text.getBytes(StandardCharsets.UTF_8).length));
        item.attributes.put("last-modified", FILE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC)));
        item.attributes.put("contents", text);
        return done();
    }

    private Result files(Request r, String verb) throws Trap {
        switch (verb) {
            case "print", "getall" -> {
                List<Map<String, String>> rows = new ArrayList<>();
                for (Item i : files.items) {
                    Map<String, String> row = new LinkedHashMap<>();
                    row.put(".id", i.id);
                    row.put("name", i.get("name"));
                    row.put("type", i.get("type"));
                    row.put("size", i.get("size"));
                    row.put("last-modified", i.get("last-modified"));
                    if (Integer.parseInt(i.get("size")) <= options.fileContentsLimit()) {
                        row.put("contents", i.get("contents"));
                    }
                    rows.add(row);
                }
                return print(r, rows);
            }
            case "remove" -> {
                files.items.removeAll(targets(r, files.items));
                return done();
            }
            default -> throw new Trap(NO_SUCH_COMMAND);
        }
    }

    // ------------------------------------------------------------------------------------------------------------
    // printing and replies
    // ------------------------------------------------------------------------------------------------------------

    private Result print(Request r, List<Map<String, String>> rows) {
        List<Map<String, String>> matched = rows.stream().filter(row -> Query.matches(row, r.queries())).toList();
        if (r.arguments().containsKey("count-only")) {
            return done(Integer.toString(matched.size()));
        }
        List<List<String>> out = new ArrayList<>();
        for (Map<String, String> row : proplist(r, matched)) {
            out.add(re(row));
        }
        if (matched.isEmpty() && atLeast(7, 18)) {
            out.add(List.of("!empty"));
        }
        out.add(List.of("!done"));
        return new Result(out, false);
    }

    private static List<Map<String, String>> proplist(Request r, List<Map<String, String>> rows) {
        String proplist = r.arguments().get(".proplist");
        if (proplist == null) {
            return rows;
        }
        List<String> keys = List.of(proplist.split(","));
        List<Map<String, String>> out = new ArrayList<>();
        for (Map<String, String> row : rows) {
            Map<String, String> picked = new LinkedHashMap<>();
            row.forEach((k, v) -> {
                if (keys.contains(k)) {
                    picked.put(k, v);
                }
            });
            out.add(picked);
        }
        return out;
    }

    private static List<String> re(Map<String, String> row) {
        List<String> words = new ArrayList<>();
        words.add("!re");
        row.forEach((k, v) -> words.add("=" + k + "=" + v));
        return words;
    }

    private static List<String> trap(String message, String category) {
        List<String> words = new ArrayList<>();
        words.add("!trap");
        if (category != null) {
            words.add("=category=" + category);
        }
        words.add("=message=" + message);
        return words;
    }

    private static Result done(List<String> trap) {
        return new Result(List.of(trap, List.of("!done")), false);
    }

    private static Result done() {
        return new Result(List.of(List.of("!done")), false);
    }

    private static Result done(String ret) {
        return new Result(List.of(List.of("!done", "=ret=" + ret)), false);
    }

    /** The items named by {@code .id} or {@code numbers} (comma-separated ids or names). */
    private static List<Item> targets(Request r, List<Item> items) throws Trap {
        String refs = r.arguments().getOrDefault(".id", r.arguments().get("numbers"));
        if (refs == null || refs.isBlank()) {
            throw new Trap("missing =numbers= or =.id=", "1");
        }
        List<Item> out = new ArrayList<>();
        for (String ref : refs.split(",")) {
            String want = ref.strip();
            Item found = null;
            for (Item i : items) {
                if (i.id.equalsIgnoreCase(want)) {
                    found = i;
                }
            }
            if (found == null) {
                for (Item i : items) {
                    if (want.equals(i.get("name"))) {
                        found = i;
                    }
                }
            }
            if (found == null) {
                throw new Trap(NO_SUCH_ITEM);
            }
            if (!out.contains(found)) {
                out.add(found);
            }
        }
        return out;
    }

    /** The command's attributes without API attributes and selectors. */
    private static Map<String, String> arguments(Request r) {
        Map<String, String> out = new LinkedHashMap<>(r.arguments());
        out.keySet().removeIf(k -> k.startsWith(".") || k.equals("numbers") || k.equals("value-name"));
        return out;
    }

    private static String bool(String key, String value) throws Trap {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "yes", "true" -> "true";
            case "no", "false" -> "false";
            default -> throw new Trap("value of " + key + " must be yes or no");
        };
    }

    private static String number(String key, String value, long min, long max) throws Trap {
        try {
            long v = Long.parseLong(value.strip());
            if (v < min || v > max) {
                throw new Trap("value of " + key + " out of range (" + min + ".." + max + ")");
            }
            return Long.toString(v);
        } catch (NumberFormatException e) {
            throw new Trap("invalid value for argument " + key);
        }
    }

    boolean atLeast(int major, int minor) {
        String[] parts = options.version().split("\\.");
        try {
            int ma = Integer.parseInt(parts[0]);
            int mi = parts.length > 1 ? Integer.parseInt(parts[1].replaceAll("\\D.*", "")) : 0;
            return ma > major || (ma == major && mi >= minor);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    Map<String, String> resource() {
        Map<String, String> row = new LinkedHashMap<>();
        boolean chr = options.chr();
        row.put("uptime", Formats.duration(uptime()));
        row.put("version", options.version() + (options.version().startsWith("6.") ? " (long-term)" : " (stable)"));
        row.put("build-time", "2024-10-10 14:03:32");
        row.put("factory-software", chr ? options.version() : "7.4.1");
        row.put("free-memory", chr ? "862011392" : "845021184");
        row.put("total-memory", "1073741824");
        row.put("cpu", chr ? "QEMU" : "ARM64");
        row.put("cpu-count", chr ? "2" : "4");
        row.put("cpu-frequency", chr ? "2400" : "350");
        row.put("cpu-load", "1");
        row.put("free-hdd-space", chr ? "84029440" : "862539776");
        row.put("total-hdd-space", chr ? "134217728" : "1073741824");
        row.put("write-sect-since-reboot", "4211");
        row.put("write-sect-total", "88412");
        if (!chr) {
            row.put("bad-blocks", "0");
        }
        row.put("architecture-name", chr ? "x86_64" : "arm64");
        row.put("board-name", options.board());
        row.put("platform", "MikroTik");
        return row;
    }

    Map<String, String> routerboard() {
        Map<String, String> row = new LinkedHashMap<>();
        if (options.chr()) {
            row.put("routerboard", "false");
            return row;
        }
        row.put("routerboard", "true");
        row.put("board-name", options.board());
        row.put("model", options.board());
        row.put("serial-number", options.serialNumber());
        row.put("firmware-type", "arm64");
        row.put("factory-firmware", "7.4.1");
        row.put("current-firmware", options.version());
        row.put("upgrade-firmware", options.version());
        return row;
    }

    private Map<String, String> license() {
        Map<String, String> row = new LinkedHashMap<>();
        if (options.chr()) {
            row.put("system-id", "n8Y5aDFqkWq");
            row.put("level", "free");
        } else {
            row.put("software-id", options.softwareId());
            row.put("nlevel", "6");
            row.put("features", "");
        }
        return row;
    }

    private String mac(int port) {
        int device = index & 0xFFFF;
        return String.format("48:A9:8A:%02X:%02X:%02X", (device >> 8) & 0xFF, device & 0xFF, port & 0xFF);
    }

    static String linkLocal(String mac) {
        String[] b = mac.split(":");
        int first = Integer.parseInt(b[0], 16) ^ 0x02;
        return String.format("fe80::%x:%x:%x:%x", (first << 8) | Integer.parseInt(b[1], 16),
                (Integer.parseInt(b[2], 16) << 8) | 0xFF, 0xFE00 | Integer.parseInt(b[3], 16),
                (Integer.parseInt(b[4], 16) << 8) | Integer.parseInt(b[5], 16));
    }

    static String network(String cidr) {
        int slash = cidr.indexOf('/');
        String ip = slash < 0 ? cidr : cidr.substring(0, slash);
        int len = slash < 0 ? 32 : Integer.parseInt(cidr.substring(slash + 1));
        try {
            byte[] a = InetAddress.getByName(ip).getAddress();
            int v = ((a[0] & 0xFF) << 24) | ((a[1] & 0xFF) << 16) | ((a[2] & 0xFF) << 8) | (a[3] & 0xFF);
            int mask = len == 0 ? 0 : -1 << (32 - len);
            int n = v & mask;
            return ((n >>> 24) & 0xFF) + "." + ((n >>> 16) & 0xFF) + "." + ((n >>> 8) & 0xFF) + "." + (n & 0xFF);
        } catch (UnknownHostException e) {
            return ip;
        }
    }

    /** {@code v6}: TRUE only IPv6, FALSE only IPv4, null either. A literal, optionally with a prefix length. */
    static boolean validAddress(String value, Boolean v6) {
        String v = value.strip();
        int slash = v.indexOf('/');
        String ip = slash < 0 ? v : v.substring(0, slash);
        boolean isV6 = ip.indexOf(':') >= 0;
        if (v6 != null && v6 != isV6) {
            return false;
        }
        if (isV6 ? !ip.matches("[0-9a-fA-F:.]+") : !ip.matches("\\d{1,3}(\\.\\d{1,3}){3}")) {
            return false;
        }
        try {
            if (!isV6) {
                for (String part : ip.split("\\.")) {
                    if (Integer.parseInt(part) > 255) {
                        return false;
                    }
                }
            } else {
                InetAddress.getByName(ip);   // an IPv6 literal is parsed, never resolved
            }
            if (slash >= 0) {
                int len = Integer.parseInt(v.substring(slash + 1));
                return len >= 0 && len <= (isV6 ? 128 : 32);
            }
            return true;
        } catch (UnknownHostException | NumberFormatException e) {
            return false;
        }
    }

    /** Address equality with and without an explicit host prefix length. */
    static final class AddressKey {
        private AddressKey() {
        }

        static boolean same(String a, String b) {
            return canonical(a).equals(canonical(b));
        }

        private static String canonical(String a) {
            if (a == null) {
                return "";
            }
            return a.indexOf('/') >= 0 ? a : a + (a.indexOf(':') >= 0 ? "/128" : "/32");
        }
    }
}

package io.sxalable.driver.routeros.config;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The configuration menus the config session manages. Everything else is rejected by name (never ignored).
 *
 * <table>
 *   <caption>Supported sections</caption>
 *   <tr><th>Menu</th><th>Verbs</th><th>Item key for replace</th><th>Attributes</th></tr>
 *   <tr><td>{@code /ip address}</td><td>add set remove unset enable disable</td><td>address + interface</td><td>any</td></tr>
 *   <tr><td>{@code /ipv6 address}</td><td>add set remove unset enable disable</td><td>address + interface</td><td>any</td></tr>
 *   <tr><td>{@code /interface}</td><td>set enable disable</td><td>name</td><td>comment, disabled</td></tr>
 *   <tr><td>{@code /interface ethernet}</td><td>set enable disable</td><td>default-name</td><td>comment, disabled</td></tr>
 *   <tr><td>{@code /routing bgp template}</td><td>add set remove unset enable disable</td><td>name</td><td>any</td></tr>
 *   <tr><td>{@code /routing bgp connection}</td><td>add set remove unset enable disable</td><td>name</td><td>any</td></tr>
 *   <tr><td>{@code /system identity}</td><td>set</td><td>(singleton)</td><td>name</td></tr>
 * </table>
 */
public enum Section {
    INTERFACE(List.of("interface"), Kind.FIXED, List.of("name"), Set.of("comment", "disabled"),
            Set.of(".id", "default-name", "type", "mtu", "actual-mtu", "l2mtu", "max-l2mtu", "mac-address", "running",
                    "slave", "dynamic", "link-downs", "last-link-up-time", "last-link-down-time", "name"), Set.of()),
    INTERFACE_ETHERNET(List.of("interface", "ethernet"), Kind.FIXED, List.of("default-name"),
            Set.of("comment", "disabled"), Set.of(".id", "default-name", "name", "running", "slave", "mac-address",
                    "orig-mac-address", "mtu", "l2mtu", "arp", "auto-negotiation", "speed", "switch", "driver-rx-byte"),
            Set.of()),
    BGP_TEMPLATE(List.of("routing", "bgp", "template"), Kind.LIST, List.of("name"), Set.of(),
            Set.of(".id", "dynamic", "inactive", "builtin", "default"), Set.of()),
    IP_ADDRESS(List.of("ip", "address"), Kind.LIST, List.of("address", "interface"), Set.of(),
            Set.of(".id", "actual-interface", "dynamic", "invalid", "slave"), Set.of("network")),
    IPV6_ADDRESS(List.of("ipv6", "address"), Kind.LIST, List.of("address", "interface"), Set.of(),
            Set.of(".id", "actual-interface", "dynamic", "invalid", "link-local", "global", "deprecated", "slave"),
            Set.of()),
    BGP_CONNECTION(List.of("routing", "bgp", "connection"), Kind.LIST, List.of("name"), Set.of(),
            Set.of(".id", "dynamic", "inactive", "builtin"), Set.of()),
    SYSTEM_IDENTITY(List.of("system", "identity"), Kind.SINGLETON, List.of(), Set.of("name"), Set.of(), Set.of());

    /** How items of a menu come and go. */
    public enum Kind {
        /** Items are added and removed ({@code add}, {@code remove}). */
        LIST,
        /** Items exist by themselves (hardware ports); only {@code set}. */
        FIXED,
        /** One item without an id ({@code /system identity set name=r1}). */
        SINGLETON
    }

    private final List<String> path;
    private final Kind kind;
    private final List<String> keys;
    private final Set<String> onlyAttributes;
    private final Set<String> readOnly;
    private final Set<String> derived;

    Section(List<String> path, Kind kind, List<String> keys, Set<String> onlyAttributes, Set<String> readOnly,
            Set<String> derived) {
        this.path = path;
        this.kind = kind;
        this.keys = keys;
        this.onlyAttributes = onlyAttributes;
        this.readOnly = readOnly;
        this.derived = derived;
    }

    /** Attributes the router fills in when a script leaves them out ({@code network} of an IPv4 address). */
    public Set<String> derived() {
        return derived;
    }

    /** The console menu, e.g. {@code /ip address}. */
    public String menu() {
        return "/" + String.join(" ", path);
    }

    /** The API path, e.g. {@code /ip/address}. */
    public String apiPath() {
        return "/" + String.join("/", path);
    }

    public Kind kind() {
        return kind;
    }

    /** Attributes that identify an item when a replace compares desired and running items. */
    public List<String> keys() {
        return keys;
    }

    /** The only attributes this driver lets a script set here; empty = any (the router validates them). */
    public Set<String> onlyAttributes() {
        return onlyAttributes;
    }

    /**
     * Attributes {@code print} returns that are state or identity, not configuration: dropped when an item is shown
     * as a script line or re-added.
     */
    public Set<String> readOnly() {
        return readOnly;
    }

    /** Verbs a script may use in this menu. */
    public Set<String> verbs() {
        return switch (kind) {
            case LIST -> Set.of("add", "set", "remove", "unset", "enable", "disable");
            case FIXED -> Set.of("set", "enable", "disable");
            case SINGLETON -> Set.of("set");
        };
    }

    /** The section of a menu path ({@code ["ip", "address"]}), if supported. */
    public static Optional<Section> of(List<String> path) {
        for (Section s : values()) {
            if (s.path.equals(path)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}

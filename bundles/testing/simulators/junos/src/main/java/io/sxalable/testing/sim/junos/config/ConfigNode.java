package io.sxalable.testing.sim.junos.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One statement of a Junos configuration in curly-brace form: its words ({@code host-name r1},
 * {@code unit 0}, {@code address 10.0.12.1/30}) and, for a container, its child statements. A container without
 * children prints as a leaf ({@code family inet;}), exactly like Junos, so both forms are the same statement.
 *
 * <p>Mutable, but only ever changed inside a {@link io.sxalable.testing.sim.junos.Datastore} lock or on a private copy.
 */
public final class ConfigNode {

    /** Load-time tags Junos accepts in front of a statement. */
    public enum Tag { NONE, DELETE, REPLACE }

    /**
     * Leaf keywords that name list entries rather than single values: two {@code address} statements coexist,
     * two {@code host-name} statements do not. Their identity is keyword + first value.
     */
    static final Set<String> LIST_KEYWORDS = Set.of("address", "neighbor", "route", "unit", "group", "term",
            "policy-statement", "prefix-list", "server", "user", "member", "members", "community", "family",
            "interface", "area", "instance", "vlan", "security-zone", "peer", "host", "next-hop", "policy",
            "class", "rib", "trap-group", "source-address", "file", "name-server", "local", "fpc", "pic", "port",
            "application");

    private List<String> words;
    private final List<ConfigNode> children;
    private boolean inactive;
    private Tag tag = Tag.NONE;

    ConfigNode(List<String> words, List<ConfigNode> children) {
        this.words = List.copyOf(words);
        this.children = new ArrayList<>(children);
    }

    /** An empty configuration (the root of a tree). */
    public static ConfigNode root() {
        return new ConfigNode(List.of(), List.of());
    }

    /** A statement; give children to make it a container. */
    public static ConfigNode of(List<String> words, List<ConfigNode> children) {
        if (words.isEmpty()) {
            throw new IllegalArgumentException("a statement needs at least one word");
        }
        return new ConfigNode(words, children);
    }

    public List<String> words() {
        return words;
    }

    /** The first word, e.g. {@code host-name}; {@code ""} for the root. */
    public String keyword() {
        return words.isEmpty() ? "" : words.get(0);
    }

    /** The second word if any, e.g. {@code r1} of {@code host-name r1}. */
    public Optional<String> value() {
        return words.size() > 1 ? Optional.of(words.get(1)) : Optional.empty();
    }

    public List<ConfigNode> children() {
        return children;
    }

    public boolean inactive() {
        return inactive;
    }

    void inactive(boolean value) {
        this.inactive = value;
    }

    Tag tag() {
        return tag;
    }

    void tag(Tag value) {
        this.tag = value;
    }

    void words(List<String> value) {
        this.words = List.copyOf(value);
    }

    /**
     * What makes two statements "the same" when merging and comparing: the whole header of a named container
     * ({@code group ebgp}); for leaves the keyword ({@code host-name}), or keyword + value for list keywords
     * ({@code address 10.0.12.1/30}) and for statements whose keyword is itself a value ({@code 10.0.0.0/8;}).
     */
    public String identity() {
        if (words.isEmpty()) {
            return "";
        }
        if (!children.isEmpty() || LIST_KEYWORDS.contains(words.get(0))) {
            return words.size() >= 2 && LIST_KEYWORDS.contains(words.get(0))
                    ? words.get(0) + " " + words.get(1)
                    : String.join(" ", words);
        }
        return words.get(0);
    }

    /** The direct child with {@code identity}, if any. */
    public Optional<ConfigNode> child(String identity) {
        for (ConfigNode c : children) {
            if (c.identity().equals(identity)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** Active (not {@code inactive:}) children whose keyword is {@code keyword}. */
    public List<ConfigNode> all(String keyword) {
        List<ConfigNode> out = new ArrayList<>();
        for (ConfigNode c : children) {
            if (!c.inactive && c.keyword().equals(keyword)) {
                out.add(c);
            }
        }
        return out;
    }

    /** The first active child with {@code keyword}. */
    public Optional<ConfigNode> first(String keyword) {
        for (ConfigNode c : children) {
            if (!c.inactive && c.keyword().equals(keyword)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** Follows a path of keywords through active children, e.g. {@code at("system", "services", "netconf")}. */
    public Optional<ConfigNode> at(String... keywords) {
        ConfigNode node = this;
        for (String k : keywords) {
            Optional<ConfigNode> next = node.first(k);
            if (next.isEmpty()) {
                return Optional.empty();
            }
            node = next.get();
        }
        return Optional.of(node);
    }

    /** The value of the leaf {@code keyword} among the active children. */
    public Optional<String> leaf(String keyword) {
        return first(keyword).flatMap(ConfigNode::value);
    }

    public boolean has(String keyword) {
        return first(keyword).isPresent();
    }

    public ConfigNode deepCopy() {
        List<ConfigNode> copies = new ArrayList<>(children.size());
        for (ConfigNode c : children) {
            copies.add(c.deepCopy());
        }
        ConfigNode copy = new ConfigNode(words, copies);
        copy.inactive = inactive;
        copy.tag = tag;
        return copy;
    }

    @Override
    public String toString() {
        return String.join(" ", words) + (children.isEmpty() ? ";" : " { " + children.size() + " }");
    }
}

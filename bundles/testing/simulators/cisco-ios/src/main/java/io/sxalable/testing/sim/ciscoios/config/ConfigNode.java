package io.sxalable.testing.sim.ciscoios.config;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * One statement of the running config with its sub-statements. Siblings are kept in IOS's print order:
 * by {@link ConfigDef#rank()}, then group (in order of creation), then {@link ConfigDef#subrank()}, then creation.
 */
public final class ConfigNode {

    private final ConfigDef def;
    private final Mode mode;
    private final String line;
    private final String key;
    private final List<ConfigNode> children = new ArrayList<>();
    private final long seq;
    private long groupSeq;

    ConfigNode(ConfigDef def, Mode mode, String line, String key, long seq) {
        this.def = def;
        this.mode = mode;
        this.line = line;
        this.key = key;
        this.seq = seq;
        this.groupSeq = seq;
    }

    static ConfigNode root() {
        return new ConfigNode(null, Mode.GLOBAL, "", "", 0);
    }

    /** The statement's definition; {@code null} for the root. */
    public ConfigDef def() {
        return def;
    }

    /** The mode this node's children are configured in. */
    public Mode mode() {
        return mode;
    }

    public String line() {
        return line;
    }

    String key() {
        return key;
    }

    public List<ConfigNode> children() {
        return List.copyOf(children);
    }

    public boolean isBlock() {
        return def != null && def.enters() != null;
    }

    /** The first child whose line is exactly {@code line}. */
    public Optional<ConfigNode> child(String line) {
        return children.stream().filter(c -> c.line.equals(line)).findFirst();
    }

    public List<ConfigNode> find(Predicate<ConfigNode> p) {
        return children.stream().filter(p).toList();
    }

    /** The value of a single-valued child, e.g. {@code childValue("description ")}. */
    public Optional<String> childValue(String prefix) {
        return children.stream().filter(c -> c.line.startsWith(prefix)).map(c -> c.line.substring(prefix.length()))
                .findFirst();
    }

    public boolean has(String line) {
        return child(line).isPresent();
    }

    boolean removeIf(Predicate<ConfigNode> p) {
        return children.removeIf(p);
    }

    /** Inserts {@code node} at its IOS print position. */
    void insert(ConfigNode node, Comparator<ConfigNode> order) {
        int at = children.size();
        for (int i = 0; i < children.size(); i++) {
            if (order.compare(node, children.get(i)) < 0) {
                at = i;
                break;
            }
        }
        children.add(at, node);
    }

    long seq() {
        return seq;
    }

    long groupSeq() {
        return groupSeq;
    }

    void groupSeq(long value) {
        this.groupSeq = value;
    }

    private String groupName;

    String groupName() {
        return groupName;
    }

    void groupName(String name) {
        this.groupName = name;
    }

    /** A deep copy, for archives and confirm timers. */
    ConfigNode copy() {
        ConfigNode c = new ConfigNode(def, mode, line, key, seq);
        c.groupSeq = groupSeq;
        c.groupName = groupName;
        for (ConfigNode child : children) {
            c.children.add(child.copy());
        }
        return c;
    }

    List<ConfigNode> mutableChildren() {
        return children;
    }

    @Override
    public String toString() {
        return line;
    }
}

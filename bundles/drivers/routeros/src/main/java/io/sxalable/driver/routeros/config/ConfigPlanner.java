package io.sxalable.driver.routeros.config;

import io.sxalable.driver.routeros.config.Change.Op;
import io.sxalable.sdk.driver.ConfigRejectedException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Turns a candidate into the ordered list of {@link Change}s a commit sends. Pure: the caller supplies what the
 * router has.
 *
 * <ul>
 *   <li><b>Merge</b> ({@link #merge}): every command of the script, in order, checked against the items the
 *       router prints (the {@code find} of a {@code set} must match something; a {@code set} that changes nothing
 *       is dropped, so merging what is already there compares empty). Items added earlier in the same script can
 *       be addressed by later lines.</li>
 *   <li><b>Replace</b> ({@link #replace}): the desired configuration, in {@code /export} syntax, against the
 *       running export, for the supported {@link Section}s only: items that are not wanted are removed (or reset
 *       when they cannot be removed: ports, the {@code default} BGP template, the identity), missing ones added,
 *       differing attributes set or unset. Sections of the running config outside {@link Section} stay untouched.
 *       Removals go first (last section first), then additions and changes in section order.</li>
 * </ul>
 */
public final class ConfigPlanner {

    /** RouterOS's factory identity, what {@code /system identity} is when the export does not mention it. */
    public static final String DEFAULT_IDENTITY = "MikroTik";

    private ConfigPlanner() {
    }

    // ---------------------------------------------------------------------------------------------------------
    // merge
    // ---------------------------------------------------------------------------------------------------------

    /**
     * @param commands the parsed script
     * @param printed  per section of the script, every item {@code print} returns (attributes as the API prints them)
     */
    public static List<Change> merge(List<ScriptCommand> commands, Map<Section, List<Map<String, String>>> printed)
            throws ConfigRejectedException {
        Map<Section, List<Map<String, String>>> model = new EnumMap<>(Section.class);
        printed.forEach((s, items) -> model.put(s, items.stream().map(i -> (Map<String, String>) new LinkedHashMap<>(i))
                .collect(Collectors.toCollection(ArrayList::new))));
        List<Change> changes = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (ScriptCommand c : commands) {
            Section s = c.section();
            List<Map<String, String>> items = model.computeIfAbsent(s, k -> new ArrayList<>());
            String where = "line " + c.line() + ": " + c.text() + ": ";
            switch (c.verb()) {
                case "add" -> {
                    changes.add(new Change(s, Op.ADD, Optional.empty(), c.attributes(), List.of(), List.of(),
                            List.of("add " + AttributeValues.render(c.attributes()))));
                    items.add(new LinkedHashMap<>(c.attributes()));
                }
                case "set", "enable", "disable" -> {
                    Map<String, String> attributes = c.verb().equals("set") ? c.attributes()
                            : Map.of("disabled", c.verb().equals("disable") ? "yes" : "no");
                    if (s.kind() == Section.Kind.SINGLETON) {
                        if (items.isEmpty()) {
                            items.add(new LinkedHashMap<>());
                        }
                        set(s, Optional.empty(), "", List.of(items.get(0)), attributes).ifPresent(changes::add);
                        continue;
                    }
                    Selector selector = c.selector().orElseThrow();
                    List<Map<String, String>> matched = matching(items, selector);
                    if (matched.isEmpty()) {
                        problems.add(where + "no item in " + s.menu() + " matches " + selector.text());
                        continue;
                    }
                    set(s, c.selector(), selector.text() + " ", matched, attributes).ifPresent(changes::add);
                }
                case "unset" -> {
                    Selector selector = c.selector().orElseThrow();
                    List<Map<String, String>> matched = matching(items, selector);
                    if (matched.isEmpty()) {
                        problems.add(where + "no item in " + s.menu() + " matches " + selector.text());
                        continue;
                    }
                    unset(s, c.selector(), selector.text() + " ", matched, c.valueNames()).ifPresent(changes::add);
                }
                case "remove" -> {
                    Selector selector = c.selector().orElseThrow();
                    List<Map<String, String>> matched = matching(items, selector);
                    if (matched.isEmpty()) {
                        problems.add(where + "no item in " + s.menu() + " matches " + selector.text());
                        continue;
                    }
                    List<String> removed = matched.stream()
                            .map(i -> "add " + AttributeValues.render(AttributeValues.configuration(s, i))).toList();
                    changes.add(new Change(s, Op.REMOVE, c.selector(), Map.of(), List.of(), removed, List.of()));
                    items.removeAll(matched);
                }
                default -> problems.add(where + "'" + c.verb() + "' cannot be merged");
            }
        }
        if (!problems.isEmpty()) {
            throw new ConfigRejectedException("RouterOS script not applied:\n  " + String.join("\n  ", problems));
        }
        return changes;
    }

    private static Optional<Change> set(Section s, Optional<Selector> selector, String selectorText,
                                        List<Map<String, String>> items, Map<String, String> attributes) {
        Map<String, String> before = new TreeMap<>();
        Map<String, String> changed = new TreeMap<>();
        for (Map<String, String> item : items) {
            for (Map.Entry<String, String> a : attributes.entrySet()) {
                String old = effective(item, a.getKey());
                if (!AttributeValues.same(a.getKey(), old, a.getValue())) {
                    changed.put(a.getKey(), a.getValue());
                    if (old != null && !old.isEmpty()) {
                        before.putIfAbsent(a.getKey(), old);
                    }
                }
            }
        }
        if (changed.isEmpty()) {
            return Optional.empty();
        }
        items.forEach(i -> i.putAll(attributes));
        List<String> removed = before.isEmpty() ? List.of() : List.of("set " + selectorText + AttributeValues.render(before));
        return Optional.of(new Change(s, Op.SET, selector, attributes, List.of(), removed,
                List.of("set " + selectorText + AttributeValues.render(changed))));
    }

    private static Optional<Change> unset(Section s, Optional<Selector> selector, String selectorText,
                                          List<Map<String, String>> items, List<String> names) {
        Map<String, String> before = new TreeMap<>();
        for (Map<String, String> item : items) {
            for (String n : names) {
                String old = item.get(n);
                if (old != null && !old.isEmpty()) {
                    before.putIfAbsent(n, old);
                }
            }
        }
        if (before.isEmpty()) {
            return Optional.empty();
        }
        items.forEach(i -> names.forEach(i::remove));
        return Optional.of(new Change(s, Op.UNSET, selector, Map.of(), names,
                List.of("set " + selectorText + AttributeValues.render(before)),
                List.of("unset " + selectorText + String.join(",", names))));
    }

    private static List<Map<String, String>> matching(List<Map<String, String>> items, Selector selector) {
        return items.stream().filter(i -> AttributeValues.matches(i, selector.criteria())).toList();
    }

    /** The value an attribute has on the router: absent {@code disabled} is {@code no}. */
    private static String effective(Map<String, String> item, String key) {
        String v = item.get(key);
        if (v == null && key.equals("disabled")) {
            return "no";
        }
        return v;
    }

    // ---------------------------------------------------------------------------------------------------------
    // replace
    // ---------------------------------------------------------------------------------------------------------

    /** One item of a configuration in export form. */
    private record Entry(Selector selector, Map<String, String> attributes, boolean setOnly) {
    }

    /**
     * @param desired the parsed desired configuration ({@code add} and {@code set} lines as {@code /export} writes them)
     * @param running the supported sections of the running export ({@link ScriptParser#parseSupported})
     */
    public static List<Change> replace(List<ScriptCommand> desired, List<ScriptCommand> running)
            throws ConfigRejectedException {
        List<String> problems = new ArrayList<>();
        Map<Section, Map<String, Entry>> want = state(desired, problems, true);
        Map<Section, Map<String, Entry>> have = state(running, new ArrayList<>(), false);
        if (!problems.isEmpty()) {
            throw new ConfigRejectedException("RouterOS configuration not loaded:\n  " + String.join("\n  ", problems));
        }
        List<Change> changes = new ArrayList<>();
        Section[] order = Section.values();
        for (int i = order.length - 1; i >= 0; i--) {
            Section s = order[i];
            if (s.kind() != Section.Kind.LIST) {
                continue;
            }
            Map<String, Entry> w = want.getOrDefault(s, Map.of());
            for (Map.Entry<String, Entry> h : have.getOrDefault(s, Map.of()).entrySet()) {
                if (w.containsKey(h.getKey())) {
                    continue;
                }
                Entry e = h.getValue();
                if (e.setOnly()) {
                    attributeChanges(s, e.selector(), e.attributes(), Map.of(), changes);
                } else {
                    changes.add(new Change(s, Op.REMOVE, Optional.of(e.selector()), Map.of(), List.of(),
                            List.of("add " + AttributeValues.render(e.attributes())), List.of()));
                }
            }
        }
        for (Section s : order) {
            Map<String, Entry> w = want.getOrDefault(s, Map.of());
            Map<String, Entry> h = have.getOrDefault(s, Map.of());
            switch (s.kind()) {
                case LIST -> {
                    for (Map.Entry<String, Entry> e : w.entrySet()) {
                        Entry current = h.get(e.getKey());
                        Entry wanted = e.getValue();
                        if (current != null) {
                            attributeChanges(s, current.selector(), current.attributes(), wanted.attributes(), changes);
                        } else if (wanted.setOnly()) {
                            attributeChanges(s, wanted.selector(), Map.of(), wanted.attributes(), changes);
                        } else {
                            changes.add(new Change(s, Op.ADD, Optional.empty(), wanted.attributes(), List.of(), List.of(),
                                    List.of("add " + AttributeValues.render(wanted.attributes()))));
                        }
                    }
                }
                case FIXED -> {
                    Map<String, Entry> all = new LinkedHashMap<>(h);
                    w.forEach(all::putIfAbsent);
                    for (Map.Entry<String, Entry> e : all.entrySet()) {
                        Entry current = h.get(e.getKey());
                        Entry wanted = w.get(e.getKey());
                        attributeChanges(s, e.getValue().selector(), current == null ? Map.of() : current.attributes(),
                                wanted == null ? Map.of() : wanted.attributes(), changes);
                    }
                }
                case SINGLETON -> {
                    Map<String, String> current = h.containsKey("") ? h.get("").attributes() : Map.of();
                    Map<String, String> wanted = w.containsKey("") ? w.get("").attributes() : Map.of();
                    if (s == Section.SYSTEM_IDENTITY) {
                        String from = current.getOrDefault("name", DEFAULT_IDENTITY);
                        String to = wanted.getOrDefault("name", DEFAULT_IDENTITY);
                        if (!from.equals(to)) {
                            changes.add(new Change(s, Op.SET, Optional.empty(), Map.of("name", to), List.of(),
                                    List.of("set " + AttributeValues.render(Map.of("name", from))),
                                    List.of("set " + AttributeValues.render(Map.of("name", to)))));
                        }
                    }
                }
                default -> throw new IllegalStateException(s.kind().toString());
            }
        }
        return changes;
    }

    /** SET for new or different attributes, UNSET for dropped ones ({@code disabled} is set back to {@code no}). */
    private static void attributeChanges(Section s, Selector selector, Map<String, String> current,
                                         Map<String, String> wanted, List<Change> changes) {
        Map<String, String> set = new TreeMap<>();
        Map<String, String> before = new TreeMap<>();
        List<String> unset = new ArrayList<>();
        Map<String, String> unsetBefore = new TreeMap<>();
        for (Map.Entry<String, String> e : wanted.entrySet()) {
            String key = e.getKey();
            if (s.keys().contains(key) && s.kind() != Section.Kind.SINGLETON) {
                continue;
            }
            String old = effective(current, key);
            if (!AttributeValues.same(key, old == null ? "" : old, e.getValue())) {
                set.put(key, e.getValue());
                if (old != null && !old.isEmpty()) {
                    before.put(key, old);
                }
            }
        }
        for (Map.Entry<String, String> e : current.entrySet()) {
            String key = e.getKey();
            if (wanted.containsKey(key) || s.keys().contains(key) || s.derived().contains(key)) {
                continue;
            }
            if (key.equals("disabled")) {
                if (AttributeValues.same(key, e.getValue(), "yes")) {
                    set.put(key, "no");
                    before.put(key, e.getValue());
                }
                continue;
            }
            unset.add(key);
            unsetBefore.put(key, e.getValue());
        }
        String sel = selector.text() + " ";
        if (!set.isEmpty()) {
            changes.add(new Change(s, Op.SET, Optional.of(selector), set, List.of(),
                    before.isEmpty() ? List.of() : List.of("set " + sel + AttributeValues.render(before)),
                    List.of("set " + sel + AttributeValues.render(set))));
        }
        if (!unset.isEmpty()) {
            changes.add(new Change(s, Op.UNSET, Optional.of(selector), Map.of(), unset,
                    List.of("set " + sel + AttributeValues.render(unsetBefore)),
                    List.of("unset " + sel + String.join(",", unset))));
        }
    }

    private static Map<Section, Map<String, Entry>> state(List<ScriptCommand> commands, List<String> problems,
                                                          boolean strict) {
        Map<Section, Map<String, Entry>> state = new EnumMap<>(Section.class);
        for (ScriptCommand c : commands) {
            Section s = c.section();
            String where = "line " + c.line() + ": " + c.text() + ": ";
            Map<String, Entry> entries = state.computeIfAbsent(s, k -> new LinkedHashMap<>());
            if (!c.verb().equals("add") && !c.verb().equals("set")) {
                if (strict) {
                    problems.add(where + "a replace takes a configuration (add/set lines as /export writes them), not '"
                            + c.verb() + "'");
                }
                continue;
            }
            switch (s.kind()) {
                case LIST -> {
                    Map<String, String> attributes = new TreeMap<>(c.attributes());
                    boolean setOnly = c.verb().equals("set");
                    if (setOnly) {
                        c.selector().orElseThrow().criteria().forEach(attributes::putIfAbsent);
                    }
                    Optional<String> key = key(s, attributes);
                    if (key.isEmpty()) {
                        if (strict) {
                            problems.add(where + "needs " + String.join(" and ", s.keys()) + " to be replaced");
                        }
                        continue;
                    }
                    Map<String, String> keyCriteria = new LinkedHashMap<>();
                    s.keys().forEach(k -> keyCriteria.put(k, attributes.get(k)));
                    Selector selector = setOnly && s.keys().equals(List.of("name"))
                            ? Selector.named(attributes.get("name")) : Selector.find(keyCriteria);
                    Entry previous = entries.get(key.get());
                    if (previous != null) {
                        Map<String, String> merged = new TreeMap<>(previous.attributes());
                        merged.putAll(attributes);
                        entries.put(key.get(), new Entry(previous.selector(), merged, previous.setOnly()));
                    } else {
                        entries.put(key.get(), new Entry(selector, attributes, setOnly));
                    }
                }
                case FIXED -> {
                    String keyAttribute = s.keys().get(0);
                    Selector sel = c.selector().orElseThrow();
                    String value = sel.criteria().get(keyAttribute);
                    if (value == null || sel.criteria().size() != 1) {
                        if (strict) {
                            problems.add(where + "a replace addresses " + s.menu() + " items as [ find " + keyAttribute
                                    + "=... ]");
                        }
                        continue;
                    }
                    Entry previous = entries.get(value);
                    Map<String, String> merged = new TreeMap<>(previous == null ? Map.of() : previous.attributes());
                    merged.putAll(c.attributes());
                    entries.put(value, new Entry(Selector.find(Map.of(keyAttribute, value)), merged, true));
                }
                case SINGLETON -> {
                    Entry previous = entries.get("");
                    Map<String, String> merged = new TreeMap<>(previous == null ? Map.of() : previous.attributes());
                    merged.putAll(c.attributes());
                    entries.put("", new Entry(new Selector(Map.of(), ""), merged, true));
                }
                default -> throw new IllegalStateException(s.kind().toString());
            }
        }
        return state;
    }

    private static Optional<String> key(Section s, Map<String, String> attributes) {
        List<String> parts = new ArrayList<>();
        for (String k : s.keys()) {
            String v = attributes.get(k);
            if (v == null || v.isBlank()) {
                return Optional.empty();
            }
            parts.add(AttributeValues.canonical(k, v));
        }
        return Optional.of(String.join("\u0000", parts));
    }

    // ---------------------------------------------------------------------------------------------------------
    // diff
    // ---------------------------------------------------------------------------------------------------------

    /**
     * The changes as a unified-diff-like text in export syntax, grouped by menu; {@code ""} when there are none:
     * <pre>
     * --- running
     * +++ candidate
     * &#64;&#64; /ip address &#64;&#64;
     * +add address=192.0.2.1/24 comment=lab interface=ether3
     * </pre>
     */
    public static String render(List<Change> changes) {
        if (changes.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder("--- running\n+++ candidate\n");
        Section current = null;
        for (Change c : changes) {
            if (c.section() != current) {
                current = c.section();
                out.append("@@ ").append(current.menu()).append(" @@\n");
            }
            c.removed().forEach(l -> out.append('-').append(l).append('\n'));
            c.added().forEach(l -> out.append('+').append(l).append('\n'));
        }
        return out.toString();
    }
}

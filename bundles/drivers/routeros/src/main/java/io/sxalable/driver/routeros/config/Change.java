package io.sxalable.driver.routeros.config;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One planned change: what the commit sends, and how the diff shows it.
 *
 * <p>Example: merging {@code /interface ethernet set [ find default-name=ether3 ] comment=uplink} on a router
 * where ether3 has no comment → {@code Change(INTERFACE_ETHERNET, SET, [ find default-name=ether3 ],
 * {comment=uplink}, [], [], ["set [ find default-name=ether3 ] comment=uplink"])}.
 *
 * @param section    the menu
 * @param op         what to do
 * @param selector   the items ({@code SET}, {@code UNSET}, {@code REMOVE} outside singletons)
 * @param attributes what {@code ADD} creates / {@code SET} sets
 * @param valueNames what {@code UNSET} resets
 * @param removed    diff lines of the running config this change takes away (export syntax, without the sign)
 * @param added      diff lines this change brings
 */
public record Change(Section section, Op op, Optional<Selector> selector, Map<String, String> attributes,
                     List<String> valueNames, List<String> removed, List<String> added) {

    /** The API verb a change becomes. */
    public enum Op {
        ADD("add"), SET("set"), UNSET("unset"), REMOVE("remove");

        private final String verb;

        Op(String verb) {
            this.verb = verb;
        }

        public String verb() {
            return verb;
        }
    }

    public Change {
        Objects.requireNonNull(section);
        Objects.requireNonNull(op);
        Objects.requireNonNull(selector);
        attributes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
        valueNames = List.copyOf(valueNames);
        removed = List.copyOf(removed);
        added = List.copyOf(added);
    }
}

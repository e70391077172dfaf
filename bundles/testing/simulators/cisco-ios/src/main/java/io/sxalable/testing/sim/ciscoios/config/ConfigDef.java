package io.sxalable.testing.sim.ciscoios.config;

import java.util.List;
import java.util.Optional;

/**
 * One configuration statement the simulated IOS accepts in a mode, and how it lives in the running config.
 *
 * <p>Templates ({@code key}, {@code group}, {@code clears}, {@code canonical}) refer to the canonical tokens of
 * the typed command as {@code $0}, {@code $1}, ...: for {@code neighbor 10.0.12.2 remote-as 65002} the key
 * {@code "$0 $1 $2"} is {@code neighbor 10.0.12.2 remote-as}, so a second {@code remote-as} for the same
 * neighbor replaces the first, as on IOS.
 *
 * @param pattern   the {@link io.sxalable.testing.sim.ciscoios.cli.Syntax} pattern
 * @param rank      position among the siblings (IOS prints statements in a fixed order per mode)
 * @param subrank   position within a group
 * @param key       identity: a statement replaces siblings with the same key
 * @param group     statements with the same group stay together (all lines of one BGP neighbor)
 * @param enters    the mode this statement opens, or {@code null} for a plain line
 * @param noOnly    exists only in the {@code no} form (e.g. {@code no neighbor X} removes every line of X)
 * @param isDefault the statement restores a default: it removes its key and is not printed itself
 * @param clears    on set (or on {@code no}), also remove siblings starting with this prefix (and their
 *                  descendants' lines when {@code deep})
 * @param deep      {@code clears} also applies inside child blocks (address families)
 * @param canonical how the statement is printed, when different from the typed canonical tokens
 */
public record ConfigDef(String pattern, int rank, int subrank, String key, String group, Mode enters, boolean noOnly,
                        boolean isDefault, String clears, boolean deep, String canonical) {

    /** A plain statement whose identity is its whole line. */
    public static ConfigDef line(String pattern, int rank) {
        return new ConfigDef(pattern, rank, 0, null, null, null, false, false, null, false, null);
    }

    /** A single-valued statement: a new value replaces the old one (identity = the given key template). */
    public static ConfigDef single(String pattern, int rank, String key) {
        return new ConfigDef(pattern, rank, 0, key, null, null, false, false, null, false, null);
    }

    /** A statement opening a sub-mode. */
    public static ConfigDef block(String pattern, int rank, Mode enters) {
        return new ConfigDef(pattern, rank, 0, null, null, enters, false, false, null, false, null);
    }

    public ConfigDef grouped(String groupTemplate, int sub) {
        return new ConfigDef(pattern, rank, sub, key, groupTemplate, enters, noOnly, isDefault, clears, deep, canonical);
    }

    public ConfigDef clearing(String prefixTemplate, boolean inChildren) {
        return new ConfigDef(pattern, rank, subrank, key, group, enters, noOnly, isDefault, prefixTemplate, inChildren,
                canonical);
    }

    public ConfigDef printedAs(String template) {
        return new ConfigDef(pattern, rank, subrank, key, group, enters, noOnly, isDefault, clears, deep, template);
    }

    public ConfigDef removalOnly() {
        return new ConfigDef(pattern, rank, subrank, key, group, enters, true, isDefault, clears, deep, canonical);
    }

    public ConfigDef asDefault() {
        return new ConfigDef(pattern, rank, subrank, key, group, enters, noOnly, true, clears, deep, canonical);
    }

    /** The printed line for the typed canonical tokens. */
    public String render(List<String> tokens) {
        return canonical == null ? String.join(" ", tokens) : expand(canonical, tokens).orElse(String.join(" ", tokens));
    }

    /** The identity of a statement; empty when the tokens stop before the key is complete. */
    public Optional<String> keyOf(List<String> tokens) {
        return key == null ? (tokens.size() == Syntaxes.size(pattern) ? Optional.of(render(tokens)) : Optional.empty())
                : expand(key, tokens);
    }

    public Optional<String> groupOf(List<String> tokens) {
        return group == null ? Optional.empty() : expand(group, tokens);
    }

    public Optional<String> clearsOf(List<String> tokens) {
        return clears == null ? Optional.empty() : expand(clears, tokens);
    }

    /** Replaces {@code $n} by token n; empty when a referenced token is missing. */
    static Optional<String> expand(String template, List<String> tokens) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            if (c == '$' && i + 1 < template.length() && Character.isDigit(template.charAt(i + 1))) {
                int n = template.charAt(++i) - '0';
                if (n >= tokens.size()) {
                    return Optional.empty();
                }
                out.append(tokens.get(n));
            } else {
                out.append(c);
            }
        }
        return Optional.of(out.toString());
    }

    /** Counts pattern elements. */
    static final class Syntaxes {
        private Syntaxes() {
        }

        static int size(String pattern) {
            return pattern.trim().split("\\s+").length;
        }
    }
}

package io.sxalable.driver.routeros.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Comparing and printing attribute values the way the router reads them. */
public final class AttributeValues {

    private AttributeValues() {
    }

    /**
     * Canonical form for comparisons: booleans as {@code yes}/{@code no} (the API prints {@code true}/{@code false},
     * scripts write {@code yes}/{@code no}); a host address without a prefix length gets {@code /32} or {@code /128}.
     */
    public static String canonical(String key, String value) {
        if (value == null) {
            return null;
        }
        String v = value.strip();
        String lower = v.toLowerCase(Locale.ROOT);
        if (lower.equals("true") || lower.equals("yes")) {
            return "yes";
        }
        if (lower.equals("false") || lower.equals("no")) {
            return "no";
        }
        if ((key.equals("address") || key.endsWith(".address")) && v.indexOf('/') < 0 && !v.isEmpty()
                && (v.indexOf(':') >= 0 || v.chars().filter(c -> c == '.').count() == 3) && !v.contains("-")) {
            return v + (v.indexOf(':') >= 0 ? "/128" : "/32");
        }
        return v;
    }

    public static boolean same(String key, String a, String b) {
        String ca = canonical(key, a);
        String cb = canonical(key, b);
        return ca == null ? cb == null : ca.equals(cb);
    }

    /** Whether {@code item} matches every criterion. */
    public static boolean matches(Map<String, String> item, Map<String, String> criteria) {
        for (Map.Entry<String, String> c : criteria.entrySet()) {
            String value = item.get(c.getKey());
            if (value == null) {
                value = c.getKey().equals("disabled") || c.getKey().equals("dynamic") ? "no" : "";
            }
            if (!same(c.getKey(), value, c.getValue())) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@code key=value} words as export writes them: keys in alphabetical order, booleans as yes/no, a dotted key
     * shortened to {@code .suffix} when the previous key has the same prefix ({@code remote.address=... .as=...}).
     */
    public static String render(Map<String, String> attributes) {
        List<String> words = new ArrayList<>();
        String previousPrefix = null;
        for (Map.Entry<String, String> e : new TreeMap<>(attributes).entrySet()) {
            String key = e.getKey();
            int dot = key.indexOf('.');
            String prefix = dot > 0 ? key.substring(0, dot) : null;
            String shown = prefix != null && prefix.equals(previousPrefix) ? key.substring(dot) : key;
            previousPrefix = prefix;
            String value = e.getValue();
            String lower = value.toLowerCase(Locale.ROOT);
            if (lower.equals("true")) {
                value = "yes";
            } else if (lower.equals("false")) {
                value = "no";
            }
            words.add(shown + "=" + ScriptSyntax.quote(value));
        }
        return String.join(" ", words);
    }

    /** The configuration attributes of a printed item: without read-only state and without defaults ({@code disabled=no}). */
    public static Map<String, String> configuration(Section section, Map<String, String> item) {
        Map<String, String> out = new TreeMap<>();
        for (Map.Entry<String, String> e : item.entrySet()) {
            String key = e.getKey();
            if (key.startsWith(".") || section.readOnly().contains(key)) {
                continue;
            }
            if (key.equals("disabled") && !canonical(key, e.getValue()).equals("yes")) {
                continue;
            }
            if (key.equals("comment") && e.getValue().isEmpty()) {
                continue;
            }
            out.put(key, e.getValue());
        }
        return out;
    }
}

package io.sxalable.driver.routeros.config;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Which items a {@code set}/{@code remove} addresses: {@code [ find k=v ... ]} (all criteria must match) or a bare
 * item name ({@code set default as=65001}, {@code set ether1 comment=x}). Console item numbers ({@code set 0})
 * do not exist on the API and are rejected by the parser.
 *
 * @param criteria attribute → value, all of which must match; a bare name is {@code {name=<it>}}
 * @param text     how the script wrote it, for diffs and messages
 */
public record Selector(Map<String, String> criteria, String text) {

    public Selector {
        criteria = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(criteria));
    }

    public static Selector find(Map<String, String> criteria) {
        String body = criteria.entrySet().stream().map(e -> e.getKey() + "=" + ScriptSyntax.quote(e.getValue()))
                .collect(Collectors.joining(" "));
        return new Selector(criteria, body.isEmpty() ? "[ find ]" : "[ find " + body + " ]");
    }

    public static Selector named(String name) {
        return new Selector(Map.of("name", name), ScriptSyntax.quote(name));
    }
}

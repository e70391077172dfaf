package io.sxalable.driver.routeros.config;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One command of a RouterOS script, parsed and checked against the supported {@link Section}s.
 *
 * <p>Example: {@code /ip address add address=192.0.2.1/24 interface=ether2} (line 3) →
 * {@code ScriptCommand(3, "...", IP_ADDRESS, "add", empty, {address=192.0.2.1/24, interface=ether2}, [])}.
 *
 * @param line       1-based line number in the script
 * @param text       the logical line as written
 * @param section    the menu
 * @param verb       {@code add}, {@code set}, {@code remove}, {@code unset}, {@code enable} or {@code disable}
 * @param selector   the addressed items ({@code set}/{@code remove}/... in list and fixed menus)
 * @param attributes {@code key=value} pairs in order; compacted dotted keys ({@code .as}) are expanded ({@code remote.as})
 * @param valueNames for {@code unset}: the attributes to reset
 */
public record ScriptCommand(int line, String text, Section section, String verb, Optional<Selector> selector,
                            Map<String, String> attributes, List<String> valueNames) {

    public ScriptCommand {
        Objects.requireNonNull(text);
        Objects.requireNonNull(section);
        Objects.requireNonNull(verb);
        Objects.requireNonNull(selector);
        attributes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
        valueNames = List.copyOf(valueNames);
    }
}

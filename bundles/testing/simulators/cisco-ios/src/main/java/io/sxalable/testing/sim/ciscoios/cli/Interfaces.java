package io.sxalable.testing.sim.ciscoios.cli;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Interface-name rules of one device: abbreviations ({@code gi1}, {@code lo 0} is not supported, {@code Lo0} is)
 * are expanded to IOS's canonical names; physical interfaces must exist, loopbacks can be created.
 */
public interface Interfaces {

    /** The canonical name for {@code token}, or empty when it names no interface this device has or can create. */
    Optional<String> canonical(String token);

    /** Interface types IOS-XE on a CSR1000V knows, in the order {@code show interfaces} lists them. */
    List<String> TYPES = List.of("GigabitEthernet", "Loopback");

    Pattern NAME = Pattern.compile("([A-Za-z-]+)\\s*(\\d+(?:/\\d+)*(?:\\.\\d+)?)");

    /** Splits {@code gi1} into the expanded type and the number, if the type prefix is unique. */
    static Optional<String[]> split(String token) {
        Matcher m = NAME.matcher(token);
        if (!m.matches()) {
            return Optional.empty();
        }
        String prefix = m.group(1);
        String found = null;
        for (String type : TYPES) {
            if (type.regionMatches(true, 0, prefix, 0, prefix.length()) && prefix.length() <= type.length()) {
                if (found != null) {
                    return Optional.empty();
                }
                found = type;
            }
        }
        return found == null ? Optional.empty() : Optional.of(new String[] {found, m.group(2)});
    }
}

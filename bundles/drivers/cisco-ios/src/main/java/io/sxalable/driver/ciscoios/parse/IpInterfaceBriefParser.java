package io.sxalable.driver.ciscoios.parse;

import io.sxalable.sdk.driver.UnexpectedOutputException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses {@code show ip interface brief}: the interface names, in the device's order.
 *
 * <pre>
 * Interface              IP-Address      OK? Method Status                Protocol
 * GigabitEthernet1       192.168.122.11  YES NVRAM  up                    up
 * GigabitEthernet4       unassigned      YES unset  administratively down down
 * </pre>
 *
 * Columns are split on blanks, not positions: long names push the others to the right.
 */
public final class IpInterfaceBriefParser {

    public static final String COMMAND = "show ip interface brief";

    private static final Pattern ROW = Pattern.compile(
            "^(\\S+)\\s+(\\S+)\\s+(YES|NO)\\s+(\\S+)\\s+(up|down|administratively down|deleted|reset)\\s+(up|down)\\s*$");

    private IpInterfaceBriefParser() {
    }

    public static List<String> names(String output) throws UnexpectedOutputException {
        String text = output == null ? "" : output.replace("\r", "");
        List<String> names = new ArrayList<>();
        boolean header = false;
        for (String line : text.split("\n")) {
            if (line.startsWith("Interface") && line.contains("IP-Address") && line.contains("Protocol")) {
                header = true;
                continue;
            }
            Matcher m = ROW.matcher(line);
            if (m.matches()) {
                names.add(m.group(1));
            } else if (header && !line.isBlank()) {
                throw new UnexpectedOutputException("'" + COMMAND + "': unexpected line '" + line.strip() + "'");
            }
        }
        if (!header) {
            throw new UnexpectedOutputException("'" + COMMAND + "' has no 'Interface  IP-Address  OK? ...' header");
        }
        return names;
    }
}

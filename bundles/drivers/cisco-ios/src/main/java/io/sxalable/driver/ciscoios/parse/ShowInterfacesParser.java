package io.sxalable.driver.ciscoios.parse;

import io.sxalable.sdk.driver.InterfaceCounters;
import io.sxalable.sdk.driver.UnexpectedOutputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses {@code show interfaces}: one block per interface, starting with
 * {@code GigabitEthernet2 is up, line protocol is up}.
 *
 * <ul>
 *   <li>state: {@code administratively down} → admin down; up only when both the interface and the line
 *       protocol are up</li>
 *   <li>{@code Hardware is CSR vNIC, address is 5254.00e1.7402 (bia ...)} → MAC {@code 52:54:00:e1:74:02}</li>
 *   <li>{@code Description: ...}; {@code Internet address is 10.0.12.1/30} (the primary address only)</li>
 *   <li>{@code MTU 1500 bytes, BW 1000000 Kbit/sec}; speed from {@code Full Duplex, 1000Mbps}, else from BW for
 *       interfaces with a MAC; loopbacks, tunnels and null interfaces have none</li>
 *   <li>counters: {@code N packets input, M bytes}, {@code N packets output, M bytes}, {@code N input errors},
 *       {@code N output errors}, input queue drops ({@code Input queue: 0/375/3/0 (size/max/drops/flushes)}) and
 *       {@code Total output drops: N} as discards</li>
 * </ul>
 */
public final class ShowInterfacesParser {

    public static final String COMMAND = "show interfaces";

    /** One interface as {@code show interfaces} describes it. */
    public record Block(String name, boolean adminUp, boolean operUp, String description, String mac,
                        Optional<String> primaryAddress, int mtu, OptionalLong speedMbps, Optional<InterfaceCounters> counters) {
    }

    private static final Pattern HEADER = Pattern.compile(
            "^(\\S+) is ((?:administratively )?(?:up|down)|deleted|reset|testing)\\s*(?:\\([^)]*\\))?, line protocol is (\\w+).*$");
    private static final Pattern MAC = Pattern.compile("address is ([0-9a-fA-F]{4})\\.([0-9a-fA-F]{4})\\.([0-9a-fA-F]{4})");
    private static final Pattern HARDWARE = Pattern.compile("^\\s+Hardware is ([^,]+)");
    private static final Pattern DESCRIPTION = Pattern.compile("^\\s+Description: ?(.*)$");
    private static final Pattern ADDRESS = Pattern.compile("^\\s+Internet address is (\\d+\\.\\d+\\.\\d+\\.\\d+/\\d+)");
    private static final Pattern MTU = Pattern.compile("^\\s+MTU (\\d+) bytes, BW (\\d+) Kbit");
    private static final Pattern SPEED = Pattern.compile("(?:[Ff]ull|[Hh]alf|[Aa]uto)[- ][Dd]uplex, (\\d+)(Mbps|Gbps|Mb/s|Gb/s)");
    private static final Pattern IN = Pattern.compile("^\\s+(\\d+) packets input, (\\d+) bytes");
    private static final Pattern OUT = Pattern.compile("^\\s+(\\d+) packets output, (\\d+) bytes");
    private static final Pattern IN_ERRORS = Pattern.compile("^\\s+(\\d+) input errors");
    private static final Pattern OUT_ERRORS = Pattern.compile("^\\s+(\\d+) output errors");
    private static final Pattern IN_DROPS = Pattern.compile("Input queue: \\d+/\\d+/(\\d+)/\\d+");
    private static final Pattern OUT_DROPS = Pattern.compile("Total output drops: (\\d+)");

    private ShowInterfacesParser() {
    }

    public static List<Block> parse(String output) throws UnexpectedOutputException {
        String text = output == null ? "" : output.replace("\r", "");
        List<List<String>> blocks = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (HEADER.matcher(line).matches()) {
                blocks.add(new ArrayList<>());
            }
            if (blocks.isEmpty()) {
                if (!line.isBlank()) {
                    throw new UnexpectedOutputException("'" + COMMAND + "' does not start with '<name> is <state>, "
                            + "line protocol is <state>': '" + line.strip() + "'");
                }
                continue;
            }
            blocks.get(blocks.size() - 1).add(line);
        }
        if (blocks.isEmpty()) {
            throw new UnexpectedOutputException("'" + COMMAND + "' listed no interfaces");
        }
        List<Block> parsed = new ArrayList<>();
        for (List<String> lines : blocks) {
            parsed.add(block(lines));
        }
        return parsed;
    }

    private static Block block(List<String> lines) throws UnexpectedOutputException {
        Matcher header = HEADER.matcher(lines.get(0));
        header.matches();
        String name = header.group(1);
        String state = header.group(2);
        boolean adminUp = !state.startsWith("administratively");
        boolean operUp = state.equals("up") && header.group(3).equals("up");
        String description = "";
        String mac = "";
        String hardware = "";
        Optional<String> address = Optional.empty();
        Integer mtu = null;
        long bandwidthKbit = 0;
        OptionalLong speed = OptionalLong.empty();
        long[] in = null;
        long[] out = null;
        long inErrors = 0;
        long outErrors = 0;
        long inDrops = 0;
        long outDrops = 0;
        for (String line : lines) {
            Matcher m;
            if ((m = HARDWARE.matcher(line)).find()) {
                hardware = m.group(1).strip();
                Matcher a = MAC.matcher(line);
                if (a.find()) {
                    mac = colons(a.group(1) + a.group(2) + a.group(3));
                }
            } else if ((m = DESCRIPTION.matcher(line)).find()) {
                description = m.group(1).strip();
            } else if ((m = ADDRESS.matcher(line)).find()) {
                address = Optional.of(m.group(1));
            } else if ((m = MTU.matcher(line)).find()) {
                mtu = Integer.parseInt(m.group(1));
                bandwidthKbit = Long.parseLong(m.group(2));
            } else if ((m = IN.matcher(line)).find()) {
                in = new long[] {Long.parseLong(m.group(1)), Long.parseLong(m.group(2))};
            } else if ((m = OUT.matcher(line)).find()) {
                out = new long[] {Long.parseLong(m.group(1)), Long.parseLong(m.group(2))};
            } else if ((m = IN_ERRORS.matcher(line)).find()) {
                inErrors = Long.parseLong(m.group(1));
            } else if ((m = OUT_ERRORS.matcher(line)).find()) {
                outErrors = Long.parseLong(m.group(1));
            }
            if ((m = SPEED.matcher(line)).find()) {
                long value = Long.parseLong(m.group(1));
                speed = OptionalLong.of(m.group(2).startsWith("G") ? value * 1000 : value);
            }
            if ((m = IN_DROPS.matcher(line)).find()) {
                inDrops = Long.parseLong(m.group(1));
            }
            if ((m = OUT_DROPS.matcher(line)).find()) {
                outDrops = Long.parseLong(m.group(1));
            }
        }
        if (mtu == null) {
            throw new UnexpectedOutputException("'" + COMMAND + "': no 'MTU ... bytes, BW ... Kbit/sec' line for " + name);
        }
        if (speed.isEmpty() && !mac.isEmpty() && !virtual(hardware) && bandwidthKbit >= 1000) {
            speed = OptionalLong.of(bandwidthKbit / 1000);
        }
        Optional<InterfaceCounters> counters = in == null || out == null ? Optional.empty()
                : Optional.of(new InterfaceCounters(name, in[1], out[1], in[0], out[0], inErrors, outErrors, inDrops,
                outDrops));
        return new Block(name, adminUp, operUp, description, mac, address, mtu, speed, counters);
    }

    private static boolean virtual(String hardware) {
        String h = hardware.toLowerCase(java.util.Locale.ROOT);
        return h.startsWith("loopback") || h.startsWith("tunnel") || h.startsWith("null") || h.contains("virtual");
    }

    /** {@code 5254.00e1.7402} → {@code 52:54:00:e1:74:02}. */
    static String colons(String hex12) {
        String h = hex12.toLowerCase(java.util.Locale.ROOT);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < 12; i += 2) {
            if (i > 0) {
                out.append(':');
            }
            out.append(h, i, i + 2);
        }
        return out.toString();
    }
}

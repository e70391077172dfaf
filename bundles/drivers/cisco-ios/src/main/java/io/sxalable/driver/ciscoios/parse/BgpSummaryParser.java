package io.sxalable.driver.ciscoios.parse;

import io.sxalable.sdk.driver.BgpNeighbor;
import io.sxalable.sdk.driver.BgpState;
import io.sxalable.sdk.driver.UnexpectedOutputException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds {@link BgpNeighbor}s from {@code show bgp all summary} (every address family: IPv4, IPv6, VPNv4 ...) and
 * the running config.
 *
 * <ul>
 *   <li>one row per neighbor and family; a neighbor active in several families (IPv4 and IPv6 unicast) becomes one
 *       entry with the prefixes summed</li>
 *   <li>State/PfxRcd: a number means Established with that many prefixes received; otherwise the FSM state
 *       ({@code Idle (Admin)} is an administratively shut-down neighbor → {@link BgpState#IDLE})</li>
 *   <li>Up/Down ({@code 00:18:04}, {@code 1d02h}, {@code 1w2d}, {@code 1y4w}, {@code never}) → state duration</li>
 *   <li>VRF: neighbors configured under {@code address-family ipv4 vrf NAME} of {@code router bgp} belong to NAME
 *       (the summary does not say), the others to {@code default}; descriptions come from the config as well</li>
 *   <li>prefixes sent: the summary has no such column, so it is 0 (see the README)</li>
 * </ul>
 */
public final class BgpSummaryParser {

    public static final String COMMAND = "show bgp all summary";

    private static final Pattern FAMILY = Pattern.compile("^For address family: (.+?)\\s*$");
    private static final Pattern LOCAL_AS = Pattern.compile("local AS number (\\d+(?:\\.\\d+)?)");
    private static final Pattern ROW = Pattern.compile(
            "^(\\S*)\\s+4\\s+(\\d+(?:\\.\\d+)?)\\s+(\\d+)\\s+(\\d+)\\s+(\\d+)\\s+(\\d+)\\s+(\\d+)\\s+(\\S+)\\s+(.+?)\\s*$");
    private static final Pattern LONE_ADDRESS = Pattern.compile("^([0-9A-Fa-f:.]+)\\s*$");
    private static final Pattern UP_DOWN = Pattern.compile(
            "(\\d+):(\\d+):(\\d+)|(\\d+)d(\\d+)h|(\\d+)w(\\d+)d|(\\d+)y(\\d+)w|never");

    private BgpSummaryParser() {
    }

    public static List<BgpNeighbor> parse(String summary, String runningConfig) throws UnexpectedOutputException {
        String text = summary == null ? "" : summary.replace("\r", "");
        if (text.strip().startsWith("% BGP not active")) {
            return List.of();
        }
        Map<String, String> vrfs = new HashMap<>();
        Map<String, String> descriptions = new HashMap<>();
        configuredNeighbors(runningConfig, vrfs, descriptions);

        Map<String, BgpNeighbor> neighbors = new LinkedHashMap<>();
        String family = "IPv4 Unicast";
        Long localAs = null;
        boolean table = false;
        String pending = null;
        for (String line : text.split("\n")) {
            Matcher m;
            if ((m = FAMILY.matcher(line)).matches()) {
                family = m.group(1);
                table = false;
                continue;
            }
            if ((m = LOCAL_AS.matcher(line)).find()) {
                localAs = asNumber(m.group(1));
                continue;
            }
            if (line.startsWith("Neighbor") && line.contains("State/PfxRcd")) {
                table = true;
                continue;
            }
            if (!table) {
                continue;
            }
            if (line.isBlank()) {
                table = false;
                continue;
            }
            if (pending == null && (m = LONE_ADDRESS.matcher(line)).matches()) {
                pending = m.group(1);   // a long (IPv6) address; the numbers follow on the next line
                continue;
            }
            m = ROW.matcher(line);
            if (!m.matches() || (pending == null && m.group(1).isEmpty())) {
                throw new UnexpectedOutputException("'" + COMMAND + "': unexpected neighbor line '" + line.strip() + "'");
            }
            String address = (pending != null ? pending : m.group(1)).toLowerCase(Locale.ROOT);
            pending = null;
            if (localAs == null) {
                throw new UnexpectedOutputException("'" + COMMAND + "': neighbor table before 'local AS number'");
            }
            add(neighbors, row(m, address, family, localAs, vrfs, descriptions));
        }
        return List.copyOf(neighbors.values());
    }

    private static BgpNeighbor row(Matcher m, String address, String family, long localAs, Map<String, String> vrfs,
                                   Map<String, String> descriptions) throws UnexpectedOutputException {
        String statePfx = m.group(9);
        BgpState state;
        long prefixes = 0;
        if (statePfx.matches("\\d+")) {
            state = BgpState.ESTABLISHED;
            prefixes = Long.parseLong(statePfx);
        } else {
            state = BgpState.parse(statePfx);
        }
        String vrf = vrfs.getOrDefault(address, "default");
        return new BgpNeighbor(vrf, address, localAs, asNumber(m.group(2)), state, upDown(m.group(8)), prefixes, 0,
                descriptions.getOrDefault(vrf + "|" + address, ""));
    }

    private static void add(Map<String, BgpNeighbor> neighbors, BgpNeighbor n) {
        String key = n.vrf() + "|" + n.peerAddress();
        BgpNeighbor seen = neighbors.get(key);
        if (seen == null) {
            neighbors.put(key, n);
            return;
        }
        neighbors.put(key, new BgpNeighbor(seen.vrf(), seen.peerAddress(), seen.localAs(), seen.remoteAs(),
                seen.up() ? seen.state() : n.state(), seen.up() ? seen.stateDuration() : n.stateDuration(),
                seen.prefixesReceived() + n.prefixesReceived(), 0, seen.description()));
    }

    /** VRF and description of every neighbor in {@code router bgp}, keyed by lower-case address. */
    private static void configuredNeighbors(String runningConfig, Map<String, String> vrfs,
                                            Map<String, String> descriptions) {
        ConfigText config = ConfigText.parse(runningConfig == null ? "" : runningConfig);
        Optional<String> router = config.topLevel("router bgp ").stream().findFirst();
        if (router.isEmpty()) {
            return;
        }
        for (String line : config.childrenOf(router.get())) {
            description(line, "default", descriptions);
        }
        for (ConfigText.Block af : config.blocksUnder(router.get(), "address-family ")) {
            String[] words = af.command().split("\\s+");
            if (words.length >= 4 && words[words.length - 2].equals("vrf")) {
                String vrf = words[words.length - 1];
                for (String line : af.children()) {
                    String[] w = line.split("\\s+");
                    if (w.length >= 4 && w[0].equals("neighbor") && w[2].equals("remote-as")) {
                        vrfs.put(w[1].toLowerCase(Locale.ROOT), vrf);
                    }
                    description(line, vrf, descriptions);
                }
            }
        }
    }

    private static void description(String line, String vrf, Map<String, String> descriptions) {
        String[] w = line.split("\\s+", 4);
        if (w.length == 4 && w[0].equals("neighbor") && w[2].equals("description")) {
            descriptions.put(vrf + "|" + w[1].toLowerCase(Locale.ROOT), w[3]);
        }
    }

    /** {@code 65001} or asdot {@code 1.10} (= 65546). */
    static long asNumber(String text) {
        int dot = text.indexOf('.');
        if (dot < 0) {
            return Long.parseLong(text);
        }
        return Long.parseLong(text.substring(0, dot)) * 65536 + Long.parseLong(text.substring(dot + 1));
    }

    /** The Up/Down column as a duration; {@code never} is zero. */
    static Duration upDown(String text) throws UnexpectedOutputException {
        Matcher m = UP_DOWN.matcher(text);
        if (!m.matches()) {
            throw new UnexpectedOutputException("'" + COMMAND + "': cannot read the Up/Down time '" + text + "'");
        }
        if (m.group(1) != null) {
            return Duration.ofHours(Long.parseLong(m.group(1))).plusMinutes(Long.parseLong(m.group(2)))
                    .plusSeconds(Long.parseLong(m.group(3)));
        }
        if (m.group(4) != null) {
            return Duration.ofDays(Long.parseLong(m.group(4))).plusHours(Long.parseLong(m.group(5)));
        }
        if (m.group(6) != null) {
            return Duration.ofDays(7 * Long.parseLong(m.group(6)) + Long.parseLong(m.group(7)));
        }
        if (m.group(8) != null) {
            return Duration.ofDays(365 * Long.parseLong(m.group(8)) + 7 * Long.parseLong(m.group(9)));
        }
        return Duration.ZERO;
    }
}

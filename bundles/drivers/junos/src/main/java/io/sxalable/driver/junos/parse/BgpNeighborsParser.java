package io.sxalable.driver.junos.parse;

import io.sxalable.sdk.driver.BgpNeighbor;
import io.sxalable.sdk.driver.BgpState;
import io.sxalable.sdk.driver.UnexpectedOutputException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.w3c.dom.Element;

/**
 * Parses BGP peers from two replies, as NAPALM does for Junos: {@code <get-bgp-neighbor-information/>}
 * ({@code show bgp neighbor}) for everything but the time in state, which only
 * {@code <get-bgp-summary-information/>} ({@code show bgp summary}) has ({@code <elapsed-time junos:seconds=...>}).
 *
 * <p>Mapping per {@code <bgp-peer>}: {@code peer-address} without its {@code +port} suffix
 * ({@code 10.0.12.2+179} → {@code 10.0.12.2}); {@code peer-cfg-rti} → VRF, {@code master} → {@code default};
 * {@code peer-as}, {@code local-as} (as-dot {@code 1.10} → 65546); {@code peer-state}; {@code description}.
 * Prefixes received = sum of {@code accepted-prefix-count}, sent = sum of {@code advertised-prefix-count}, over the
 * peer's own tables only ({@code inet.0}, {@code inet6.0}, {@code bgp.l3vpn.0} … for the master instance,
 * {@code <vrf>.inet.0} … for a VRF peer; the VRF tables a master-instance VPN peer also lists are imports, not
 * extra routes); 0 unless Established. Time in state: the summary's {@code elapsed-time} of the peer with the same
 * address (and table prefix when the address is configured in several instances), {@link Duration#ZERO} if absent.
 */
public final class BgpNeighborsParser {

    public static final String NEIGHBOR_RPC = "get-bgp-neighbor-information";
    public static final String NEIGHBOR_REQUEST = "<get-bgp-neighbor-information/>";
    public static final String SUMMARY_RPC = "get-bgp-summary-information";
    public static final String SUMMARY_REQUEST = "<get-bgp-summary-information/>";

    /** One summary line: address, seconds in state, the names of its tables. */
    record Elapsed(String address, long seconds, List<String> ribs) {
    }

    private BgpNeighborsParser() {
    }

    public static List<BgpNeighbor> parse(String neighborsXml, String summaryXml) throws UnexpectedOutputException {
        return parse(Xml.parse(neighborsXml, NEIGHBOR_RPC).getDocumentElement(),
                Xml.parse(summaryXml, SUMMARY_RPC).getDocumentElement());
    }

    public static List<BgpNeighbor> parse(Element neighbors, Element summary) throws UnexpectedOutputException {
        Map<String, List<Elapsed>> elapsed = elapsed(summary);
        List<BgpNeighbor> out = new ArrayList<>();
        Optional<Element> info = Xml.first(neighbors, "bgp-information");
        if (info.isEmpty()) {
            return out;   // no BGP configured: some releases answer without <bgp-information>
        }
        for (Element peer : Xml.children(info.get(), "bgp-peer")) {
            String where = "'" + NEIGHBOR_RPC + "' bgp-peer";
            String address = stripPort(Xml.requiredText(peer, "peer-address", where));
            where += " " + address;
            String instance = Xml.text(peer, "peer-cfg-rti").or(() -> Xml.text(peer, "peer-fwd-rti")).orElse("master");
            String vrf = instance.isEmpty() || instance.equals("master") ? "default" : instance;
            long remoteAs = as(Xml.requiredText(peer, "peer-as", where), where + " peer-as");
            long localAs = as(Xml.requiredText(peer, "local-as", where), where + " local-as");
            BgpState state = BgpState.parse(Xml.requiredText(peer, "peer-state", where));
            long received = 0;
            long sent = 0;
            if (state == BgpState.ESTABLISHED) {
                for (Element rib : Xml.children(peer, "bgp-rib")) {
                    if (ownTable(Xml.text(rib, "name").orElse(""), instance)) {
                        received += count(rib, "accepted-prefix-count", where);
                        sent += count(rib, "advertised-prefix-count", where);
                    }
                }
            }
            Duration inState = duration(elapsed.getOrDefault(address, List.of()), instance);
            out.add(new BgpNeighbor(vrf, address, localAs, remoteAs, state, inState, received, sent,
                    Xml.text(peer, "description").orElse("")));
        }
        return out;
    }

    private static Map<String, List<Elapsed>> elapsed(Element summary) throws UnexpectedOutputException {
        Map<String, List<Elapsed>> out = new HashMap<>();
        Optional<Element> info = Xml.first(summary, "bgp-information");
        if (info.isEmpty()) {
            return out;
        }
        for (Element peer : Xml.children(info.get(), "bgp-peer")) {
            String address = stripPort(Xml.requiredText(peer, "peer-address", "'" + SUMMARY_RPC + "' bgp-peer"));
            Optional<Long> seconds = Xml.child(peer, "elapsed-time").flatMap(UptimeParser::seconds);
            if (seconds.isEmpty()) {
                continue;
            }
            List<String> ribs = new ArrayList<>();
            for (Element rib : Xml.children(peer, "bgp-rib")) {
                ribs.add(Xml.text(rib, "name").orElse(""));
            }
            out.computeIfAbsent(address, k -> new ArrayList<>()).add(new Elapsed(address, seconds.get(), ribs));
        }
        return out;
    }

    private static Duration duration(List<Elapsed> candidates, String instance) {
        if (candidates.size() == 1) {
            return Duration.ofSeconds(candidates.get(0).seconds());
        }
        for (Elapsed e : candidates) {
            if (e.ribs().stream().anyMatch(r -> ownTable(r, instance))) {
                return Duration.ofSeconds(e.seconds());
            }
        }
        return Duration.ZERO;
    }

    /** {@code inet.0}, {@code bgp.l3vpn.0} belong to master; {@code CUST.inet.0} to instance CUST. */
    static boolean ownTable(String rib, String instance) {
        if (instance.isEmpty() || instance.equals("master")) {
            String[] parts = rib.split("\\.");
            return parts.length <= 2 || parts[0].equals("bgp");
        }
        return rib.startsWith(instance + ".");
    }

    /** {@code 10.0.12.2+179} → {@code 10.0.12.2}; {@code 2001:db8::2+179} → {@code 2001:db8::2}. */
    static String stripPort(String address) {
        int plus = address.lastIndexOf('+');
        if (plus > 0 && address.substring(plus + 1).matches("\\d{1,5}")) {
            return address.substring(0, plus);
        }
        return address;
    }

    /** {@code 65001}, or as-dot {@code 1.10} (= 65546). */
    static long as(String text, String where) throws UnexpectedOutputException {
        String t = text.strip();
        try {
            int dot = t.indexOf('.');
            long value = dot > 0 ? Long.parseLong(t.substring(0, dot)) * 65536 + Long.parseLong(t.substring(dot + 1))
                    : Long.parseLong(t);
            if (value < 0 || value > 4_294_967_295L) {
                throw new NumberFormatException("out of range");
            }
            return value;
        } catch (NumberFormatException e) {
            throw new UnexpectedOutputException(where + " is not an AS number: '" + text + "'", e);
        }
    }

    private static long count(Element rib, String name, String where) throws UnexpectedOutputException {
        String text = Xml.text(rib, name).orElse("0");
        if (!text.matches("\\d{1,19}")) {
            throw new UnexpectedOutputException(where + ": <" + name + "> is not a number: '" + text + "'");
        }
        return Long.parseLong(text);
    }
}

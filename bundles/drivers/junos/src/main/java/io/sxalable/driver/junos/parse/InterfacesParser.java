package io.sxalable.driver.junos.parse;

import io.sxalable.sdk.driver.InterfaceInfo;
import io.sxalable.sdk.driver.UnexpectedOutputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3c.dom.Element;

/**
 * Parses {@code <get-interface-information>}: every physical interface followed by its logical units, in the order
 * Junos lists them. Physical interfaces ({@code ge-0/0/0}) carry state, speed, media MTU and MAC; logical
 * interfaces ({@code ge-0/0/0.0}) carry the IP addresses, their family MTU and their own state.
 *
 * <p>Mapping:
 * <ul>
 *   <li>physical: {@code admin-status}/{@code oper-status} = {@code up}; {@code speed} {@code 1000mbps} → 1000,
 *       {@code 10Gbps} → 10000, {@code Unlimited}/{@code Unspecified}/{@code Auto} → unknown; {@code mtu} as printed
 *       (the media MTU, 1514 on Ethernet; {@code Unlimited} → 0); {@code current-physical-address} when it is a MAC;</li>
 *   <li>logical: administratively up unless {@code if-config-flags} holds {@code iff-down}; operationally up when
 *       it holds {@code iff-up} (terse replies: {@code admin-status}/{@code oper-status}); MTU of family
 *       {@code inet}, else {@code inet6}; addresses of families {@code inet} and {@code inet6}:
 *       {@code ifa-local} + the prefix length of {@code ifa-destination} ({@code 10.0.12/30} → /30), host routes
 *       without a destination as /32 or /128; no speed, no MAC.</li>
 * </ul>
 * Values may sit on their own lines ({@code <name>\nge-0/0/0\n</name>}); all text is trimmed.
 */
public final class InterfacesParser {

    public static final String RPC = "get-interface-information";
    /** Everything the driver needs in one reply: state, addresses, counters. */
    public static final String EXTENSIVE = "<get-interface-information><extensive/></get-interface-information>";
    /** Names only (FACTS): the lightest form. */
    public static final String TERSE = "<get-interface-information><terse/></get-interface-information>";

    private static final Pattern SPEED = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*([kKmMgGtT])bps");
    private static final Pattern MAC = Pattern.compile("([0-9a-f]{2}:){5}[0-9a-f]{2}");

    private InterfacesParser() {
    }

    public static List<InterfaceInfo> parse(String replyXml) throws UnexpectedOutputException {
        return parse(Xml.parse(replyXml, RPC).getDocumentElement());
    }

    public static List<InterfaceInfo> parse(Element reply) throws UnexpectedOutputException {
        List<InterfaceInfo> out = new ArrayList<>();
        for (Element ifd : physicalInterfaces(reply)) {
            String name = Xml.requiredText(ifd, "name", "'" + RPC + "' physical-interface");
            String where = "'" + RPC + "' interface " + name;
            boolean adminUp = "up".equalsIgnoreCase(Xml.requiredText(ifd, "admin-status", where));
            boolean operUp = "up".equalsIgnoreCase(Xml.requiredText(ifd, "oper-status", where));
            String mac = Xml.text(ifd, "current-physical-address").map(m -> m.toLowerCase(Locale.ROOT))
                    .filter(m -> MAC.matcher(m).matches()).orElse("");
            out.add(new InterfaceInfo(name, Xml.text(ifd, "description").orElse(""), adminUp, operUp,
                    speed(Xml.text(ifd, "speed").orElse("")), mtu(Xml.text(ifd, "mtu").orElse("")), mac, List.of()));
            for (Element ifl : Xml.children(ifd, "logical-interface")) {
                out.add(logical(ifl, operUp));
            }
        }
        return out;
    }

    /** Physical and logical names in device order, from any form of the reply (terse is enough). */
    public static List<String> names(String replyXml) throws UnexpectedOutputException {
        return names(Xml.parse(replyXml, RPC).getDocumentElement());
    }

    public static List<String> names(Element reply) throws UnexpectedOutputException {
        List<String> out = new ArrayList<>();
        for (Element ifd : physicalInterfaces(reply)) {
            out.add(Xml.requiredText(ifd, "name", "'" + RPC + "' physical-interface"));
            for (Element ifl : Xml.children(ifd, "logical-interface")) {
                out.add(Xml.requiredText(ifl, "name", "'" + RPC + "' logical-interface"));
            }
        }
        return out;
    }

    static List<Element> physicalInterfaces(Element reply) throws UnexpectedOutputException {
        Element info = Xml.first(reply, "interface-information")
                .orElseThrow(() -> new UnexpectedOutputException("'" + RPC + "': no <interface-information>"));
        return Xml.children(info, "physical-interface");
    }

    private static InterfaceInfo logical(Element ifl, boolean parentOperUp) throws UnexpectedOutputException {
        String name = Xml.requiredText(ifl, "name", "'" + RPC + "' logical-interface");
        boolean adminUp;
        boolean operUp;
        Optional<String> adminStatus = Xml.text(ifl, "admin-status");
        if (adminStatus.isPresent()) {
            adminUp = "up".equalsIgnoreCase(adminStatus.get());
            operUp = "up".equalsIgnoreCase(Xml.text(ifl, "oper-status").orElse("down"));
        } else {
            Optional<Element> flags = Xml.child(ifl, "if-config-flags");
            adminUp = flags.map(f -> Xml.child(f, "iff-down").isEmpty()).orElse(true);
            operUp = adminUp && parentOperUp && flags.map(f -> Xml.child(f, "iff-up").isPresent()).orElse(false);
        }
        int inetMtu = 0;
        int inet6Mtu = 0;
        List<String> addresses = new ArrayList<>();
        for (Element family : Xml.children(ifl, "address-family")) {
            String familyName = Xml.text(family, "address-family-name").orElse("");
            boolean v4 = familyName.equals("inet");
            boolean v6 = familyName.equals("inet6");
            if (!v4 && !v6) {
                continue;
            }
            int mtu = mtu(Xml.text(family, "mtu").orElse(""));
            if (v4) {
                inetMtu = mtu;
            } else {
                inet6Mtu = mtu;
            }
            for (Element address : Xml.children(family, "interface-address")) {
                Optional<String> local = Xml.text(address, "ifa-local");
                if (local.isEmpty() || local.get().isEmpty()) {
                    continue;
                }
                String cidr = cidr(local.get(), Xml.text(address, "ifa-destination"), v6);
                if (!addresses.contains(cidr)) {
                    addresses.add(cidr);
                }
            }
        }
        return new InterfaceInfo(name, Xml.text(ifl, "description").orElse(""), adminUp, operUp, OptionalLong.empty(),
                inetMtu > 0 ? inetMtu : inet6Mtu, "", addresses);
    }

    /**
     * {@code 10.0.12.1} + {@code 10.0.12/30} → {@code 10.0.12.1/30}; terse's {@code 10.0.12.1/30} stays; no (or a
     * {@code 0/0}, {@code Unspecified}) destination → a host address ({@code /32}, {@code /128}).
     */
    static String cidr(String local, Optional<String> destination, boolean v6) {
        if (local.contains("/")) {
            return local;
        }
        String length = v6 ? "128" : "32";
        if (destination.isPresent()) {
            int slash = destination.get().lastIndexOf('/');
            String len = slash < 0 ? "" : destination.get().substring(slash + 1).strip();
            if (len.matches("\\d{1,3}") && Integer.parseInt(len) > 0) {
                length = len;   // terse's "--> 0/0" on loopbacks is a remote, not a prefix
            }
        }
        return local + "/" + length;
    }

    /** {@code 1000mbps} → 1000, {@code 10Gbps} → 10000, {@code 100Kbps} → 0; anything else unknown. */
    static OptionalLong speed(String text) {
        Matcher m = SPEED.matcher(text.strip());
        if (!m.matches()) {
            return OptionalLong.empty();
        }
        double value = Double.parseDouble(m.group(1));
        double mbps = switch (Character.toLowerCase(m.group(2).charAt(0))) {
            case 'k' -> value / 1000;
            case 'g' -> value * 1000;
            case 't' -> value * 1_000_000;
            default -> value;
        };
        return OptionalLong.of(Math.round(mbps));
    }

    /** A number, or 0 for {@code Unlimited} and other words. */
    static int mtu(String text) {
        String t = text.strip();
        return t.matches("\\d{1,7}") ? Integer.parseInt(t) : 0;
    }
}

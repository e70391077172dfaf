package io.sxalable.driver.ciscoios.parse;

import io.sxalable.sdk.driver.InterfaceCounters;
import io.sxalable.sdk.driver.InterfaceInfo;
import io.sxalable.sdk.driver.UnexpectedOutputException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Builds {@link InterfaceInfo} from {@code show interfaces} (state, MTU, speed, MAC, description, primary IPv4) and
 * the running config (secondary IPv4 addresses, IPv6 addresses, {@code ip mtu}): {@code show interfaces} prints only
 * the primary address, and IOS has no single command listing both families with prefix lengths.
 *
 * <p>Addresses: the primary first (from {@code Internet address is}, so DHCP-learned ones count), then
 * {@code ip address A M secondary}, then {@code ipv6 address X/len} (lower case; link-local, EUI-64 and autoconfig
 * forms are left out: the configured text does not give the address).
 */
public final class InterfacesParser {

    private InterfacesParser() {
    }

    public static List<InterfaceInfo> parse(String showInterfaces, String runningConfig) throws UnexpectedOutputException {
        ConfigText config = ConfigText.parse(runningConfig);
        List<InterfaceInfo> interfaces = new ArrayList<>();
        for (ShowInterfacesParser.Block b : ShowInterfacesParser.parse(showInterfaces)) {
            List<String> lines = config.childrenOf("interface " + b.name());
            Set<String> addresses = new LinkedHashSet<>();
            b.primaryAddress().ifPresent(addresses::add);
            int mtu = b.mtu();
            for (String line : lines) {
                String[] words = line.split("\\s+");
                if (line.startsWith("ip address ") && words.length >= 4 && !words[2].equals("dhcp")) {
                    addresses.add(words[2] + "/" + prefixLength(words[3], b.name()));
                } else if (line.startsWith("ipv6 address ") && words.length == 3 && words[2].contains("/")) {
                    addresses.add(words[2].toLowerCase(Locale.ROOT));
                } else if (line.startsWith("ip mtu ") && words.length == 3) {
                    mtu = Integer.parseInt(words[2]);
                }
            }
            interfaces.add(new InterfaceInfo(b.name(), b.description(), b.adminUp(), b.operUp(), b.speedMbps(), mtu,
                    b.mac(), List.copyOf(addresses)));
        }
        return interfaces;
    }

    /** Counters of every interface {@code show interfaces} reports them for. */
    public static List<InterfaceCounters> counters(String showInterfaces) throws UnexpectedOutputException {
        return ShowInterfacesParser.parse(showInterfaces).stream().map(ShowInterfacesParser.Block::counters)
                .flatMap(Optional::stream).toList();
    }

    /** {@code 255.255.255.252} → 30. */
    static int prefixLength(String mask, String where) throws UnexpectedOutputException {
        String[] octets = mask.split("\\.");
        if (octets.length != 4) {
            throw new UnexpectedOutputException("running config of " + where + ": '" + mask + "' is not a netmask");
        }
        long bits = 0;
        for (String o : octets) {
            int v;
            try {
                v = Integer.parseInt(o);
            } catch (NumberFormatException e) {
                throw new UnexpectedOutputException("running config of " + where + ": '" + mask + "' is not a netmask");
            }
            bits = (bits << 8) | v;
        }
        long inverted = ~bits & 0xffffffffL;
        if ((inverted & (inverted + 1)) != 0) {
            throw new UnexpectedOutputException("running config of " + where + ": '" + mask + "' is not contiguous");
        }
        return Long.bitCount(bits);
    }
}

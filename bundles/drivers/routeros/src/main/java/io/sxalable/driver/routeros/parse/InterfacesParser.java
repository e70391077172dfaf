package io.sxalable.driver.routeros.parse;

import io.sxalable.sdk.driver.InterfaceInfo;
import io.sxalable.sdk.driver.UnexpectedOutputException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Interfaces from {@value #INTERFACES}, the addresses of {@value #IPV4} and {@value #IPV6}, and the link rate of
 * running Ethernet ports from {@value #ETHERNET_MONITOR}.
 *
 * <p>{@code disabled} → not adminUp; {@code running} → operUp; {@code actual-mtu} (the L3 MTU the interface
 * really uses; {@code mtu} may say {@code auto}) → mtu; {@code comment} → description; {@code mac-address}
 * lower-cased ({@code 00:00:00:00:00:00} of loopbacks → {@code ""}). Only enabled, valid addresses count; IPv6
 * link-local addresses are kept (they are real addresses of the interface).
 */
public final class InterfacesParser {

    public static final String INTERFACES = "/interface/print";
    public static final String IPV4 = "/ip/address/print";
    public static final String IPV6 = "/ipv6/address/print";
    public static final String ETHERNET_MONITOR = "/interface/ethernet/monitor";

    public static final String INTERFACE_PROPLIST = "name,type,mtu,actual-mtu,mac-address,running,disabled,comment";
    public static final String ADDRESS_PROPLIST = "address,interface,disabled,invalid";

    private static final Pattern RATE = Pattern.compile("(\\d+(?:\\.\\d+)?)([KMG])bps");

    private InterfacesParser() {
    }

    public static List<InterfaceInfo> parse(List<Map<String, String>> interfaces, List<Map<String, String>> ipv4,
                                            List<Map<String, String>> ipv6, Map<String, Long> ratesMbps)
            throws UnexpectedOutputException {
        Map<String, List<String>> addresses = new LinkedHashMap<>();
        collect(ipv4, addresses, IPV4);
        collect(ipv6, addresses, IPV6);
        List<InterfaceInfo> out = new ArrayList<>();
        for (Map<String, String> item : interfaces) {
            String name = Values.required(item, "name", INTERFACES);
            int mtu = Values.number(item.get("actual-mtu")).or(() -> Values.number(item.get("mtu")))
                    .map(Long::intValue).orElse(0);
            Long rate = ratesMbps.get(name);
            out.add(new InterfaceInfo(name, item.getOrDefault("comment", ""),
                    !Values.bool(item.getOrDefault("disabled", "false")), Values.bool(item.getOrDefault("running", "false")),
                    rate == null ? OptionalLong.empty() : OptionalLong.of(rate), Math.max(0, mtu),
                    Values.mac(item.get("mac-address")), addresses.getOrDefault(name, List.of())));
        }
        return out;
    }

    private static void collect(List<Map<String, String>> items, Map<String, List<String>> byInterface, String command)
            throws UnexpectedOutputException {
        for (Map<String, String> item : items) {
            if (Values.bool(item.getOrDefault("disabled", "false")) || Values.bool(item.getOrDefault("invalid", "false"))) {
                continue;
            }
            String address = Values.required(item, "address", command);
            if (address.indexOf('/') < 0) {
                address = address + (address.indexOf(':') >= 0 ? "/128" : "/32");
            }
            String iface = Values.required(item, "interface", command);
            List<String> list = byInterface.computeIfAbsent(iface, k -> new ArrayList<>());
            if (!list.contains(address)) {
                list.add(address);
            }
        }
    }

    /** The link rate of an Ethernet monitor item ({@code rate=1Gbps} → 1000 Mbit/s); empty without link. */
    public static Optional<Long> rateMbps(Map<String, String> monitor) {
        String rate = monitor.get("rate");
        if (rate == null) {
            return Optional.empty();
        }
        Matcher m = RATE.matcher(rate.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        double value = Double.parseDouble(m.group(1));
        double mbps = switch (m.group(2)) {
            case "K" -> value / 1000;
            case "M" -> value;
            default -> value * 1000;
        };
        return Optional.of(Math.round(mbps));
    }
}

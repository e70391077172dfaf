package io.sxalable.testing.sim.junos;

import java.math.BigInteger;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The interfaces of a simulated vMX (lite mode) and their operational state: the physical interfaces a vMX
 * always has ({@code ge-0/0/N} plus the internal {@code lc-}, {@code pfe-}, {@code pfh-}, {@code em1},
 * {@code fxp0}, {@code lo0}, tunnels and pseudo devices, in the order Junos lists them), overlaid with the
 * configured descriptions, {@code disable}, MTU and units. A configured interface the chassis does not have
 * (e.g. {@code xe-1/0/0}) does not appear, as on a real router.
 */
public final class Interfaces {

    /** Static facts of one physical interface. */
    record Hardware(String name, int localIndex, int snmpIndex, String ifType, String linkLevelType, String mtu,
                    String speed, boolean hasMac, Kind kind) {
    }

    /** What drives the generated details. */
    public enum Kind { ETHERNET, LOOPBACK, INTERNAL }

    /** A physical interface with its state. */
    public record Ifd(String name, int localIndex, int snmpIndex, String ifType, String linkLevelType, String mtu,
                      String speed, Optional<String> mac, boolean adminUp, boolean operUp, String description,
                      List<Ifl> units, Kind kind) {
        /** Position used to spread the generated counters. */
        public int seed() {
            return localIndex;
        }
    }

    /** A logical interface (unit). */
    public record Ifl(String name, int localIndex, int snmpIndex, String description, boolean disabled,
                      boolean operUp, String encapsulation, List<Family> families) {
    }

    /** An address family of a unit; {@code mtu} is Junos's text ({@code 1500}, {@code Unlimited}). */
    public record Family(String name, String mtu, List<Address> addresses) {
    }

    /**
     * One interface address as Junos shows it.
     *
     * @param local       {@code <ifa-local>}
     * @param destination {@code <ifa-destination>}: the subnet with trailing zero octets dropped ({@code 10.0.12/30});
     *                    empty for host addresses
     * @param broadcast   {@code <ifa-broadcast>} (IPv4 subnets of /30 and wider)
     * @param cidr        the address in CIDR form, for reachability checks and the terse view
     */
    public record Address(String local, Optional<String> destination, Optional<String> broadcast, String cidr,
                          boolean primary) {
    }

    private static final List<Hardware> FIXED_FPC = List.of(
            new Hardware("lc-0/0/0", 145, 519, "Unspecified", "Unspecified", "0", "800mbps", false, Kind.INTERNAL),
            new Hardware("pfe-0/0/0", 147, 522, "Unspecified", "Unspecified", "Unlimited", "800mbps", false, Kind.INTERNAL),
            new Hardware("pfh-0/0/0", 146, 521, "Unspecified", "Unspecified", "Unlimited", "800mbps", false, Kind.INTERNAL));

    private static final List<Hardware> FIXED = List.of(
            new Hardware("cbp0", 129, 501, "Ethernet", "Ethernet", "9192", "Unspecified", true, Kind.INTERNAL),
            new Hardware("demux0", 128, 502, "Software-Pseudo", "Unspecified", "9192", "Unspecified", false, Kind.INTERNAL),
            new Hardware("dsc", 5, 5, "Software-Pseudo", "Unspecified", "Unlimited", "Unspecified", false, Kind.INTERNAL),
            new Hardware("em1", 65, 23, "Ethernet", "Ethernet", "1514", "1000mbps", true, Kind.INTERNAL),
            new Hardware("esi", 136, 503, "Software-Pseudo", "VxLAN-Tunnel-Endpoint", "Unlimited", "Unlimited", false, Kind.INTERNAL),
            new Hardware("fxp0", 1, 1, "Ethernet", "Ethernet", "1514", "1000mbps", true, Kind.ETHERNET),
            new Hardware("gre", 10, 8, "GRE", "GRE", "Unlimited", "Unlimited", false, Kind.INTERNAL),
            new Hardware("ipip", 11, 9, "IPIP", "IP-over-IP", "Unlimited", "Unlimited", false, Kind.INTERNAL),
            new Hardware("irb", 130, 504, "Ethernet", "Ethernet", "1514", "Unspecified", true, Kind.INTERNAL),
            new Hardware("jsrv", 133, 505, "Ethernet", "Ethernet", "1514", "1000mbps", true, Kind.INTERNAL),
            new Hardware("lo0", 6, 6, "Loopback", "Unspecified", "Unlimited", "Unspecified", false, Kind.LOOPBACK),
            new Hardware("lsi", 4, 4, "Software-Pseudo", "LSI", "1496", "Unlimited", false, Kind.INTERNAL),
            new Hardware("mtun", 66, 12, "Multicast-GRE", "GRE", "Unlimited", "Unlimited", false, Kind.INTERNAL),
            new Hardware("pimd", 26, 11, "PIMD", "PIM-Decapsulator", "Unlimited", "Unlimited", false, Kind.INTERNAL),
            new Hardware("pime", 25, 10, "PIME", "PIM-Encapsulator", "Unlimited", "Unlimited", false, Kind.INTERNAL),
            new Hardware("pip0", 131, 506, "Ethernet", "Ethernet", "9192", "Unspecified", true, Kind.INTERNAL),
            new Hardware("tap", 12, 7, "Software-Pseudo", "Interface-Specific", "Unlimited", "Unlimited", false, Kind.INTERNAL),
            new Hardware("vtep", 137, 507, "Software-Pseudo", "VxLAN-Tunnel-Endpoint", "Unlimited", "Unlimited", false, Kind.INTERNAL));

    private Interfaces() {
    }

    /** All physical interfaces of a router with {@code ports} ge ports, in Junos order, with their state. */
    public static List<Ifd> of(RouterView view, int ports, String macSeed) {
        List<Hardware> hardware = new ArrayList<>();
        for (int i = 0; i < ports; i++) {
            hardware.add(new Hardware("ge-0/0/" + i, 148 + i, 526 + i, "Ethernet", "Ethernet", "1514", "1000mbps",
                    true, Kind.ETHERNET));
            if (i == 0) {
                hardware.addAll(FIXED_FPC);
            }
        }
        hardware.addAll(FIXED);
        List<Ifd> out = new ArrayList<>();
        int[] nextLogicalIndex = {330};
        for (Hardware h : hardware) {
            out.add(ifd(h, view, macSeed, nextLogicalIndex));
        }
        return out;
    }

    private static Ifd ifd(Hardware h, RouterView view, String macSeed, int[] nextIndex) {
        RouterView.InterfaceConfig config = view.interfaces().get(h.name());
        boolean adminUp = config == null || !config.disabled();
        boolean operUp = adminUp;
        String mtu = h.mtu();
        if (config != null && config.mtu().isPresent() && h.kind() == Kind.ETHERNET) {
            mtu = Integer.toString(config.mtu().getAsInt());
        }
        Optional<String> mac = h.hasMac() ? Optional.of(mac(macSeed, h.localIndex())) : Optional.empty();
        List<Ifl> units = new ArrayList<>();
        if (config != null) {
            for (RouterView.UnitConfig u : config.units()) {
                List<Family> families = new ArrayList<>();
                for (RouterView.FamilyConfig f : u.families().values()) {
                    families.add(family(f, h, mtu, mac));
                }
                if (h.kind() == Kind.ETHERNET) {
                    families.add(new Family("multiservice", "Unlimited", List.of()));
                }
                units.add(new Ifl(h.name() + "." + u.unit(), nextIndex[0]++, 600 + nextIndex[0], u.description(),
                        u.disabled(), operUp && !u.disabled(), h.kind() == Kind.LOOPBACK ? "Unspecified" : "ENET2",
                        families));
            }
        }
        units.addAll(internalUnits(h, mac, nextIndex));
        return new Ifd(h.name(), h.localIndex(), h.snmpIndex(), h.ifType(), h.linkLevelType(), mtu, h.speed(), mac,
                adminUp, operUp, config == null ? "" : config.description(), units, h.kind());
    }

    private static List<Ifl> internalUnits(Hardware h, Optional<String> mac, int[] nextIndex) {
        return switch (h.name()) {
            case "lc-0/0/0" -> List.of(new Ifl("lc-0/0/0.32769", 327, 520, "", false, true, "ENET2",
                    List.of(new Family("vpls", "Unlimited", List.of()))));
            case "pfe-0/0/0" -> List.of(new Ifl("pfe-0/0/0.16383", 328, 523, "", false, true, "ENET2",
                    List.of(new Family("inet", "Unlimited", List.of()), new Family("inet6", "Unlimited", List.of()))));
            case "pfh-0/0/0" -> List.of(
                    new Ifl("pfh-0/0/0.16383", 329, 524, "", false, true, "ENET2",
                            List.of(new Family("inet", "Unlimited", List.of()))),
                    new Ifl("pfh-0/0/0.16384", 325, 525, "", false, true, "ENET2",
                            List.of(new Family("inet", "Unlimited", List.of()))));
            case "em1" -> List.of(new Ifl("em1.0", 3, 24, "", false, true, "ENET2", List.of(
                    new Family("inet", "1500", List.of(
                            address("10.0.0.4/8", true), address("128.0.0.1/2", false), address("128.0.0.4/2", false))),
                    new Family("inet6", "1500", List.of(linkLocal(mac.orElseThrow()))),
                    new Family("tnp", "1500", List.of()))));
            case "jsrv" -> List.of(new Ifl("jsrv.1", 324, 514, "", false, true, "unknown",
                    List.of(new Family("inet", "1514", List.of(address("128.0.0.127/2", true))))));
            case "lo0" -> List.of(
                    new Ifl("lo0.16384", 322, 21, "", false, true, "Unspecified",
                            List.of(new Family("inet", "Unlimited", List.of(address("127.0.0.1", true))))),
                    new Ifl("lo0.16385", 321, 22, "", false, true, "Unspecified",
                            List.of(new Family("inet", "Unlimited", List.of()))));
            default -> List.of();
        };
    }

    private static Family family(RouterView.FamilyConfig f, Hardware h, String ifdMtu, Optional<String> mac) {
        String mtu;
        if (f.mtu().isPresent()) {
            mtu = Integer.toString(f.mtu().getAsInt());
        } else if (h.kind() == Kind.LOOPBACK) {
            mtu = "Unlimited";
        } else if (ifdMtu.matches("\\d+")) {
            mtu = Integer.toString(Integer.parseInt(ifdMtu) - 14);   // media MTU minus the Ethernet header
        } else {
            mtu = "Unlimited";
        }
        List<Address> addresses = new ArrayList<>();
        boolean first = true;
        for (String a : f.addresses()) {
            addresses.add(address(a, first));
            first = false;
        }
        if (f.name().equals("inet6") && mac.isPresent()) {
            addresses.add(linkLocal(mac.get()));
        }
        return new Family(f.name(), mtu, addresses);
    }

    /** {@code 2c:6b:f5:} (a Juniper OUI) + two bytes of the seed + the interface index. */
    static String mac(String seed, int index) {
        int h = seed.hashCode();
        return String.format("2c:6b:f5:%02x:%02x:%02x", (h >>> 8) & 0xff, h & 0xff, index & 0xff);
    }

    /** The EUI-64 link-local address Junos adds to every inet6 family of an Ethernet unit. */
    static Address linkLocal(String mac) {
        String[] b = mac.split(":");
        int first = Integer.parseInt(b[0], 16) ^ 0x02;
        String local = compress(String.format("fe80::%x:%sff:fe%s:%s%s", (first << 8) | Integer.parseInt(b[1], 16),
                b[2], b[3], b[4], b[5]));
        return new Address(local, Optional.of("fe80::/64"), Optional.empty(), local + "/64", false);
    }

    /** Turns {@code 10.0.12.1/30} into Junos's local / destination / broadcast triple. */
    static Address address(String cidr, boolean primary) {
        int slash = cidr.indexOf('/');
        String local = slash < 0 ? cidr : cidr.substring(0, slash);
        boolean v6 = local.contains(":");
        int length = slash < 0 ? (v6 ? 128 : 32) : Integer.parseInt(cidr.substring(slash + 1));
        if (v6) {
            String compressed = compress(local);
            if (length == 128) {
                return new Address(compressed, Optional.empty(), Optional.empty(), compressed + "/128", primary);
            }
            BigInteger bits = new BigInteger(1, bytes(local));
            BigInteger mask = BigInteger.ONE.shiftLeft(128).subtract(BigInteger.ONE)
                    .shiftRight(length).not().and(BigInteger.ONE.shiftLeft(128).subtract(BigInteger.ONE));
            String network = compress(toV6(bits.and(mask)));
            return new Address(compressed, Optional.of(network + "/" + length), Optional.empty(),
                    compressed + "/" + length, primary);
        }
        long ip = ipv4(local);
        if (length == 32) {
            return new Address(local, Optional.empty(), Optional.empty(), local + "/32", primary);
        }
        long mask = length == 0 ? 0 : (0xffffffffL << (32 - length)) & 0xffffffffL;
        long network = ip & mask;
        Optional<String> broadcast = length <= 30
                ? Optional.of(ipv4(network | (~mask & 0xffffffffL))) : Optional.empty();
        return new Address(local, Optional.of(abbreviate(network) + "/" + length), broadcast, local + "/" + length,
                primary);
    }

    /** Whether {@code address} lies in the subnet of {@code cidr} (same family). */
    static boolean contains(String cidr, String address) {
        int slash = cidr.indexOf('/');
        String net = cidr.substring(0, slash);
        int length = Integer.parseInt(cidr.substring(slash + 1));
        if (net.contains(":") != address.contains(":")) {
            return false;
        }
        BigInteger a = new BigInteger(1, bytes(net));
        BigInteger b = new BigInteger(1, bytes(address));
        int width = net.contains(":") ? 128 : 32;
        return a.shiftRight(width - length).equals(b.shiftRight(width - length)) && !a.equals(b);
    }

    /** Junos drops trailing zero octets of a network: {@code 10.0.12.0} → {@code 10.0.12}, {@code 10.0.0.0} → {@code 10}. */
    static String abbreviate(long network) {
        String[] octets = ipv4(network).split("\\.");
        int keep = 4;
        while (keep > 1 && octets[keep - 1].equals("0")) {
            keep--;
        }
        return String.join(".", Arrays.copyOf(octets, keep));
    }

    static long ipv4(String text) {
        String[] p = text.split("\\.");
        return (Long.parseLong(p[0]) << 24) | (Long.parseLong(p[1]) << 16) | (Long.parseLong(p[2]) << 8)
                | Long.parseLong(p[3]);
    }

    static String ipv4(long value) {
        return ((value >> 24) & 0xff) + "." + ((value >> 16) & 0xff) + "." + ((value >> 8) & 0xff) + "." + (value & 0xff);
    }

    private static byte[] bytes(String literal) {
        try {
            return InetAddress.getByName(literal).getAddress();   // literals only: never a DNS look-up
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("not an address literal: " + literal, e);
        }
    }

    private static String toV6(BigInteger value) {
        byte[] raw = value.toByteArray();
        byte[] b = new byte[16];
        int copy = Math.min(16, raw.length);
        System.arraycopy(raw, raw.length - copy, b, 16 - copy, copy);
        try {
            return Inet6Address.getByAddress(b).getHostAddress();
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    /** RFC 5952 text form: lower case, leading zeros dropped, the longest run of zero groups as {@code ::}. */
    static String compress(String v6) {
        String full;
        try {
            full = InetAddress.getByName(v6).getHostAddress();
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("not an IPv6 literal: " + v6, e);
        }
        String[] groups = full.split(":");
        int bestStart = -1;
        int bestLength = 0;
        for (int i = 0; i < groups.length; ) {
            if (Integer.parseInt(groups[i], 16) == 0) {
                int j = i;
                while (j < groups.length && Integer.parseInt(groups[j], 16) == 0) {
                    j++;
                }
                if (j - i > bestLength && j - i > 1) {
                    bestStart = i;
                    bestLength = j - i;
                }
                i = j;
            } else {
                i++;
            }
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < groups.length; i++) {
            if (i == bestStart) {
                sb.append("::");
                i += bestLength - 1;
                continue;
            }
            if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ':') {
                sb.append(':');
            }
            sb.append(Integer.toHexString(Integer.parseInt(groups[i], 16)));
        }
        return sb.toString();
    }
}

package io.sxalable.testing.sim.ciscoios.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One command pattern of the IOS parser, e.g. {@code "ip address <ipv4> <mask> secondary"}.
 *
 * <p>Elements are keywords (matched case-insensitively by unique prefix, as IOS does: {@code sh ip int br}) and
 * typed parameters in angle brackets:
 * <ul>
 *   <li>{@code <word>} any token; {@code <line>} the rest of the line as typed</li>
 *   <li>{@code <ifname>} an interface name, abbreviations expanded ({@code lo4711} → {@code Loopback4711})</li>
 *   <li>{@code <ipv4>}, {@code <mask>} (contiguous netmask), {@code <ipv6>}, {@code <ipv6prefix>} ({@code X::1/64},
 *       rendered upper-case like IOS), {@code <ip>} (either family)</li>
 *   <li>{@code <1-120>} an integer range; {@code <asn>} a 4-byte AS number; {@code <url>} a file URL such as
 *       {@code flash:name} or {@code running-config}</li>
 * </ul>
 */
public final class Syntax {

    /** One element of a pattern. */
    public sealed interface Element permits Keyword, Param {
    }

    /** A keyword, e.g. {@code interface}. */
    public record Keyword(String word) implements Element {
    }

    /** A typed parameter. {@code min}/{@code max} are used by {@link Type#NUMBER}. */
    public record Param(Type type, long min, long max) implements Element {
    }

    /** Parameter types. */
    public enum Type { WORD, LINE, IFNAME, IPV4, MASK, IPV6, IPV6PREFIX, IP, NUMBER, ASN, URL }

    private static final Pattern IPV4 = Pattern.compile(
            "(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");
    private static final Pattern URL = Pattern.compile("(?i)(flash|bootflash|nvram|system|tftp|scp|ftp|http|https):\\S*"
            + "|running-config|startup-config");

    private final String text;
    private final List<Element> elements;

    private Syntax(String text, List<Element> elements) {
        this.text = text;
        this.elements = List.copyOf(elements);
    }

    /** Parses a pattern such as {@code "neighbor <ip> remote-as <asn>"}. */
    public static Syntax of(String pattern) {
        List<Element> elements = new ArrayList<>();
        for (String part : pattern.trim().split("\\s+")) {
            if (part.startsWith("<") && part.endsWith(">")) {
                String name = part.substring(1, part.length() - 1);
                if (name.matches("\\d+-\\d+")) {
                    String[] range = name.split("-");
                    elements.add(new Param(Type.NUMBER, Long.parseLong(range[0]), Long.parseLong(range[1])));
                } else {
                    elements.add(new Param(Type.valueOf(name.toUpperCase(Locale.ROOT)), 0, 0));
                }
            } else {
                elements.add(new Keyword(part));
            }
        }
        return new Syntax(pattern, elements);
    }

    public List<Element> elements() {
        return elements;
    }

    @Override
    public String toString() {
        return text;
    }

    /**
     * The canonical form of {@code token} for element {@code e}, or empty when the token does not fit. Keywords
     * are returned in full; interface names expanded; IPv6 upper-cased.
     */
    static Optional<String> accept(Element e, String token, Interfaces interfaces) {
        if (e instanceof Keyword k) {
            return k.word().regionMatches(true, 0, token, 0, token.length()) && token.length() <= k.word().length()
                    ? Optional.of(k.word()) : Optional.empty();
        }
        Param p = (Param) e;
        return switch (p.type()) {
            case WORD, LINE -> Optional.of(token);
            case IFNAME -> interfaces.canonical(token);
            case IPV4 -> IPV4.matcher(token).matches() ? Optional.of(token) : Optional.empty();
            case MASK -> IPV4.matcher(token).matches() && isContiguousMask(token) ? Optional.of(token) : Optional.empty();
            case IPV6 -> isIpv6(token) ? Optional.of(token.toUpperCase(Locale.ROOT)) : Optional.empty();
            case IPV6PREFIX -> ipv6Prefix(token);
            case IP -> IPV4.matcher(token).matches() ? Optional.of(token)
                    : isIpv6(token) ? Optional.of(token.toUpperCase(Locale.ROOT)) : Optional.empty();
            case NUMBER -> number(token).filter(n -> n >= p.min() && n <= p.max()).map(String::valueOf);
            case ASN -> number(token).filter(n -> n >= 1 && n <= 4_294_967_295L).map(String::valueOf);
            case URL -> URL.matcher(token).matches() ? Optional.of(canonicalUrl(token)) : Optional.empty();
        };
    }

    /** {@code flash:/x} and {@code bootflash:x} are the same file system on a CSR1000V; keep {@code flash:x}. */
    public static String canonicalUrl(String url) {
        String u = url;
        if (u.regionMatches(true, 0, "bootflash:", 0, 10)) {
            u = "flash:" + u.substring(10);
        } else if (u.regionMatches(true, 0, "flash:", 0, 6)) {
            u = "flash:" + u.substring(6);
        }
        if (u.startsWith("flash:/")) {
            u = "flash:" + u.substring(7);
        }
        return u;
    }

    private static Optional<Long> number(String token) {
        if (!token.matches("\\d{1,10}")) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(token));
    }

    private static boolean isIpv6(String token) {
        if (!IPV6.matcher(token).matches()) {
            return false;
        }
        try {
            return java.net.InetAddress.getByName(token) instanceof java.net.Inet6Address;
        } catch (java.net.UnknownHostException e) {
            return false;
        }
    }

    private static Optional<String> ipv6Prefix(String token) {
        int slash = token.indexOf('/');
        if (slash < 0 || !isIpv6(token.substring(0, slash))) {
            return Optional.empty();
        }
        return number(token.substring(slash + 1)).filter(n -> n <= 128)
                .map(n -> token.substring(0, slash).toUpperCase(Locale.ROOT) + "/" + n);
    }

    static boolean isContiguousMask(String mask) {
        long bits = 0;
        for (String octet : mask.split("\\.")) {
            bits = (bits << 8) | Long.parseLong(octet);
        }
        long inverted = ~bits & 0xffffffffL;
        return (inverted & (inverted + 1)) == 0;
    }
}

package io.sxalable.sdk.testkit;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * Checks the {@code address/prefix} strings of {@link io.sxalable.sdk.driver.InterfaceInfo#addresses()}: an IPv4
 * dotted quad or an IPv6 literal (no zone id, no brackets, no host names), a slash, and a decimal prefix length
 * within 0..32 or 0..128. Never touches DNS.
 */
final class Cidr {

    private Cidr() {
    }

    /** Empty when {@code text} is a valid CIDR address, else what is wrong with it. */
    static Optional<String> problem(String text) {
        if (text == null || text.isEmpty()) {
            return Optional.of("empty");
        }
        int slash = text.indexOf('/');
        if (slash < 0 || slash != text.lastIndexOf('/')) {
            return Optional.of("not address/prefix");
        }
        String address = text.substring(0, slash);
        String prefix = text.substring(slash + 1);
        if (!prefix.matches("[0-9]{1,3}")) {
            return Optional.of("prefix length '" + prefix + "' is not a number");
        }
        int length = Integer.parseInt(prefix);
        int max;
        if (address.indexOf(':') >= 0) {
            if (!isIpv6Literal(address)) {
                return Optional.of("'" + address + "' is not an IPv6 literal");
            }
            max = 128;
        } else {
            if (!isIpv4(address)) {
                return Optional.of("'" + address + "' is not an IPv4 dotted quad");
            }
            max = 32;
        }
        if (length > max) {
            return Optional.of("prefix length " + length + " exceeds " + max);
        }
        return Optional.empty();
    }

    static boolean isIpv4(String address) {
        String[] parts = address.split("\\.", -1);
        if (parts.length != 4) {
            return false;
        }
        for (String part : parts) {
            if (!part.matches("0|[1-9][0-9]{0,2}") || Integer.parseInt(part) > 255) {
                return false;
            }
        }
        return true;
    }

    static boolean isIpv6Literal(String address) {
        // Only hex digits, colons and dots (embedded IPv4): InetAddress then parses a literal and never
        // resolves a name; zone ids ("%eth0") and brackets are not part of CIDR notation.
        if (!address.matches("[0-9A-Fa-f:.]+") || address.indexOf(':') < 0) {
            return false;
        }
        try {
            InetAddress parsed = InetAddress.getByName(address);
            // IPv4-mapped literals (::ffff:192.0.2.1) come back as Inet4Address; they are still IPv6 notation
            return parsed instanceof Inet6Address || address.contains(".");
        } catch (UnknownHostException e) {
            return false;
        }
    }
}

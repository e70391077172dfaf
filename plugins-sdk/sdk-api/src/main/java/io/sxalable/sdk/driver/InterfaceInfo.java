package io.sxalable.sdk.driver;

import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * One interface.
 *
 * <p>Example: {@code new InterfaceInfo("eth0", "to r2", true, true, OptionalLong.of(10000), 1500,
 * "02:42:ac:11:00:02", List.of("10.0.12.1/30", "fe80::42:acff:fe11:2/64"))}.
 *
 * @param name        interface name as the device spells it, e.g. {@code "GigabitEthernet0/0"}
 * @param description configured description, {@code ""} when none
 * @param adminUp     administratively enabled (not shut down)
 * @param operUp      operationally up (link and protocol)
 * @param speedMbps   negotiated or configured speed in megabits per second; empty when unknown (e.g. loopback)
 * @param mtu         IP MTU in bytes; 0 when unknown
 * @param macAddress  MAC address as lower-case colon-separated hex ({@code "aa:bb:cc:dd:ee:ff"}), {@code ""} when none
 * @param addresses   IPv4 and IPv6 addresses in CIDR notation ({@code "192.0.2.1/24"})
 */
public record InterfaceInfo(String name, String description, boolean adminUp, boolean operUp, OptionalLong speedMbps,
                            int mtu, String macAddress, List<String> addresses) {
    public InterfaceInfo {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(speedMbps, "speedMbps");
        Objects.requireNonNull(macAddress, "macAddress");
        addresses = List.copyOf(addresses);
    }
}

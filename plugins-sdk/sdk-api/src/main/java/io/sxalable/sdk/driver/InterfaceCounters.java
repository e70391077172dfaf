package io.sxalable.sdk.driver;

import java.util.Objects;

/**
 * Cumulative counters of one interface since the device (or the counter) was last reset.
 * All values are totals, not rates; octets are bytes.
 *
 * @param name       interface name as in {@link InterfaceInfo#name()}
 * @param rxOctets   bytes received
 * @param txOctets   bytes transmitted
 * @param rxPackets  packets received (unicast + multicast + broadcast)
 * @param txPackets  packets transmitted
 * @param rxErrors   receive errors
 * @param txErrors   transmit errors
 * @param rxDiscards received packets dropped without error (e.g. no buffer)
 * @param txDiscards packets dropped on transmit without error
 */
public record InterfaceCounters(String name, long rxOctets, long txOctets, long rxPackets, long txPackets,
                                long rxErrors, long txErrors, long rxDiscards, long txDiscards) {
    public InterfaceCounters {
        Objects.requireNonNull(name, "name");
    }
}

package io.sxalable.sdk.driver;

import java.time.Duration;
import java.util.Objects;

/**
 * One BGP peering.
 *
 * <p>Example: {@code new BgpNeighbor("default", "10.0.12.2", 65001, 65002, BgpState.ESTABLISHED, PT5M, 3, 1, "r2")}.
 *
 * @param vrf              VRF / routing instance name, {@code "default"} for the global table
 * @param peerAddress      neighbor IP address (IPv4 or IPv6 literal) or interface name for unnumbered peers
 * @param localAs          our AS number (1..4294967295)
 * @param remoteAs         the neighbor's AS number
 * @param state            finite-state-machine state
 * @param stateDuration    time spent in the current state; {@link Duration#ZERO} when the device does not say
 * @param prefixesReceived prefixes accepted from the neighbor (all address families); 0 unless established
 * @param prefixesSent     prefixes advertised to the neighbor; 0 unless established
 * @param description      configured neighbor description, {@code ""} when none
 */
public record BgpNeighbor(String vrf, String peerAddress, long localAs, long remoteAs, BgpState state,
                          Duration stateDuration, long prefixesReceived, long prefixesSent, String description) {
    public BgpNeighbor {
        Objects.requireNonNull(vrf, "vrf");
        Objects.requireNonNull(peerAddress, "peerAddress");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(stateDuration, "stateDuration");
        Objects.requireNonNull(description, "description");
    }

    public boolean up() {
        return state == BgpState.ESTABLISHED;
    }
}

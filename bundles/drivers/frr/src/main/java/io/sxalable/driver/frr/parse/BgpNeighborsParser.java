package io.sxalable.driver.frr.parse;

import com.fasterxml.jackson.databind.JsonNode;
import io.sxalable.sdk.driver.BgpNeighbor;
import io.sxalable.sdk.driver.BgpState;
import io.sxalable.sdk.driver.UnexpectedOutputException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Parses {@code vtysh -c 'show bgp vrf all neighbors json'}.
 *
 * <p>Shape (FRR 8.4): {@code {"<vrf>": {"vrfId": 0, "vrfName": "default", "<peer>": {"remoteAs": 65002,
 * "localAs": 65001, "nbrDesc": "r2", "bgpState": "Established", "bgpTimerUpMsec": 16000,
 * "addressFamilyInfo": {"ipv4Unicast": {"acceptedPrefixCounter": 2, "sentPrefixCounter": 3}}, ...}}}}.
 * The neighbors output is used rather than the summary because it lists peers that have no address family
 * activated too, and carries state, AS numbers, prefix counters and timers in one object per peer.
 */
public final class BgpNeighborsParser {

    public static final String COMMAND = "show bgp vrf all neighbors json";

    private BgpNeighborsParser() {
    }

    public static List<BgpNeighbor> parse(String json) throws UnexpectedOutputException {
        JsonNode root = JsonInput.object(json, COMMAND);
        List<BgpNeighbor> neighbors = new ArrayList<>();
        for (Map.Entry<String, JsonNode> vrf : root.properties()) {
            if (!vrf.getValue().isObject()) {
                throw new UnexpectedOutputException("'" + COMMAND + "': VRF '" + vrf.getKey() + "' is not an object");
            }
            String vrfName = vrf.getValue().path("vrfName").asText(vrf.getKey());
            for (Map.Entry<String, JsonNode> peer : vrf.getValue().properties()) {
                if (peer.getValue().isObject()) {   // scalars next to the peers are VRF attributes (vrfId, vrfName)
                    neighbors.add(neighbor(vrfName, peer.getKey(), peer.getValue()));
                }
            }
        }
        return neighbors;
    }

    private static BgpNeighbor neighbor(String vrf, String peerAddress, JsonNode n) throws UnexpectedOutputException {
        String where = "'" + COMMAND + "' VRF " + vrf + " peer " + peerAddress;
        String stateText = JsonInput.required(n, "bgpState", where).asText();
        long remoteAs = asNumber(JsonInput.required(n, "remoteAs", where), "remoteAs", where);
        long localAs = asNumber(JsonInput.required(n, "localAs", where), "localAs", where);
        BgpState state = BgpState.parse(stateText);
        long received = 0;
        long sent = 0;
        if (state == BgpState.ESTABLISHED) {
            for (JsonNode family : n.path("addressFamilyInfo")) {
                received += family.path("acceptedPrefixCounter").asLong(0);
                sent += family.path("sentPrefixCounter").asLong(0);
            }
        }
        // Established: time since the session came up. Otherwise FRR gives the time since the last reset,
        // i.e. how long the peer has been down; absent when it does not say.
        String timer = state == BgpState.ESTABLISHED ? "bgpTimerUpMsec" : "lastResetTimerMsecs";
        Duration inState = Duration.ofSeconds(n.path(timer).asLong(0) / 1000);
        return new BgpNeighbor(vrf, peerAddress, localAs, remoteAs, state, inState, received, sent,
                n.path("nbrDesc").asText(""));
    }

    private static long asNumber(JsonNode value, String field, String where) throws UnexpectedOutputException {
        if (!value.canConvertToLong()) {
            throw new UnexpectedOutputException("field '" + field + "' is not a number in " + where + ": " + value);
        }
        return value.asLong();
    }
}

package io.sxalable.testing.sim.junos;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The BGP sessions of a simulated router. A configured peer is Established when its address lies in the subnet
 * of an operationally up unit of its routing instance (a directly connected neighbor answers), Active when it is
 * not reachable, Idle when the local AS is not known. Each session remembers since when it is in its state and how
 * often it flapped; {@link #update} runs after every commit.
 */
public final class BgpPeers {

    /** A peer's live state. */
    public record Peer(RouterView.BgpPeerConfig config, String state, Optional<String> localAddress, Instant since,
                int flaps) {
        public String key() {
            return config.instance() + "|" + config.address();
        }

        public boolean established() {
            return state.equals("Established");
        }
    }

    private Map<String, Peer> peers = new HashMap<>();

    /** Recomputes states from the active configuration; unchanged states keep their {@code since}. */
    synchronized void update(RouterView view, List<Interfaces.Ifd> interfaces, Instant now) {
        Map<String, Peer> next = new HashMap<>();
        for (RouterView.BgpPeerConfig c : view.bgpPeers()) {
            Optional<String> local = localAddress(c, view, interfaces);
            String state = c.localAs().isEmpty() || c.peerAs().isEmpty() ? "Idle" : local.isPresent() ? "Established" : "Active";
            String key = c.instance() + "|" + c.address();
            Peer old = peers.get(key);
            if (old != null && old.state().equals(state)) {
                next.put(key, new Peer(c, state, local, old.since(), old.flaps()));
            } else {
                int flaps = old == null ? 0 : old.flaps() + (old.established() ? 1 : 0);
                next.put(key, new Peer(c, state, local, now, flaps));
            }
        }
        peers = next;
    }

    /** Peers in configuration order. */
    synchronized List<Peer> list(RouterView view) {
        List<Peer> out = new ArrayList<>();
        for (RouterView.BgpPeerConfig c : view.bgpPeers()) {
            Peer p = peers.get(c.instance() + "|" + c.address());
            if (p != null) {
                out.add(p);
            }
        }
        return out;
    }

    private static Optional<String> localAddress(RouterView.BgpPeerConfig c, RouterView view,
                                                 List<Interfaces.Ifd> interfaces) {
        for (Interfaces.Ifd ifd : interfaces) {
            for (Interfaces.Ifl ifl : ifd.units()) {
                if (!ifl.operUp() || !view.instanceOf(ifl.name()).equals(c.instance())) {
                    continue;
                }
                for (Interfaces.Family f : ifl.families()) {
                    for (Interfaces.Address a : f.addresses()) {
                        if (a.destination().isPresent() && !a.local().startsWith("fe80")
                                && Interfaces.contains(a.cidr(), c.address())) {
                            return Optional.of(a.local());
                        }
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** A stable pseudo-random number for generated counts, from the peer address. */
    public static int hash(String text, int modulo) {
        return Math.floorMod(text.hashCode() * 31 + 7, modulo);
    }
}

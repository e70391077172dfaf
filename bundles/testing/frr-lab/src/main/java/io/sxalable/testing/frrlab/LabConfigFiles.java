package io.sxalable.testing.frrlab;

import java.nio.file.Path;
import java.util.List;

/** Renders the per-router configuration files: FRR's integrated frr.conf, vtysh.conf and an sshd_config. */
final class LabConfigFiles {

    private LabConfigFiles() {
    }

    /** One BGP peering of a router, over a point-to-point link. */
    record Peer(String address, long remoteAs, String remoteName, String localInterface) {
    }

    static String frrConf(FrrLab.RouterSpec router, List<Peer> peers) {
        StringBuilder c = new StringBuilder();
        c.append("frr defaults traditional\n");
        c.append("hostname ").append(router.name()).append('\n');
        c.append("log file /var/log/frr/frr.log informational\n");
        c.append("service integrated-vtysh-config\n");
        c.append("!\n");
        for (Peer peer : peers) {
            c.append("interface ").append(peer.localInterface()).append('\n');
            c.append(" description to ").append(peer.remoteName()).append('\n');
            c.append("exit\n!\n");
        }
        c.append("router bgp ").append(router.asn()).append('\n');
        c.append(" bgp router-id ").append(router.routerId()).append('\n');
        // FRR's defaults wait minutes and drop eBGP routes without policy; tests need seconds and routes
        c.append(" no bgp ebgp-requires-policy\n");
        c.append(" timers bgp 3 9\n");
        for (Peer peer : peers) {
            c.append(" neighbor ").append(peer.address()).append(" remote-as ").append(peer.remoteAs()).append('\n');
            c.append(" neighbor ").append(peer.address()).append(" description ").append(peer.remoteName()).append('\n');
            c.append(" neighbor ").append(peer.address()).append(" timers connect 5\n");
        }
        c.append(" !\n address-family ipv4 unicast\n");
        for (String prefix : router.announcedPrefixes()) {
            c.append("  network ").append(prefix).append('\n');
        }
        c.append(" exit-address-family\nexit\n!\n");
        return c.toString();
    }

    static String vtyshConf() {
        return "service integrated-vtysh-config\n";
    }

    /** Password and key login for the lab user only; PAM off because there is no PAM stack worth using here. */
    static String sshdConfig(Path routerDir, Path authorizedKeys, String user) {
        return String.join("\n",
                "Port 22",
                "ListenAddress 0.0.0.0",
                "HostKey " + routerDir.resolve("ssh/ssh_host_ecdsa_key"),
                "PidFile " + routerDir.resolve("sshd.pid"),
                "UsePAM no",
                "PasswordAuthentication yes",
                "KbdInteractiveAuthentication no",
                "PubkeyAuthentication yes",
                "AuthorizedKeysFile " + authorizedKeys,
                "StrictModes no",
                "PermitRootLogin no",
                "AllowUsers " + user,
                "UseDNS no",
                "PrintMotd no",
                "PrintLastLog no",
                "MaxStartups 100",
                "MaxSessions 50",
                "LogLevel INFO",
                "");
    }
}

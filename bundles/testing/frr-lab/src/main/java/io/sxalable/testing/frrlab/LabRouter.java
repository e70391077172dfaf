package io.sxalable.testing.frrlab;

import java.nio.file.Path;
import java.util.List;

/**
 * One running lab router, as a test connects to it.
 *
 * @param name               lab name and hostname, e.g. {@code "r1"}
 * @param namespace          network namespace, e.g. {@code "sxl4242s7-r1"}
 * @param managementIp       address of the router's {@code mgmt0}, reachable from the root namespace
 * @param sshPort            22
 * @param username           SSH login ({@code sxlab}), member of {@code frrvty} so {@code vtysh} works
 * @param password           its password
 * @param privateKey         OpenSSH private key (ECDSA P-256) that the router's sshd also accepts
 * @param hostKeyFingerprint the sshd host key's fingerprint, {@code SHA256:...}
 * @param asn                the router's BGP AS number
 * @param routerId           the router's loopback address and BGP router id
 * @param announcedPrefixes  prefixes the router announces with {@code network} statements (incl. its loopback /32)
 * @param labDir             the router's files (frr.conf, logs, sshd config) on the host
 */
public record LabRouter(String name, String namespace, String managementIp, int sshPort, String username,
                        String password, String privateKey, String hostKeyFingerprint, long asn, String routerId,
                        List<String> announcedPrefixes, Path labDir) {
    public LabRouter {
        announcedPrefixes = List.copyOf(announcedPrefixes);
    }
}

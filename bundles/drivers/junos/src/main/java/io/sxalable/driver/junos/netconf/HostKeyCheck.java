package io.sxalable.driver.junos.netconf;

import java.net.SocketAddress;
import java.security.PublicKey;
import java.util.Optional;
import org.apache.sshd.client.keyverifier.ServerKeyVerifier;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.AttributeRepository;
import org.apache.sshd.common.AttributeRepository.AttributeKey;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.digest.BuiltinDigests;

/**
 * Records every router's host-key fingerprint on its session and, when the connection was opened with a pinned
 * fingerprint, rejects any other key during key exchange, so no password is ever sent to an impostor. One
 * instance serves all sessions of the client: the pin travels in the connection context.
 */
final class HostKeyCheck implements ServerKeyVerifier {

    /** The pinned {@code SHA256:...} fingerprint, set in the connection context by {@link NetconfConnector}. */
    static final AttributeKey<String> EXPECTED = new AttributeKey<>();
    /** The fingerprint the router presented, set on the session during key exchange. */
    static final AttributeKey<String> OBSERVED = new AttributeKey<>();

    @Override
    public boolean verifyServerKey(ClientSession session, SocketAddress remoteAddress, PublicKey serverKey) {
        String observed = fingerprint(serverKey);
        session.setAttribute(OBSERVED, observed);
        Optional<String> expected = expected(session);
        return expected.isEmpty() || expected.get().equals(observed);
    }

    static String fingerprint(PublicKey key) {
        return KeyUtils.getFingerPrint(BuiltinDigests.sha256, key);
    }

    static Optional<String> expected(ClientSession session) {
        AttributeRepository context = session.getConnectionContext();
        return Optional.ofNullable(context == null ? null : context.getAttribute(EXPECTED));
    }

    /** Accepts {@code SHA256:abc...} and a bare {@code abc...}; OpenSSH prints the former. */
    static String normalize(String pinned) {
        String trimmed = pinned.strip();
        return trimmed.regionMatches(true, 0, "SHA256:", 0, 7) ? "SHA256:" + trimmed.substring(7) : "SHA256:" + trimmed;
    }
}

package io.sxalable.sdk.ssh;

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
 * Records every server's host-key fingerprint on its session and, when the connection was opened with a pinned
 * fingerprint, rejects any other key. Rejecting here (during key exchange) means no credentials are ever sent to
 * an impostor. One instance serves all sessions of a client: the pin travels in the connection context.
 */
public final class HostKeyCheck implements ServerKeyVerifier {

    /** The pinned {@code SHA256:...} fingerprint, set in the connection context by {@link SshSessions#connect}. */
    public static final AttributeKey<String> EXPECTED = new AttributeKey<>();
    /** The fingerprint the server presented, set on the session during key exchange. */
    public static final AttributeKey<String> OBSERVED = new AttributeKey<>();

    @Override
    public boolean verifyServerKey(ClientSession session, SocketAddress remoteAddress, PublicKey serverKey) {
        String observed = fingerprint(serverKey);
        session.setAttribute(OBSERVED, observed);
        Optional<String> expected = expected(session);
        return expected.isEmpty() || expected.get().equals(observed);
    }

    /** The OpenSSH-style {@code SHA256:...} fingerprint of a key. */
    public static String fingerprint(PublicKey key) {
        return KeyUtils.getFingerPrint(BuiltinDigests.sha256, key);
    }

    /** The pinned fingerprint the session was opened with, if any. */
    public static Optional<String> expected(ClientSession session) {
        AttributeRepository context = session.getConnectionContext();
        return Optional.ofNullable(context == null ? null : context.getAttribute(EXPECTED));
    }

    /** The fingerprint the server presented (null before key exchange). */
    public static String observed(ClientSession session) {
        return session.getAttribute(OBSERVED);
    }

    /** Accepts {@code SHA256:abc...} and a bare {@code abc...}; OpenSSH prints the former. */
    public static String normalize(String pinned) {
        String trimmed = pinned.strip();
        return trimmed.regionMatches(true, 0, "SHA256:", 0, 7) ? "SHA256:" + trimmed.substring(7) : "SHA256:" + trimmed;
    }
}

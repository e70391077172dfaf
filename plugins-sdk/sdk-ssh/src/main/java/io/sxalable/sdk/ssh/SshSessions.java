package io.sxalable.sdk.ssh;

import io.sxalable.sdk.driver.DeviceAuthenticationException;
import io.sxalable.sdk.driver.DeviceException;
import io.sxalable.sdk.driver.DeviceTarget;
import io.sxalable.sdk.driver.DeviceTimeoutException;
import io.sxalable.sdk.driver.DeviceUnreachableException;
import io.sxalable.sdk.driver.HostKeyMismatchException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.time.Duration;
import java.util.Optional;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.config.hosts.HostConfigEntryResolver;
import org.apache.sshd.client.future.AuthFuture;
import org.apache.sshd.client.future.ConnectFuture;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.AttributeRepository;
import org.apache.sshd.common.NamedResource;
import org.apache.sshd.common.config.keys.FilePasswordProvider;
import org.apache.sshd.common.keyprovider.KeyIdentityProvider;
import org.apache.sshd.common.util.security.SecurityUtils;

/**
 * Opens authenticated SSH sessions to devices with Apache MINA SSHD and maps every failure to the SDK's error
 * kinds: no TCP connection → {@link DeviceUnreachableException} (a refused port at once, a silent one after the
 * connect timeout); TCP up but no completed handshake in the rest of that time → {@link DeviceTimeoutException};
 * a host key other than the pinned one → {@link HostKeyMismatchException} (during key exchange, before any
 * credential is sent); credentials refused → {@link DeviceAuthenticationException}.
 *
 * <p>What happens on the session afterwards (exec, shell, a subsystem such as {@code netconf}) is the driver's.
 * This package is not exported by any bundle: drivers inline it (bnd {@code -conditionalpackage}).
 */
public final class SshSessions {

    private SshSessions() {
    }

    /**
     * A started client with {@link HostKeyCheck} as its key verifier that ignores the process owner's
     * {@code ~/.ssh} (config, keys, known_hosts), so behaviour depends only on the {@link DeviceTarget}. One client
     * (and its I/O threads) serves all sessions of a driver; stop it when the driver stops.
     */
    public static SshClient newClient() {
        SshClient client = SshClient.setUpDefaultClient();
        client.setServerKeyVerifier(new HostKeyCheck());
        client.setHostConfigEntryResolver(HostConfigEntryResolver.EMPTY);
        client.setKeyIdentityProvider(KeyIdentityProvider.EMPTY_KEYS_PROVIDER);
        client.start();
        return client;
    }

    /** {@link #connect(SshClient, DeviceTarget, int, long)} to {@link DeviceTarget#port()}, starting the clock now. */
    public static ClientSession connect(SshClient client, DeviceTarget target) throws DeviceException {
        return connect(client, target, target.port(), System.nanoTime() + target.connectTimeout().toNanos());
    }

    /**
     * Connects, checks the host key against {@link DeviceTarget#hostKey()} and authenticates with the target's
     * password and/or private key, all before {@code deadlineNanos} ({@link System#nanoTime()} based; normally now
     * plus {@link DeviceTarget#connectTimeout()}). The session is closed again on any failure.
     *
     * @return the authenticated session; {@link HostKeyCheck#observed(ClientSession)} gives the server's fingerprint
     */
    public static ClientSession connect(SshClient client, DeviceTarget target, int port, long deadlineNanos)
            throws DeviceException {
        String endpoint = target.host() + ":" + port;
        AttributeRepository context = target.hostKey()
                .map(pin -> AttributeRepository.ofKeyValuePair(HostKeyCheck.EXPECTED, HostKeyCheck.normalize(pin)))
                .orElse(null);

        ClientSession session = tcpConnect(client, target, port, endpoint, context);
        boolean authenticated = false;
        try {
            addIdentities(session, target, endpoint);
            AuthFuture auth = session.auth();
            boolean done = auth.await(remaining(deadlineNanos));
            Optional<String> mismatch = hostKeyMismatch(session);
            if (mismatch.isPresent()) {
                throw new HostKeyMismatchException(endpoint + ": host key " + mismatch.get()
                        + " does not match the pinned " + HostKeyCheck.expected(session).orElse(""));
            }
            if (!done) {
                throw new DeviceTimeoutException(endpoint + ": SSH handshake/authentication did not complete within "
                        + describe(target.connectTimeout()));
            }
            if (!auth.isSuccess()) {
                if (session.getServerKey() == null) {
                    // the key exchange itself failed (no common algorithms, connection dropped): no SSH to talk to
                    throw new DeviceUnreachableException(endpoint + ": SSH handshake failed: " + reason(auth.getException()));
                }
                throw new DeviceAuthenticationException(endpoint + ": authentication as '"
                        + target.credentials().username() + "' failed: " + reason(auth.getException()));
            }
            authenticated = true;
            return session;
        } catch (IOException e) {
            throw new DeviceUnreachableException(endpoint + ": SSH failed: " + e.getMessage(), e);
        } finally {
            if (!authenticated) {
                session.close(true);
            }
        }
    }

    private static ClientSession tcpConnect(SshClient client, DeviceTarget target, int port, String endpoint,
                                            AttributeRepository context) throws DeviceException {
        ConnectFuture connect;
        try {
            connect = client.connect(target.credentials().username(), target.host(), port, context, null);
        } catch (IOException e) {
            throw new DeviceUnreachableException(endpoint + ": cannot connect: " + e.getMessage(), e);
        }
        boolean done;
        try {
            done = connect.await(target.connectTimeout());
        } catch (IOException e) {
            throw new DeviceUnreachableException(endpoint + ": cannot connect: " + e.getMessage(), e);
        }
        if (!done) {
            connect.cancel();
            throw new DeviceUnreachableException(endpoint + ": no TCP connection within "
                    + describe(target.connectTimeout()));
        }
        if (!connect.isConnected()) {
            // refused, no route, unknown host: fails fast, before the timeout
            throw new DeviceUnreachableException(endpoint + ": " + reason(connect.getException()), connect.getException());
        }
        return connect.getClientSession();
    }

    private static void addIdentities(ClientSession session, DeviceTarget target, String endpoint)
            throws DeviceException {
        target.credentials().password().ifPresent(session::addPasswordIdentity);
        if (target.credentials().privateKey().isPresent()) {
            byte[] pem = target.credentials().privateKey().get().getBytes(StandardCharsets.UTF_8);
            try (InputStream in = new ByteArrayInputStream(pem)) {
                Iterable<KeyPair> keys = SecurityUtils.loadKeyPairIdentities(session, NamedResource.ofName("private key"),
                        in, FilePasswordProvider.EMPTY);
                if (keys == null || !keys.iterator().hasNext()) {
                    throw new DeviceAuthenticationException(endpoint + ": the private key holds no key pair");
                }
                keys.forEach(session::addPublicKeyIdentity);
            } catch (IOException | GeneralSecurityException | RuntimeException e) {
                // never include the key text
                throw new DeviceAuthenticationException(endpoint + ": cannot read the private key ("
                        + e.getClass().getSimpleName() + "); encrypted keys are not supported", e);
            }
        }
        if (target.credentials().password().isEmpty() && target.credentials().privateKey().isEmpty()) {
            throw new DeviceAuthenticationException(endpoint + ": credentials have neither password nor private key");
        }
    }

    private static Optional<String> hostKeyMismatch(ClientSession session) {
        String observed = HostKeyCheck.observed(session);
        Optional<String> expected = HostKeyCheck.expected(session);
        if (observed != null && expected.isPresent() && !expected.get().equals(observed)) {
            return Optional.of(observed);
        }
        return Optional.empty();
    }

    /** Time left until a {@link System#nanoTime()} deadline; at least 1 ms, so awaits never mean "forever". */
    public static Duration remaining(long deadlineNanos) {
        return Duration.ofNanos(Math.max(1_000_000L, deadlineNanos - System.nanoTime()));
    }

    /** {@code "10 s"}, or {@code "500 ms"} when not whole seconds: for error messages. */
    public static String describe(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }

    /** A failure's message with its root cause's, for error messages; never null. */
    public static String reason(Throwable t) {
        if (t == null) {
            return "no reason given";
        }
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return root == t ? message : t.getMessage() + " (" + message + ")";
    }
}

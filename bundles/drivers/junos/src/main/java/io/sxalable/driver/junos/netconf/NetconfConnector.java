package io.sxalable.driver.junos.netconf;

import io.sxalable.sdk.driver.DeviceAuthenticationException;
import io.sxalable.sdk.driver.DeviceException;
import io.sxalable.sdk.driver.DeviceTarget;
import io.sxalable.sdk.driver.DeviceTimeoutException;
import io.sxalable.sdk.driver.DeviceUnreachableException;
import io.sxalable.sdk.driver.HostKeyMismatchException;
import io.sxalable.sdk.driver.UnexpectedOutputException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.channel.ChannelSubsystem;
import org.apache.sshd.client.config.hosts.HostConfigEntryResolver;
import org.apache.sshd.client.future.AuthFuture;
import org.apache.sshd.client.future.ConnectFuture;
import org.apache.sshd.client.future.OpenFuture;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.AttributeRepository;
import org.apache.sshd.common.NamedResource;
import org.apache.sshd.common.config.keys.FilePasswordProvider;
import org.apache.sshd.common.keyprovider.KeyIdentityProvider;
import org.apache.sshd.common.util.io.output.NullOutputStream;
import org.apache.sshd.common.util.security.SecurityUtils;

/**
 * Opens NETCONF sessions over SSH (RFC 6242) with Apache MINA SSHD: TCP connect, host-key check, password or key
 * login, the {@code netconf} subsystem, and the hello exchange, all within {@link DeviceTarget#connectTimeout()}.
 * Failures map to the SDK's error kinds: no TCP connection → {@link DeviceUnreachableException} (a refused port
 * at once); TCP up but handshake, login or hello not done in time → {@link DeviceTimeoutException}; another host
 * key than the pinned one → {@link HostKeyMismatchException} before any credential is sent; credentials refused →
 * {@link DeviceAuthenticationException}; subsystem refused or no proper hello → {@link UnexpectedOutputException}.
 *
 * <p>One connector (one MINA client and its I/O threads) serves every session of the driver and ignores the
 * process owner's {@code ~/.ssh}, so behaviour depends on the {@link DeviceTarget} only.
 */
public final class NetconfConnector implements AutoCloseable {

    private final SshClient client;

    public NetconfConnector() {
        client = SshClient.setUpDefaultClient();
        client.setServerKeyVerifier(new HostKeyCheck());
        client.setHostConfigEntryResolver(HostConfigEntryResolver.EMPTY);
        client.setKeyIdentityProvider(KeyIdentityProvider.EMPTY_KEYS_PROVIDER);
        client.start();
    }

    public NetconfConnection open(DeviceTarget target, int port) throws DeviceException {
        String endpoint = target.host() + ":" + port;
        long deadline = System.nanoTime() + target.connectTimeout().toNanos();
        AttributeRepository context = target.hostKey()
                .map(pin -> AttributeRepository.ofKeyValuePair(HostKeyCheck.EXPECTED, HostKeyCheck.normalize(pin)))
                .orElse(null);

        ClientSession session = connect(target, port, endpoint, context);
        boolean ready = false;
        try {
            authenticate(session, target, endpoint, deadline);
            NetconfConnection connection = subsystem(session, endpoint, deadline, target.connectTimeout());
            ready = true;
            return connection;
        } finally {
            if (!ready) {
                session.close(true);
            }
        }
    }

    private ClientSession connect(DeviceTarget target, int port, String endpoint, AttributeRepository context)
            throws DeviceException {
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
                    + NetconfConnection.describe(target.connectTimeout()));
        }
        if (!connect.isConnected()) {
            // refused, no route, unknown host: fails fast, before the timeout
            throw new DeviceUnreachableException(endpoint + ": " + reason(connect.getException()), connect.getException());
        }
        return connect.getClientSession();
    }

    private static void authenticate(ClientSession session, DeviceTarget target, String endpoint, long deadline)
            throws DeviceException {
        addIdentities(session, target, endpoint);
        try {
            AuthFuture auth = session.auth();
            boolean done = auth.await(remaining(deadline));
            Optional<String> mismatch = hostKeyMismatch(session);
            if (mismatch.isPresent()) {
                throw new HostKeyMismatchException(endpoint + ": host key " + mismatch.get()
                        + " does not match the pinned " + HostKeyCheck.expected(session).orElse(""));
            }
            if (!done) {
                throw new DeviceTimeoutException(endpoint + ": SSH handshake/authentication did not complete within "
                        + NetconfConnection.describe(target.connectTimeout()));
            }
            if (!auth.isSuccess()) {
                if (session.getServerKey() == null) {
                    throw new DeviceUnreachableException(endpoint + ": SSH handshake failed: " + reason(auth.getException()));
                }
                throw new DeviceAuthenticationException(endpoint + ": authentication as '"
                        + target.credentials().username() + "' failed: " + reason(auth.getException()));
            }
        } catch (IOException e) {
            throw new DeviceUnreachableException(endpoint + ": SSH failed: " + e.getMessage(), e);
        }
    }

    private static NetconfConnection subsystem(ClientSession session, String endpoint, long deadline,
                                               Duration connectTimeout) throws DeviceException {
        BlockingQueue<Object> inbox = new LinkedBlockingQueue<>();
        FrameDecoder[] decoderRef = new FrameDecoder[1];
        boolean[] helloSeen = new boolean[1];
        FrameDecoder decoder = new FrameDecoder(message -> {
            if (!helloSeen[0]) {
                helloSeen[0] = true;
                try {
                    if (Hello.parse(message).chunked()) {
                        decoderRef[0].useChunked();   // before the next byte of this buffer is decoded
                    }
                } catch (UnexpectedOutputException e) {
                    // reported by open() when it parses the same hello
                }
            }
            inbox.add(message);
        });
        decoderRef[0] = decoder;
        ChannelSubsystem channel;
        try {
            channel = session.createSubsystemChannel("netconf");
            channel.setOut(new DecodingStream(decoder, inbox));
            channel.setErr(new NullOutputStream());
            channel.addCloseFutureListener(f -> inbox.add(NetconfConnection.closedMarker()));
            OpenFuture open = channel.open();
            if (!open.await(remaining(deadline))) {
                throw new DeviceTimeoutException(endpoint + ": NETCONF channel not opened within "
                        + NetconfConnection.describe(connectTimeout));
            }
            if (!open.isOpened()) {
                throw refused(endpoint, open.getException());
            }
            OutputStream out = channel.getInvertedIn();
            out.write(FrameDecoder.encode(Hello.CLIENT_HELLO, false));
            out.flush();
        } catch (IOException e) {
            throw new DeviceUnreachableException(endpoint + ": cannot open the NETCONF channel: " + e.getMessage(), e);
        }
        Object first;
        try {
            first = inbox.poll(remaining(deadline).toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeviceTimeoutException(endpoint + ": interrupted waiting for the NETCONF hello", e);
        }
        if (first == null) {
            throw new DeviceTimeoutException(endpoint + ": no NETCONF <hello> within " + NetconfConnection.describe(connectTimeout));
        }
        if (first == NetconfConnection.closedMarker()) {
            throw refused(endpoint, null);
        }
        if (first instanceof FrameDecoder.FramingException e) {
            throw new UnexpectedOutputException(endpoint + ": NETCONF hello: " + e.getMessage(), e);
        }
        Hello hello = Hello.parse((String) first);
        NetconfConnection connection = new NetconfConnection(session, channel, endpoint,
                session.getAttribute(HostKeyCheck.OBSERVED), inbox, decoder);
        connection.hello(hello);
        return connection;
    }

    private static UnexpectedOutputException refused(String endpoint, Throwable cause) {
        return new UnexpectedOutputException(endpoint + ": the device refused the NETCONF subsystem"
                + (cause == null ? "" : " (" + reason(cause) + ")")
                + "; enable it with 'set system services netconf ssh' and check the login class allows it", cause);
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
        String observed = session.getAttribute(HostKeyCheck.OBSERVED);
        Optional<String> expected = HostKeyCheck.expected(session);
        if (observed != null && expected.isPresent() && !expected.get().equals(observed)) {
            return Optional.of(observed);
        }
        return Optional.empty();
    }

    private static Duration remaining(long deadlineNanos) {
        return Duration.ofNanos(Math.max(1_000_000L, deadlineNanos - System.nanoTime()));
    }

    static String reason(Throwable t) {
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

    /** Stops the SSH client and its I/O threads; open sessions close with it. */
    @Override
    public void close() {
        client.stop();
    }

    /** What MINA writes the channel's data into: the frame decoder. Runs on MINA's I/O thread. */
    private static final class DecodingStream extends OutputStream {
        private final FrameDecoder decoder;
        private final BlockingQueue<Object> inbox;
        private boolean failed;

        DecodingStream(FrameDecoder decoder, BlockingQueue<Object> inbox) {
            this.decoder = decoder;
            this.inbox = inbox;
        }

        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            if (failed) {
                return;
            }
            try {
                decoder.feed(b, off, len);
            } catch (FrameDecoder.FramingException e) {
                failed = true;
                inbox.add(e);
            }
        }
    }
}

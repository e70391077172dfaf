package io.sxalable.driver.junos.netconf;

import io.sxalable.sdk.driver.DeviceException;
import io.sxalable.sdk.driver.DeviceTarget;
import io.sxalable.sdk.driver.DeviceTimeoutException;
import io.sxalable.sdk.driver.DeviceUnreachableException;
import io.sxalable.sdk.driver.UnexpectedOutputException;
import io.sxalable.sdk.ssh.HostKeyCheck;
import io.sxalable.sdk.ssh.SshSessions;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.channel.ChannelSubsystem;
import org.apache.sshd.client.future.OpenFuture;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.util.io.output.NullOutputStream;

/**
 * Opens NETCONF sessions over SSH (RFC 6242) with Apache MINA SSHD: TCP connect, host-key check, password or key
 * login (the SDK's {@link SshSessions}), the {@code netconf} subsystem, and the hello exchange, all within
 * {@link DeviceTarget#connectTimeout()}. Failures map to the SDK's error kinds: no TCP connection →
 * {@link DeviceUnreachableException} (a refused port at once); TCP up but handshake, login or hello not done in
 * time → {@link DeviceTimeoutException}; another host key than the pinned one →
 * {@link io.sxalable.sdk.driver.HostKeyMismatchException} before any credential is sent; credentials refused →
 * {@link io.sxalable.sdk.driver.DeviceAuthenticationException}; subsystem refused or no proper hello →
 * {@link UnexpectedOutputException}.
 *
 * <p>One connector (one MINA client and its I/O threads) serves every session of the driver and ignores the
 * process owner's {@code ~/.ssh}, so behaviour depends on the {@link DeviceTarget} only.
 */
public final class NetconfConnector implements AutoCloseable {

    private final SshClient client;

    public NetconfConnector() {
        client = SshSessions.newClient();
    }

    public NetconfConnection open(DeviceTarget target, int port) throws DeviceException {
        String endpoint = target.host() + ":" + port;
        long deadline = System.nanoTime() + target.connectTimeout().toNanos();
        ClientSession session = SshSessions.connect(client, target, port, deadline);
        boolean ready = false;
        try {
            NetconfConnection connection = subsystem(session, endpoint, deadline, target.connectTimeout());
            ready = true;
            return connection;
        } finally {
            if (!ready) {
                session.close(true);
            }
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
            if (!open.await(SshSessions.remaining(deadline))) {
                throw new DeviceTimeoutException(endpoint + ": NETCONF channel not opened within "
                        + NetconfConnection.describe(connectTimeout));
            }
            if (!open.isOpened()) {
                throw refused(endpoint, open.getException());
            }
        } catch (IOException e) {
            throw new DeviceUnreachableException(endpoint + ": cannot open the NETCONF channel: " + e.getMessage(), e);
        }
        try {
            OutputStream out = channel.getInvertedIn();
            out.write(FrameDecoder.encode(Hello.CLIENT_HELLO, false));
            out.flush();
        } catch (IOException e) {
            if (channel.isClosing() && session.isOpen()) {
                // the channel opened but the router closed it at once: it refused the subsystem request (whether
                // that close arrives before or after our hello is a race)
                throw refused(endpoint, null);
            }
            throw new DeviceUnreachableException(endpoint + ": cannot send the NETCONF hello: " + e.getMessage(), e);
        }
        Object first;
        try {
            first = inbox.poll(SshSessions.remaining(deadline).toNanos(), TimeUnit.NANOSECONDS);
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
                HostKeyCheck.observed(session), inbox, decoder);
        connection.hello(hello);
        return connection;
    }

    private static UnexpectedOutputException refused(String endpoint, Throwable cause) {
        return new UnexpectedOutputException(endpoint + ": the device refused the NETCONF subsystem"
                + (cause == null ? "" : " (" + SshSessions.reason(cause) + ")")
                + "; enable it with 'set system services netconf ssh' and check the login class allows it", cause);
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

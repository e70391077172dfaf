package io.sxalable.driver.ciscoios.ssh;

import io.sxalable.sdk.driver.ConfigRejectedException;
import io.sxalable.sdk.driver.DeviceException;
import io.sxalable.sdk.driver.DeviceTarget;
import io.sxalable.sdk.driver.DeviceTimeoutException;
import io.sxalable.sdk.driver.DeviceUnreachableException;
import io.sxalable.sdk.ssh.HostKeyCheck;
import io.sxalable.sdk.ssh.SshSessions;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.channel.ChannelExec;
import org.apache.sshd.client.channel.ClientChannelEvent;
import org.apache.sshd.client.session.ClientSession;

/**
 * An authenticated SSH session to one IOS device: the interactive CLI ({@link #cli()}) and SCP uploads to the
 * device's file system ({@link #upload}). Not thread-safe, like {@code DeviceSession}.
 */
public final class SshConnection implements AutoCloseable {

    private final ClientSession session;
    private final String endpoint;
    private final String hostKeyFingerprint;
    private final long loginDeadline;
    private CliChannel cli;

    /**
     * Connects, checks the host key and authenticates with the SDK's {@link SshSessions} (which maps every failure
     * to the SDK's error kinds), all within {@link DeviceTarget#connectTimeout()}.
     */
    public static SshConnection open(SshClient client, DeviceTarget target, int port) throws DeviceException {
        long deadline = System.nanoTime() + target.connectTimeout().toNanos();
        ClientSession session = SshSessions.connect(client, target, port, deadline);
        return new SshConnection(session, target.host() + ":" + port, HostKeyCheck.observed(session), deadline);
    }

    SshConnection(ClientSession session, String endpoint, String hostKeyFingerprint, long loginDeadline) {
        this.session = session;
        this.endpoint = endpoint;
        this.hostKeyFingerprint = hostKeyFingerprint;
        this.loginDeadline = loginDeadline;
    }

    /** The SHA256 fingerprint of the host key the device presented, e.g. {@code SHA256:/ob8D8f...}. */
    public String hostKeyFingerprint() {
        return hostKeyFingerprint;
    }

    public String endpoint() {
        return endpoint;
    }

    /** The interactive CLI; opened on first use within what is left of the connect timeout. */
    public CliChannel cli() throws DeviceException {
        if (cli == null) {
            long deadline = Math.max(loginDeadline, System.nanoTime() + Duration.ofSeconds(1).toNanos());
            cli = CliChannel.open(session, endpoint, deadline);
        }
        return cli;
    }

    /**
     * Copies {@code content} to {@code remotePath} (e.g. {@code flash:sxalable-candidate.cfg}) with the SCP protocol
     * over an exec channel, as OpenSSH's {@code scp} does ({@code scp -t flash:name}). The device needs
     * {@code ip scp server enable} and a privilege-15 login.
     *
     * @throws ConfigRejectedException when the device refuses the transfer
     */
    public void upload(String remotePath, byte[] content, Duration timeout) throws DeviceException {
        long deadline = System.nanoTime() + timeout.toNanos();
        String name = remotePath.substring(remotePath.indexOf(':') + 1).replaceFirst("^/+", "");
        TerminalBuffer replies = new TerminalBuffer();
        try (ChannelExec channel = session.createExecChannel("scp -t " + remotePath)) {
            channel.setOut(replies);
            channel.setErr(OutputStream.nullOutputStream());
            if (!channel.open().await(SshSessions.remaining(deadline))) {
                throw new DeviceTimeoutException(endpoint + ": no channel for the SCP upload of " + remotePath);
            }
            OutputStream out = channel.getInvertedIn();
            int mark = 0;
            mark = ack(replies, mark, deadline, remotePath);
            out.write(("C0644 " + content.length + " " + name + "\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            mark = ack(replies, mark, deadline, remotePath);
            out.write(content);
            out.write(0);
            out.flush();
            ack(replies, mark, deadline, remotePath);
            out.close();
            Set<ClientChannelEvent> events = channel.waitFor(EnumSet.of(ClientChannelEvent.CLOSED),
                    SshSessions.remaining(deadline));
            if (!events.contains(ClientChannelEvent.CLOSED)) {
                throw new DeviceTimeoutException(endpoint + ": the SCP upload of " + remotePath + " did not finish");
            }
        } catch (IOException e) {
            throw new DeviceUnreachableException(endpoint + ": SCP upload of " + remotePath + " failed: "
                    + e.getMessage(), e);
        }
    }

    /** Waits for the one-byte SCP acknowledgement; 1 or 2 (or anything else) is a refusal with a message. */
    private int ack(TerminalBuffer replies, int mark, long deadline, String remotePath) throws DeviceException {
        try {
            if (!replies.await(mark, text -> !text.isEmpty(), deadline)) {
                if (replies.closed()) {
                    throw new ConfigRejectedException(endpoint + ": the device closed the SCP channel for " + remotePath
                            + " (is 'ip scp server enable' configured and the login privilege 15?)");
                }
                throw new DeviceTimeoutException(endpoint + ": no SCP acknowledgement for " + remotePath);
            }
            byte[] got = replies.bytesSince(mark);
            if (got[0] == 0) {
                return mark + 1;
            }
            // a refusal: \1 or \2 and a message line; or, when the SCP server is off, IOS's CLI complaint
            replies.await(mark, text -> text.contains("\n"), Math.min(deadline, System.nanoTime() + 500_000_000L));
            String message = replies.since(mark).replaceAll("[\\x00-\\x02\\r]", "").strip();
            throw new ConfigRejectedException(endpoint + ": the device refused the SCP upload of " + remotePath + ": "
                    + message + " (SCP needs 'ip scp server enable' and a privilege-15 login)");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeviceTimeoutException(endpoint + ": interrupted during the SCP upload", e);
        }
    }

    @Override
    public void close() {
        if (cli != null) {
            cli.close();
        }
        try {
            session.close(false).await(Duration.ofSeconds(5));
        } catch (IOException | RuntimeException ignored) {
            // best effort: the server drops the session when the socket goes
        }
    }
}

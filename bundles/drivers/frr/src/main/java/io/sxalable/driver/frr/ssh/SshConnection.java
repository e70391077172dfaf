package io.sxalable.driver.frr.ssh;

import io.sxalable.sdk.driver.DeviceException;
import io.sxalable.sdk.driver.DeviceTarget;
import io.sxalable.sdk.driver.DeviceTimeoutException;
import io.sxalable.sdk.driver.DeviceUnreachableException;
import io.sxalable.sdk.ssh.HostKeyCheck;
import io.sxalable.sdk.ssh.SshSessions;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.channel.ChannelExec;
import org.apache.sshd.client.channel.ClientChannelEvent;
import org.apache.sshd.client.session.ClientSession;

/** An authenticated SSH session that runs one exec channel per command. Not thread-safe, like DeviceSession. */
public final class SshConnection implements AutoCloseable {

    private final ClientSession session;
    private final String endpoint;
    private final String hostKeyFingerprint;

    /**
     * Connects, checks the host key and authenticates with the SDK's {@link SshSessions} (which maps every failure
     * to the SDK's error kinds), all within {@link DeviceTarget#connectTimeout()}.
     */
    public static SshConnection open(SshClient client, DeviceTarget target, int port) throws DeviceException {
        long deadline = System.nanoTime() + target.connectTimeout().toNanos();
        ClientSession session = SshSessions.connect(client, target, port, deadline);
        return new SshConnection(session, target.host() + ":" + port, HostKeyCheck.observed(session));
    }

    SshConnection(ClientSession session, String endpoint, String hostKeyFingerprint) {
        this.session = session;
        this.endpoint = endpoint;
        this.hostKeyFingerprint = hostKeyFingerprint;
    }

    /** The SHA256 fingerprint of the host key the server presented, e.g. {@code SHA256:/ob8D8f...}. */
    public String hostKeyFingerprint() {
        return hostKeyFingerprint;
    }

    /**
     * Runs {@code command} through the login shell of the remote user and waits for it to finish.
     *
     * @throws DeviceTimeoutException     when it does not finish within {@code timeout}
     * @throws DeviceUnreachableException when the connection is gone
     */
    public CommandResult exec(String command, Duration timeout) throws DeviceException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (ChannelExec channel = session.createExecChannel(command)) {
            channel.setOut(out);
            channel.setErr(err);
            if (!channel.open().await(timeout)) {
                throw new DeviceTimeoutException(endpoint + ": no channel for '" + command + "' within "
                        + timeout.toSeconds() + " s");
            }
            Set<ClientChannelEvent> events = channel.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), timeout);
            if (!events.contains(ClientChannelEvent.CLOSED)) {
                throw new DeviceTimeoutException(endpoint + ": '" + command + "' did not finish within "
                        + timeout.toSeconds() + " s");
            }
            Integer exit = channel.getExitStatus();
            return new CommandResult(exit == null ? -1 : exit, out.toString(StandardCharsets.UTF_8),
                    err.toString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            if (!session.isOpen()) {
                throw new DeviceUnreachableException(endpoint + ": connection lost running '" + command + "'", e);
            }
            throw new DeviceUnreachableException(endpoint + ": cannot run '" + command + "': " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            session.close(false).await(Duration.ofSeconds(5));
        } catch (IOException | RuntimeException ignored) {
            // closing is best effort: the server drops the session when the socket goes
        }
    }
}

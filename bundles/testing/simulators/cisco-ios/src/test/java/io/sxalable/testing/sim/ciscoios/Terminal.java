package io.sxalable.testing.sim.ciscoios;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumSet;
import java.util.regex.Pattern;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.channel.ChannelExec;
import org.apache.sshd.client.channel.ChannelShell;
import org.apache.sshd.client.channel.ClientChannelEvent;
import org.apache.sshd.client.session.ClientSession;

/** A test-side SSH terminal: types lines and waits for what the router prints, raw (\r\n, echo and all). */
final class Terminal implements AutoCloseable {

    private final ClientSession session;
    private final ChannelShell shell;
    private final ByteArrayOutputStream received = new ByteArrayOutputStream();
    private final OutputStream keys;
    private int read;

    private Terminal(ClientSession session) throws IOException {
        this.session = session;
        this.shell = session.createShellChannel();
        shell.setPtyType("vt100");
        OutputStream sink = new OutputStream() {
            @Override
            public void write(int b) {
                synchronized (received) {
                    received.write(b);
                    received.notifyAll();
                }
            }

            @Override
            public void write(byte[] b, int off, int len) {
                synchronized (received) {
                    received.write(b, off, len);
                    received.notifyAll();
                }
            }
        };
        shell.setOut(sink);
        shell.setErr(sink);
        shell.open().verify(Duration.ofSeconds(5));
        keys = shell.getInvertedIn();
    }

    static ClientSession login(SshClient client, IosSimulator r, String user, String password) throws IOException {
        ClientSession s = client.connect(user, r.host(), r.port()).verify(Duration.ofSeconds(5)).getClientSession();
        s.addPasswordIdentity(password);
        s.auth().verify(Duration.ofSeconds(5));
        return s;
    }

    static Terminal open(SshClient client, IosSimulator r) throws IOException {
        return new Terminal(login(client, r, r.options().username(), r.options().password()));
    }

    /** Types {@code text} as is (add \r for Enter). */
    Terminal type(String text) throws IOException {
        keys.write(text.getBytes(StandardCharsets.ISO_8859_1));
        keys.flush();
        return this;
    }

    /** Waits until the text received since the last call ends with {@code regex}; returns that text. */
    String until(String regex) throws InterruptedException {
        Pattern p = Pattern.compile("(?s).*" + regex);
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        synchronized (received) {
            while (true) {
                String text = new String(received.toByteArray(), read, received.size() - read,
                        StandardCharsets.ISO_8859_1);
                if (p.matcher(text).matches()) {
                    read = received.size();
                    return text;
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("waited for /" + regex + "/, got: " + text.replace("\r", "\\r")
                            .replace("\n", "\\n\n"));
                }
                received.wait(Math.max(1, left / 1_000_000));
            }
        }
    }

    /** Types a line, waits for the prompt, returns everything in between (echo included). */
    String run(String line, String prompt) throws Exception {
        type(line + "\r");
        return until(Pattern.quote(prompt));
    }

    /** Runs one command on an exec channel, as {@code ssh r1 "show version"} does. */
    static String exec(ClientSession session, String command) throws IOException {
        try (ChannelExec channel = session.createExecChannel(command)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            channel.setOut(out);
            channel.open().verify(Duration.ofSeconds(5));
            channel.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), Duration.ofSeconds(5));
            return out.toString(StandardCharsets.ISO_8859_1);
        }
    }

    @Override
    public void close() throws IOException {
        shell.close(true);
        session.close(true);
    }
}

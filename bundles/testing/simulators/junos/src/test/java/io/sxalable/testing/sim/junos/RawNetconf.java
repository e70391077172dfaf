package io.sxalable.testing.sim.junos;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.channel.ChannelSubsystem;
import org.apache.sshd.client.session.ClientSession;

/**
 * A deliberately naive NETCONF client for the simulator's own tests: blocking reads, both framings, raw strings.
 * The real client is the driver's; this one lets tests send exactly the bytes they want.
 */
final class RawNetconf implements AutoCloseable {

    private final SshClient client;
    private final ClientSession session;
    private final ChannelSubsystem channel;
    private final InputStream in;
    private final OutputStream out;
    private boolean chunked;
    final String serverHello;

    private RawNetconf(SshClient client, ClientSession session, ChannelSubsystem channel) throws IOException {
        this.client = client;
        this.session = session;
        this.channel = channel;
        this.in = channel.getInvertedOut();
        this.out = channel.getInvertedIn();
        this.serverHello = readEom();
    }

    static RawNetconf open(JunosDevice device) throws IOException {
        return open(device, device.password());
    }

    static RawNetconf open(JunosDevice device, String password) throws IOException {
        SshClient client = SshClient.setUpDefaultClient();
        client.setServerKeyVerifier((s, a, k) -> true);
        client.start();
        try {
            ClientSession session = client.connect(device.username(), device.host(), device.port())
                    .verify(Duration.ofSeconds(5)).getClientSession();
            session.addPasswordIdentity(password);
            session.auth().verify(Duration.ofSeconds(5));
            ChannelSubsystem channel = session.createSubsystemChannel("netconf");
            channel.open().verify(Duration.ofSeconds(5));
            return new RawNetconf(client, session, channel);
        } catch (IOException | RuntimeException e) {
            client.stop();
            throw e;
        }
    }

    /** Sends our hello (base:1.0 and, if asked, base:1.1) and switches to chunked framing if both offered 1.1. */
    void hello(boolean offer11) throws IOException {
        String caps = "<capability>urn:ietf:params:netconf:base:1.0</capability>"
                + (offer11 ? "<capability>urn:ietf:params:netconf:base:1.1</capability>" : "");
        out.write(("<hello xmlns=\"urn:ietf:params:xml:ns:netconf:base:1.0\"><capabilities>" + caps
                + "</capabilities></hello>]]>]]>").getBytes(StandardCharsets.UTF_8));
        out.flush();
        chunked = offer11 && serverHello.contains("urn:ietf:params:netconf:base:1.1");
    }

    boolean chunked() {
        return chunked;
    }

    /** Sends {@code <rpc message-id="id">body</rpc>} and returns the raw reply. */
    String rpc(String id, String body) throws IOException {
        sendRaw("<rpc xmlns=\"urn:ietf:params:xml:ns:netconf:base:1.0\" message-id=\"" + id + "\">" + body + "</rpc>");
        return read();
    }

    void sendRaw(String message) throws IOException {
        byte[] bytes = message.getBytes(StandardCharsets.UTF_8);
        if (chunked) {
            out.write(("\n#" + bytes.length + "\n").getBytes(StandardCharsets.US_ASCII));
            out.write(bytes);
            out.write("\n##\n".getBytes(StandardCharsets.US_ASCII));
        } else {
            out.write(bytes);
            out.write("]]>]]>".getBytes(StandardCharsets.US_ASCII));
        }
        out.flush();
    }

    String read() throws IOException {
        return chunked ? readChunked() : readEom();
    }

    private String readEom() throws IOException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        while (true) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("closed after: " + buf.toString(StandardCharsets.UTF_8));
            }
            buf.write(b);
            String s = buf.toString(StandardCharsets.UTF_8);
            if (s.endsWith("]]>]]>")) {
                return s.substring(0, s.length() - 6).strip();
            }
        }
    }

    private String readChunked() throws IOException {
        ByteArrayOutputStream msg = new ByteArrayOutputStream();
        while (true) {
            int c = in.read();
            while (c == '\n') {
                c = in.read();
            }
            if (c != '#') {
                throw new IOException("expected '#', got " + c);
            }
            int d = in.read();
            if (d == '#') {
                in.read();   // LF
                return msg.toString(StandardCharsets.UTF_8).strip();
            }
            StringBuilder size = new StringBuilder().append((char) d);
            while ((d = in.read()) != '\n') {
                size.append((char) d);
            }
            byte[] chunk = in.readNBytes(Integer.parseInt(size.toString()));
            msg.write(chunk);
        }
    }

    boolean waitClosed(Duration timeout) {
        return !channel.waitFor(java.util.EnumSet.of(org.apache.sshd.client.channel.ClientChannelEvent.CLOSED),
                timeout.toMillis()).contains(org.apache.sshd.client.channel.ClientChannelEvent.TIMEOUT);
    }

    @Override
    public void close() {
        try {
            session.close(true);
        } finally {
            client.stop();
        }
    }

    static void sleep(long millis) {
        try {
            TimeUnit.MILLISECONDS.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

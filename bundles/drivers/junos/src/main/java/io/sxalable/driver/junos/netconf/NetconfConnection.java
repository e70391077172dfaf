package io.sxalable.driver.junos.netconf;

import io.sxalable.driver.junos.parse.Xml;
import io.sxalable.sdk.driver.DeviceException;
import io.sxalable.sdk.driver.DeviceTimeoutException;
import io.sxalable.sdk.driver.DeviceUnreachableException;
import io.sxalable.sdk.driver.UnexpectedOutputException;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.apache.sshd.client.channel.ChannelSubsystem;
import org.apache.sshd.client.session.ClientSession;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * One NETCONF session on an SSH {@code netconf} subsystem channel: RPCs go out framed as negotiated, replies are
 * decoded on MINA's I/O thread (no thread of our own) and handed over through a queue; {@link #rpc} waits for the
 * reply whose {@code message-id} matches, up to the command timeout. One RPC at a time, like
 * {@link io.sxalable.sdk.driver.DeviceSession}.
 */
public final class NetconfConnection implements AutoCloseable {

    private static final String NS = "urn:ietf:params:xml:ns:netconf:base:1.0";
    private static final Object CLOSED = new Object();

    private final ClientSession session;
    private final ChannelSubsystem channel;
    private final String endpoint;
    private final String hostKeyFingerprint;
    private final BlockingQueue<Object> inbox;
    private final FrameDecoder decoder;
    private Hello hello;
    private long nextMessageId = 1;
    private boolean closed;

    NetconfConnection(ClientSession session, ChannelSubsystem channel, String endpoint, String hostKeyFingerprint,
                      BlockingQueue<Object> inbox, FrameDecoder decoder) {
        this.session = session;
        this.channel = channel;
        this.endpoint = endpoint;
        this.hostKeyFingerprint = hostKeyFingerprint;
        this.inbox = inbox;
        this.decoder = decoder;
    }

    /** Marker the channel puts into the inbox when it closes. */
    static Object closedMarker() {
        return CLOSED;
    }

    void hello(Hello value) {
        this.hello = value;
    }

    /** {@code host:port}, for messages. */
    public String endpoint() {
        return endpoint;
    }

    /** SHA256 fingerprint of the router's host key, e.g. {@code SHA256:/ob8D8f...}. */
    public String hostKeyFingerprint() {
        return hostKeyFingerprint;
    }

    /** The router's hello. */
    public Hello serverHello() {
        return hello;
    }

    /** Whether messages use chunked framing (both sides offered base:1.1). */
    public boolean chunked() {
        return decoder.chunked();
    }

    /**
     * Sends {@code <rpc message-id="n">operation</rpc>} and returns the parsed reply, rpc-errors included (the
     * caller decides what an error means for its operation).
     *
     * @param name      the RPC's name for messages, e.g. {@code get-software-information}
     * @param operation the RPC element, e.g. {@code <get-software-information/>}
     * @throws DeviceTimeoutException     no complete reply within {@code timeout}
     * @throws DeviceUnreachableException the session or connection closed
     * @throws UnexpectedOutputException  the reply breaks the framing or is not an {@code <rpc-reply>}
     */
    public RpcReply rpc(String name, String operation, Duration timeout) throws DeviceException {
        if (closed) {
            throw new DeviceUnreachableException(endpoint + ": NETCONF session already closed ('" + name + "')");
        }
        String id = Long.toString(nextMessageId++);
        send(name, "<rpc xmlns=\"" + NS + "\" message-id=\"" + id + "\">" + operation + "</rpc>");
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Object item = take(name, deadline, timeout);
            if (item instanceof FrameDecoder.FramingException e) {
                closed = true;
                throw new UnexpectedOutputException(endpoint + ": '" + name + "': " + e.getMessage(), e);
            }
            String xml = (String) item;
            Document doc = Xml.parse(xml, name);
            Element root = doc.getDocumentElement();
            if (!"rpc-reply".equals(Xml.localName(root))) {
                continue;   // e.g. a notification: not ours
            }
            String replyId = root.getAttribute("message-id");
            if (!replyId.isEmpty() && !replyId.equals(id)) {
                continue;   // a late reply to an RPC that timed out earlier
            }
            List<RpcError> errors = RpcError.all(root);
            return new RpcReply(name, xml, doc, errors);
        }
    }

    private Object take(String name, long deadline, Duration timeout) throws DeviceException {
        try {
            long left = deadline - System.nanoTime();
            Object item = left <= 0 ? inbox.poll() : inbox.poll(left, TimeUnit.NANOSECONDS);
            if (item == null) {
                throw new DeviceTimeoutException(endpoint + ": no reply to '" + name + "' within "
                        + describe(timeout));
            }
            if (item == CLOSED) {
                closed = true;
                inbox.offer(CLOSED);   // later calls see it too
                throw new DeviceUnreachableException(endpoint + ": the device closed the NETCONF session while '"
                        + name + "' was running");
            }
            return item;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeviceTimeoutException(endpoint + ": interrupted waiting for '" + name + "'", e);
        }
    }

    private void send(String name, String message) throws DeviceException {
        try {
            OutputStream out = channel.getInvertedIn();
            out.write(FrameDecoder.encode(message, decoder.chunked()));
            out.flush();
        } catch (IOException e) {
            closed = true;
            throw new DeviceUnreachableException(endpoint + ": cannot send '" + name + "': " + e.getMessage(), e);
        }
    }

    /** Whether the channel is still usable. */
    public boolean isOpen() {
        return !closed && channel.isOpen() && session.isOpen();
    }

    /**
     * Ends the session politely ({@code <close-session/>}, waiting at most {@code grace} for its reply), then
     * closes the SSH connection. Never throws.
     */
    public void close(Duration grace) {
        if (!closed && channel.isOpen()) {
            try {
                rpc("close-session", "<close-session/>", grace);
            } catch (DeviceException | RuntimeException ignored) {
                // the router drops the session with the connection anyway
            }
        }
        closed = true;
        try {
            session.close(false).await(Duration.ofSeconds(2));
        } catch (IOException | RuntimeException ignored) {
            // best effort
        }
    }

    @Override
    public void close() {
        close(Duration.ofSeconds(2));
    }

    static String describe(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }
}

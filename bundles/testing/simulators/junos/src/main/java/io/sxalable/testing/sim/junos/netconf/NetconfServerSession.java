package io.sxalable.testing.sim.junos.netconf;

import io.sxalable.testing.sim.junos.Router;
import io.sxalable.testing.sim.junos.rpc.RpcHandler;
import io.sxalable.testing.sim.junos.rpc.XmlOut;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.sshd.common.io.IoOutputStream;
import org.apache.sshd.common.util.buffer.ByteArrayBuffer;
import org.apache.sshd.server.Environment;
import org.apache.sshd.server.ExitCallback;
import org.apache.sshd.server.channel.ChannelDataReceiver;
import org.apache.sshd.server.channel.ChannelSession;
import org.apache.sshd.server.channel.ChannelSessionAware;
import org.apache.sshd.common.io.IoInputStream;
import org.apache.sshd.server.command.AsyncCommand;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * The {@code netconf} SSH subsystem of one session: sends the Junos hello, reads the client's, then answers
 * {@code <rpc>}s one at a time in order. Everything runs on the server's I/O threads without blocking: input
 * arrives through {@link ChannelDataReceiver}, output goes through the channel's asynchronous stream with a small
 * write queue, and an {@link io.sxalable.testing.sim.junos.Options#rpcDelay() RPC delay} is a timer on the farm's
 * scheduler. No thread per session.
 */
final class NetconfServerSession implements AsyncCommand, ChannelSessionAware, ChannelDataReceiver {

    static final String BASE_10 = "urn:ietf:params:netconf:base:1.0";
    static final String BASE_11 = "urn:ietf:params:netconf:base:1.1";
    private static final String NETCONF_NS = "urn:ietf:params:xml:ns:netconf:base:1.0";
    private static final int CHUNK = 8192;

    private static final ThreadLocal<DocumentBuilder> PARSER = ThreadLocal.withInitial(NetconfServerSession::newParser);

    private final Router router;
    private final RpcHandler handler;
    private final ScheduledExecutorService scheduler;
    private final FrameReader reader = new FrameReader(this::onMessage);
    private final Deque<byte[]> writes = new ArrayDeque<>();
    private final Deque<String> inbox = new ArrayDeque<>();

    private ChannelSession channel;
    private IoOutputStream out;
    private ExitCallback exit;
    private RpcHandler.Session session;
    private boolean helloReceived;
    private boolean chunked;
    private boolean writing;
    private boolean busy;
    private boolean closing;
    private boolean ended;

    NetconfServerSession(Router router, ScheduledExecutorService scheduler) {
        this.router = router;
        this.handler = new RpcHandler(router);
        this.scheduler = scheduler;
    }

    @Override
    public void setChannelSession(ChannelSession channel) {
        this.channel = channel;
        channel.setDataReceiver(this);
    }

    @Override
    public void setIoOutputStream(IoOutputStream out) {
        this.out = out;
    }

    @Override
    public void setIoInputStream(IoInputStream in) {
        // input arrives through data(): see setChannelSession
    }

    @Override
    public void setIoErrorStream(IoOutputStream err) {
        // NETCONF has no stderr
    }

    @Override
    public void setExitCallback(ExitCallback callback) {
        this.exit = callback;
    }

    @Override
    public void setInputStream(InputStream in) {
        // input arrives through data(): see setChannelSession
    }

    @Override
    public void setOutputStream(OutputStream out) {
        // output goes through the asynchronous stream
    }

    @Override
    public void setErrorStream(OutputStream err) {
        // NETCONF has no stderr
    }

    @Override
    public void start(ChannelSession channel, Environment env) {
        session = new RpcHandler.Session(router.nextSessionId(), channel.getSession().getUsername());
        write(hello(session.id(), session.user(), router.options().netconfBase11()).getBytes(StandardCharsets.UTF_8), false);
    }

    @Override
    public int data(ChannelSession channel, byte[] buf, int start, int len) throws IOException {
        reader.feed(buf, start, len);
        return len;
    }

    @Override
    public void destroy(ChannelSession channel) {
        end();
    }

    @Override
    public void close() {
        end();
    }

    private synchronized void end() {
        if (!ended) {
            ended = true;
            if (session != null) {
                router.sessionEnded(session.id());
            }
        }
    }

    // ------------------------------------------------------------------------------------------------ input

    private void onMessage(String xml) throws IOException {
        if (!helloReceived) {
            helloReceived = true;
            Document hello = parse(xml);
            boolean base10 = false;
            boolean base11 = false;
            if (hello != null && "hello".equals(hello.getDocumentElement().getLocalName())) {
                String text = hello.getDocumentElement().getTextContent();
                base10 = text.contains(BASE_10);
                base11 = text.contains(BASE_11);
            }
            if (!base10 && !base11) {
                closeChannel();   // Junos drops sessions whose first message is not a usable hello
                return;
            }
            if (base11 && router.options().netconfBase11()) {
                chunked = true;
                reader.switchToChunked();
            }
            return;
        }
        synchronized (this) {
            inbox.add(xml);
            if (busy) {
                return;
            }
            busy = true;
        }
        drain();
    }

    /** Processes queued RPCs in order; with an RPC delay, continues from the scheduler. */
    private void drain() {
        while (true) {
            String xml;
            synchronized (this) {
                xml = inbox.poll();
                if (xml == null || closing) {
                    busy = false;
                    return;
                }
            }
            RpcHandler.Reply reply = answer(xml);
            Duration delay = router.options().rpcDelay();
            if (!delay.isZero()) {
                scheduler.schedule(() -> {
                    send(reply);
                    drain();
                }, delay.toNanos(), TimeUnit.NANOSECONDS);
                return;
            }
            send(reply);
        }
    }

    private RpcHandler.Reply answer(String xml) {
        Document doc = parse(xml);
        if (doc == null) {
            return new RpcHandler.Reply(wrap(null, "<rpc-error>\n<error-type>rpc</error-type>\n<error-tag>malformed-message"
                    + "</error-tag>\n<error-severity>error</error-severity>\n<error-message>xml parse error"
                    + "</error-message>\n</rpc-error>\n"), false);
        }
        Element rpc = doc.getDocumentElement();
        String messageId = rpc.hasAttribute("message-id") ? rpc.getAttribute("message-id") : null;
        if (!"rpc".equals(rpc.getLocalName())) {
            return new RpcHandler.Reply(wrap(messageId, "<rpc-error>\n<error-type>protocol</error-type>\n"
                    + "<error-tag>unknown-element</error-tag>\n<error-severity>error</error-severity>\n"
                    + "<error-message>syntax error, expecting &lt;rpc&gt;</error-message>\n<error-info>\n<bad-element>"
                    + XmlOut.escapeText(rpc.getNodeName()) + "</bad-element>\n</error-info>\n</rpc-error>\n"), false);
        }
        Element operation = null;
        for (Node n = rpc.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                operation = e;
                break;
            }
        }
        if (operation == null) {
            return new RpcHandler.Reply(wrap(messageId, "<rpc-error>\n<error-type>protocol</error-type>\n"
                    + "<error-tag>missing-element</error-tag>\n<error-severity>error</error-severity>\n"
                    + "<error-message>syntax error</error-message>\n</rpc-error>\n"), false);
        }
        RpcHandler.Reply reply = handler.handle(operation, session);
        return new RpcHandler.Reply(wrap(messageId, reply.body()), reply.closeSession());
    }

    private String wrap(String messageId, String body) {
        StringBuilder sb = new StringBuilder(body.length() + 200);
        sb.append("<rpc-reply xmlns=\"").append(NETCONF_NS).append("\" xmlns:junos=\"")
                .append(io.sxalable.testing.sim.junos.rpc.Junos.namespace(router.options().version(), "junos"))
                .append('"');
        if (messageId != null) {
            sb.append(" message-id=\"").append(XmlOut.escapeText(messageId).replace("\"", "&quot;")).append('"');
        }
        sb.append(">\n").append(body).append("</rpc-reply>\n");
        return sb.toString();
    }

    private void send(RpcHandler.Reply reply) {
        if (reply.closeSession()) {
            synchronized (this) {
                closing = true;   // before the write: its completion closes the channel
            }
        }
        write(reply.body().getBytes(StandardCharsets.UTF_8), chunked);
    }

    // ------------------------------------------------------------------------------------------------ output

    private void write(byte[] message, boolean chunkedFraming) {
        ByteArrayOutputStream framed = new ByteArrayOutputStream(message.length + 64);
        if (chunkedFraming) {
            for (int off = 0; off < message.length; off += CHUNK) {
                int n = Math.min(CHUNK, message.length - off);
                framed.writeBytes(("\n#" + n + "\n").getBytes(StandardCharsets.US_ASCII));
                framed.write(message, off, n);
            }
            framed.writeBytes("\n##\n".getBytes(StandardCharsets.US_ASCII));
        } else {
            framed.writeBytes(message);
            framed.writeBytes("]]>]]>\n".getBytes(StandardCharsets.US_ASCII));
        }
        synchronized (this) {
            writes.add(framed.toByteArray());
            if (writing) {
                return;
            }
            writing = true;
        }
        writeNext();
    }

    private void writeNext() {
        byte[] next;
        synchronized (this) {
            next = writes.poll();
            if (next == null) {
                writing = false;
                if (closing) {
                    closeChannel();
                }
                return;
            }
        }
        try {
            out.writeBuffer(new ByteArrayBuffer(next)).addListener(f -> {
                if (f.isWritten()) {
                    writeNext();
                } else {
                    closeChannel();
                }
            });
        } catch (IOException | RuntimeException e) {
            closeChannel();
        }
    }

    private void closeChannel() {
        end();
        if (exit != null) {
            exit.onExit(0);
        } else if (channel != null) {
            channel.close(false);
        }
    }

    // ------------------------------------------------------------------------------------------------ XML

    static String hello(int sessionId, String user, boolean base11) {
        StringBuilder sb = new StringBuilder();
        sb.append("<!-- No zombies were killed during the creation of this user interface -->\n");
        sb.append("<!-- user ").append(user).append(", class j-super-user -->\n");
        sb.append("<hello xmlns=\"urn:ietf:params:xml:ns:netconf:base:1.0\">\n");
        sb.append("  <capabilities>\n");
        for (String c : capabilities()) {
            if (c.equals("urn:ietf:params:netconf:capability:candidate:1.0") && base11) {
                sb.append("    <capability>").append(BASE_11).append("</capability>\n");
            }
            sb.append("    <capability>").append(XmlOut.escapeText(c)).append("</capability>\n");
        }
        sb.append("  </capabilities>\n");
        sb.append("  <session-id>").append(sessionId).append("</session-id>\n");
        sb.append("</hello>\n");
        return sb.toString();
    }

    private static String[] capabilities() {
        return new String[] {
            BASE_10,
            "urn:ietf:params:netconf:capability:candidate:1.0",
            "urn:ietf:params:netconf:capability:confirmed-commit:1.0",
            "urn:ietf:params:netconf:capability:validate:1.0",
            "urn:ietf:params:netconf:capability:url:1.0?scheme=http,ftp,file",
            "urn:ietf:params:xml:ns:netconf:base:1.0",
            "urn:ietf:params:xml:ns:netconf:capability:candidate:1.0",
            "urn:ietf:params:xml:ns:netconf:capability:confirmed-commit:1.0",
            "urn:ietf:params:xml:ns:netconf:capability:validate:1.0",
            "urn:ietf:params:xml:ns:netconf:capability:url:1.0?scheme=http,ftp,file",
            "urn:ietf:params:xml:ns:yang:ietf-netconf-monitoring",
            "http://xml.juniper.net/netconf/junos/1.0",
            "http://xml.juniper.net/dmi/system/1.0",
        };
    }

    private Document parse(String xml) {
        try {
            return PARSER.get().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        } catch (SAXException | IOException e) {
            return null;
        }
    }

    private static DocumentBuilder newParser() {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(new org.xml.sax.helpers.DefaultHandler());
            return b;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }
}

package io.sxalable.driver.junos.netconf;

import io.sxalable.driver.junos.parse.Xml;
import io.sxalable.sdk.driver.UnexpectedOutputException;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The {@code <hello>} exchange (RFC 6241 section 8.1): what the router offers, and the framing both sides agree
 * on (RFC 6242 section 4.1: chunked framing when both announce base:1.1, end-of-message framing otherwise).
 *
 * @param capabilities the router's capability URIs
 * @param sessionId    the router's {@code <session-id>}, or empty
 */
public record Hello(Set<String> capabilities, Optional<String> sessionId) {

    public static final String BASE_10 = "urn:ietf:params:netconf:base:1.0";
    public static final String BASE_11 = "urn:ietf:params:netconf:base:1.1";

    /** Our hello: base:1.0 and base:1.1, nothing else (the Junos RPCs need no capability). */
    public static final String CLIENT_HELLO = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<hello xmlns=\"urn:ietf:params:xml:ns:netconf:base:1.0\">\n"
            + "  <capabilities>\n"
            + "    <capability>" + BASE_10 + "</capability>\n"
            + "    <capability>" + BASE_11 + "</capability>\n"
            + "  </capabilities>\n"
            + "</hello>\n";

    public Hello {
        capabilities = Set.copyOf(capabilities);
    }

    /**
     * Parses the router's hello (Junos precedes it with XML comments, which are fine).
     *
     * @throws UnexpectedOutputException when it is not a hello or offers neither base version
     */
    public static Hello parse(String xml) throws UnexpectedOutputException {
        Document doc = Xml.parse(xml, "hello");
        Element root = doc.getDocumentElement();
        if (!"hello".equals(Xml.localName(root))) {
            throw new UnexpectedOutputException("NETCONF: expected <hello> from the device, got <" + Xml.localName(root) + ">");
        }
        Set<String> capabilities = new LinkedHashSet<>();
        Xml.child(root, "capabilities").ifPresent(c -> {
            for (Element e : Xml.children(c, "capability")) {
                capabilities.add(e.getTextContent().strip());
            }
        });
        if (!capabilities.contains(BASE_10) && !capabilities.contains(BASE_11)) {
            throw new UnexpectedOutputException("NETCONF: the device's hello offers neither " + BASE_10 + " nor " + BASE_11
                    + ": " + capabilities);
        }
        return new Hello(capabilities, Xml.text(root, "session-id"));
    }

    /** Whether the session continues with chunked framing (we always offer base:1.1). */
    public boolean chunked() {
        return capabilities.contains(BASE_11);
    }
}

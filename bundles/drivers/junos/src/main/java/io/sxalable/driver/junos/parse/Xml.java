package io.sxalable.driver.junos.parse;

import io.sxalable.sdk.driver.UnexpectedOutputException;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Small DOM helpers for Junos replies. Junos puts its data in per-daemon namespaces whose URIs carry the release
 * ({@code http://xml.juniper.net/junos/23.4R1/junos-interface}), so every lookup here is by local name only, and
 * every text value is trimmed (the interface daemon prints values on their own lines). The parser is the JDK's
 * ({@link DocumentBuilderFactory#newDefaultInstance()}, so no other implementation is picked up inside OSGi) with
 * DOCTYPEs refused: no external entities, no entity expansion.
 */
public final class Xml {

    private static final DocumentBuilderFactory FACTORY = factory();

    private Xml() {
    }

    /**
     * Parses one NETCONF message.
     *
     * @param what names the RPC or message for the error, e.g. {@code get-interface-information}
     */
    public static Document parse(String xml, String what) throws UnexpectedOutputException {
        if (xml == null || xml.isBlank()) {
            throw new UnexpectedOutputException("'" + what + "': empty reply");
        }
        try {
            DocumentBuilder builder;
            synchronized (FACTORY) {
                builder = FACTORY.newDocumentBuilder();
            }
            builder.setErrorHandler(new DefaultHandler());
            return builder.parse(new InputSource(new StringReader(xml)));
        } catch (SAXException | IOException | ParserConfigurationException e) {
            throw new UnexpectedOutputException("'" + what + "': reply is not well-formed XML: " + e.getMessage(), e);
        }
    }

    public static String localName(Node node) {
        return node.getLocalName() == null ? node.getNodeName() : node.getLocalName();
    }

    /** Direct element children with the given local name. */
    public static List<Element> children(Element parent, String localName) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && localName.equals(localName(e))) {
                out.add(e);
            }
        }
        return out;
    }

    /** All direct element children. */
    public static List<Element> children(Element parent) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                out.add(e);
            }
        }
        return out;
    }

    public static Optional<Element> child(Element parent, String localName) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && localName.equals(localName(e))) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /** The trimmed text of a direct child, if the child exists. */
    public static Optional<String> text(Element parent, String localName) {
        return child(parent, localName).map(e -> e.getTextContent().strip());
    }

    /** The trimmed text of a direct child, or a failure naming the element and where it was expected. */
    public static String requiredText(Element parent, String localName, String where) throws UnexpectedOutputException {
        Optional<String> text = text(parent, localName);
        if (text.isEmpty()) {
            throw new UnexpectedOutputException(where + ": no <" + localName + ">");
        }
        return text.get();
    }

    /** All descendants (any depth, document order) with the given local name. */
    public static List<Element> descendants(Element root, String localName) {
        List<Element> out = new ArrayList<>();
        NodeList all = root.getElementsByTagNameNS("*", localName);
        for (int i = 0; i < all.getLength(); i++) {
            out.add((Element) all.item(i));
        }
        if (out.isEmpty()) {
            NodeList plain = root.getElementsByTagName(localName);   // documents parsed without namespaces
            for (int i = 0; i < plain.getLength(); i++) {
                out.add((Element) plain.item(i));
            }
        }
        return out;
    }

    /** The first descendant with the given local name. */
    public static Optional<Element> first(Element root, String localName) {
        List<Element> all = descendants(root, localName);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    /** An attribute by local name, whatever its prefix ({@code junos:seconds} → {@code seconds}). */
    public static Optional<String> attribute(Element element, String localName) {
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Node a = attributes.item(i);
            String name = localName(a);
            int colon = name.indexOf(':');
            if ((colon >= 0 ? name.substring(colon + 1) : name).equals(localName)) {
                return Optional.of(a.getNodeValue());
            }
        }
        return Optional.empty();
    }

    /** Escapes text for an element's content. */
    public static String escape(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    private static DocumentBuilderFactory factory() {
        DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
        try {
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK XML parser lacks a required feature", e);
        }
        return f;
    }
}

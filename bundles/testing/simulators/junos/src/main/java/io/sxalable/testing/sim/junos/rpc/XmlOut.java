package io.sxalable.testing.sim.junos.rpc;

/**
 * Writes XML the way Junos emits it on a NETCONF session: one element per line, no indentation, and — in the
 * {@linkplain #wrapped wrapped} style of the interface daemon — every text value on its own line
 * ({@code <name>\nge-0/0/0\n</name>}). Text and attribute values are escaped.
 */
public final class XmlOut {

    private final StringBuilder sb;
    private final boolean wrapped;

    private XmlOut(boolean wrapped) {
        this.sb = new StringBuilder(1024);
        this.wrapped = wrapped;
    }

    /** Values inline: {@code <host-name>r1</host-name>}. */
    public static XmlOut inline() {
        return new XmlOut(false);
    }

    /** Values on their own line, as {@code get-interface-information} replies. */
    public static XmlOut wrapped() {
        return new XmlOut(true);
    }

    /** Opens an element; {@code attributes} are name/value pairs, e.g. {@code "junos:style", "normal"}. */
    public XmlOut open(String tag, String... attributes) {
        sb.append('<').append(tag);
        attributes(attributes);
        sb.append(">\n");
        return this;
    }

    public XmlOut close(String tag) {
        sb.append("</").append(tag).append(">\n");
        return this;
    }

    /** {@code <tag/>}. */
    public XmlOut empty(String tag, String... attributes) {
        sb.append('<').append(tag);
        attributes(attributes);
        sb.append("/>\n");
        return this;
    }

    /** An element with a text value; written in this writer's style. */
    public XmlOut leaf(String tag, Object value, String... attributes) {
        return leaf(wrapped, tag, value, attributes);
    }

    /** An element with a text value, always inline. */
    public XmlOut inlineLeaf(String tag, Object value, String... attributes) {
        return leaf(false, tag, value, attributes);
    }

    private XmlOut leaf(boolean wrap, String tag, Object value, String... attributes) {
        sb.append('<').append(tag);
        attributes(attributes);
        sb.append('>');
        if (wrap) {
            sb.append('\n');
        }
        escape(String.valueOf(value), false);
        if (wrap) {
            sb.append('\n');
        }
        sb.append("</").append(tag).append(">\n");
        return this;
    }

    /** Raw, already well-formed XML. */
    public XmlOut raw(String xml) {
        sb.append(xml);
        return this;
    }

    private void attributes(String... attributes) {
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            sb.append(' ').append(attributes[i]).append("=\"");
            escape(attributes[i + 1], true);
            sb.append('"');
        }
    }

    private void escape(String text, boolean attribute) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append(attribute ? "&quot;" : "\"");
                default -> sb.append(c);
            }
        }
    }

    public static String escapeText(String text) {
        XmlOut out = inline();
        out.escape(text, false);
        return out.toString();
    }

    @Override
    public String toString() {
        return sb.toString();
    }
}

package io.sxalable.driver.junos.parse;

import io.sxalable.sdk.driver.UnexpectedOutputException;
import java.util.Optional;
import org.w3c.dom.Element;

/**
 * The text of a {@code <command format="text">} reply: Junos wraps CLI text in {@code <output>} (configuration
 * commands in {@code <configuration-text>} / {@code <configuration-output>}). The text is returned as printed, with
 * the newline Junos adds after the opening tag removed.
 */
public final class CommandOutputParser {

    public static final String RPC = "command";

    private CommandOutputParser() {
    }

    public static String request(String command) {
        return "<command format=\"text\">" + Xml.escape(command) + "</command>";
    }

    public static String text(String replyXml) throws UnexpectedOutputException {
        return text(Xml.parse(replyXml, RPC).getDocumentElement());
    }

    public static String text(Element reply) throws UnexpectedOutputException {
        Optional<Element> output = Xml.first(reply, "output")
                .or(() -> Xml.first(reply, "configuration-text"))
                .or(() -> Xml.first(reply, "configuration-output"));
        if (output.isEmpty()) {
            throw new UnexpectedOutputException("'" + RPC + "': no <output> in the reply (a command without a text form?)");
        }
        String text = output.get().getTextContent().replace("\r\n", "\n");
        return text.startsWith("\n") ? text.substring(1) : text;
    }
}

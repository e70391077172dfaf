package io.sxalable.driver.junos.netconf;

import java.util.List;
import java.util.Optional;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * A parsed {@code <rpc-reply>}.
 *
 * @param rpc      the RPC's element name, for messages ({@code get-interface-information})
 * @param xml      the reply as received (without framing)
 * @param document the parsed reply
 * @param errors   every {@code <rpc-error>} in it, warnings included
 */
public record RpcReply(String rpc, String xml, Document document, List<RpcError> errors) {

    public RpcReply {
        errors = List.copyOf(errors);
    }

    public Element root() {
        return document.getDocumentElement();
    }

    /** The errors with severity {@code error}, described; empty when the RPC succeeded (warnings allowed). */
    public Optional<String> failure() {
        return RpcError.describeErrors(errors);
    }

    public boolean failed() {
        return errors.stream().anyMatch(RpcError::isError);
    }
}

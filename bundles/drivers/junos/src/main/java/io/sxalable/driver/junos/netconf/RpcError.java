package io.sxalable.driver.junos.netconf;

import io.sxalable.driver.junos.parse.Xml;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.w3c.dom.Element;

/**
 * One {@code <rpc-error>} of a reply (RFC 6241 section 4.3). Junos nests them inside RPC-specific results
 * ({@code <load-configuration-results>}, {@code <commit-results>}) as well as directly in {@code <rpc-reply>},
 * and reports warnings the same way with severity {@code warning}.
 *
 * @param type       {@code error-type}: transport, rpc, protocol, application
 * @param tag        {@code error-tag}, e.g. {@code operation-failed}, {@code lock-denied}
 * @param severity   {@code error} or {@code warning}
 * @param path       {@code error-path}, e.g. {@code [edit interfaces ge-0/0/0]}, or {@code ""}
 * @param message    {@code error-message}, trimmed; {@code ""} when absent
 * @param badElement {@code error-info/bad-element}, or {@code ""}
 */
public record RpcError(String type, String tag, String severity, String path, String message, String badElement) {

    public boolean isError() {
        return !"warning".equalsIgnoreCase(severity);
    }

    /** Every {@code <rpc-error>} in the document, at any depth, in order. */
    public static List<RpcError> all(Element reply) {
        List<RpcError> out = new ArrayList<>();
        for (Element e : Xml.descendants(reply, "rpc-error")) {
            out.add(new RpcError(Xml.text(e, "error-type").orElse(""), Xml.text(e, "error-tag").orElse(""),
                    Xml.text(e, "error-severity").orElse("error"), Xml.text(e, "error-path").orElse(""),
                    Xml.text(e, "error-message").orElse(""),
                    Xml.child(e, "error-info").flatMap(i -> Xml.text(i, "bad-element")).orElse("")));
        }
        return out;
    }

    /**
     * A one-line description for exception messages: {@code syntax error (at 'foo' in [edit])}, with the lines of
     * multi-line Junos messages joined by {@code " / "}.
     */
    public String describe() {
        StringBuilder sb = new StringBuilder(message.isEmpty() ? tag : message.strip().replaceAll("\\s*\\n\\s*", " / "));
        List<String> where = new ArrayList<>();
        if (!badElement.isEmpty()) {
            where.add("at '" + badElement + "'");
        }
        if (!path.isEmpty()) {
            where.add("in " + path);
        }
        if (!where.isEmpty()) {
            sb.append(" (").append(String.join(" ", where)).append(')');
        }
        return sb.toString();
    }

    /** The errors (not warnings) of a list, described and joined with {@code "; "}. */
    public static Optional<String> describeErrors(List<RpcError> errors) {
        List<String> parts = errors.stream().filter(RpcError::isError).map(RpcError::describe).toList();
        return parts.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", parts));
    }
}

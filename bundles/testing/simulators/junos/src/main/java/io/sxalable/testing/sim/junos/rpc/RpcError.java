package io.sxalable.testing.sim.junos.rpc;

import java.util.Optional;

/**
 * One {@code <rpc-error>} as Junos reports it on a NETCONF session.
 *
 * @param type       {@code <error-type>}: protocol, application, rpc
 * @param tag        {@code <error-tag>}: operation-failed, lock-denied, invalid-value, ...
 * @param severity   {@code error} or {@code warning}
 * @param path       {@code <error-path>}, e.g. {@code [edit interfaces ge-0/0/0]}
 * @param message    {@code <error-message>}
 * @param badElement {@code <error-info><bad-element>}
 */
public record RpcError(String type, String tag, String severity, Optional<String> path, String message,
                       Optional<String> badElement) {

    public static RpcError error(String message) {
        return new RpcError("protocol", "operation-failed", "error", Optional.empty(), message, Optional.empty());
    }

    public static RpcError warning(String message) {
        return new RpcError("protocol", "operation-failed", "warning", Optional.empty(), message, Optional.empty());
    }

    public RpcError withPath(String value) {
        return new RpcError(type, tag, severity, Optional.of(value), message, badElement);
    }

    public RpcError withBadElement(String value) {
        return new RpcError(type, tag, severity, path, message, Optional.of(value));
    }

    public RpcError withTag(String value) {
        return new RpcError(type, value, severity, path, message, badElement);
    }

    void write(XmlOut out) {
        out.open("rpc-error");
        out.inlineLeaf("error-type", type);
        out.inlineLeaf("error-tag", tag);
        out.inlineLeaf("error-severity", severity);
        path.ifPresent(p -> out.inlineLeaf("error-path", p));
        out.inlineLeaf("error-message", message);
        badElement.ifPresent(b -> out.open("error-info").inlineLeaf("bad-element", b).close("error-info"));
        out.close("rpc-error");
    }
}

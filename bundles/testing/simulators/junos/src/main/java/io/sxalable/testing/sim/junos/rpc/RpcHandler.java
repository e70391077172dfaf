package io.sxalable.testing.sim.junos.rpc;

import io.sxalable.testing.sim.junos.Datastore;
import io.sxalable.testing.sim.junos.Router;
import java.util.List;
import java.util.Optional;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Answers one {@code <rpc>} of a NETCONF session: the RPC element in, the content of the {@code <rpc-reply>} out,
 * failures as Junos wraps them ({@code <rpc-error>} alone, or inside {@code <load-configuration-results>} /
 * {@code <commit-results>} for configuration RPCs). Element names are matched without namespaces, as Junos does.
 */
public final class RpcHandler {

    /** The session an RPC arrives on. */
    public record Session(int id, String user) {
    }

    /** What a session does after replying. */
    public record Reply(String body, boolean closeSession) {
        static Reply of(String body) {
            return new Reply(body, false);
        }
    }

    private static final String OK = "<ok/>\n";

    private final Router router;

    public RpcHandler(Router router) {
        this.router = router;
    }

    public Reply handle(Element operation, Session session) {
        String name = operation.getLocalName() == null ? operation.getNodeName() : operation.getLocalName();
        try {
            return switch (name) {
                case "get-software-information" -> Reply.of(OperationalReplies.softwareInformation(router));
                case "get-chassis-inventory" -> Reply.of(OperationalReplies.chassisInventory(router));
                case "get-system-uptime-information" -> Reply.of(OperationalReplies.uptime(router));
                case "get-interface-information" -> Reply.of(InterfaceReplies.reply(router,
                        child(operation, "terse").isPresent(), text(operation, "interface-name")));
                case "get-bgp-neighbor-information" -> Reply.of(OperationalReplies.bgpNeighbors(router,
                        text(operation, "neighbor-address")));
                case "get-bgp-summary-information" -> Reply.of(OperationalReplies.bgpSummary(router));
                case "command" -> command(operation);
                case "get-configuration" -> getConfiguration(operation);
                case "lock" -> {
                    requireCandidate(operation, "target");
                    router.datastore().lock(session.id(), session.user(), router.now());
                    yield Reply.of(OK);
                }
                case "unlock" -> {
                    requireCandidate(operation, "target");
                    router.datastore().unlock(session.id());
                    yield Reply.of(OK);
                }
                case "load-configuration" -> load(operation, session);
                case "commit-configuration" -> commit(operation, session);
                case "discard-changes" -> {
                    router.datastore().discard(session.id());
                    yield Reply.of(OK);
                }
                case "close-session" -> new Reply(OK, true);
                default -> throw new RpcException(RpcError.error("syntax error").withBadElement(name));
            };
        } catch (RpcException e) {
            return Reply.of(errors(e.errors()));
        }
    }

    private Reply command(Element operation) throws RpcException {
        String format = operation.getAttribute("format");
        if (!format.isEmpty() && !format.equals("text") && !format.equals("ascii")) {
            throw new RpcException(RpcError.error("the simulator answers <command> in format=\"text\" only")
                    .withTag("operation-not-supported").withBadElement(format));
        }
        String output = CliCommands.run(router, operation.getTextContent());
        return Reply.of("<output>\n" + XmlOut.escapeText(output) + "</output>\n");
    }

    private Reply getConfiguration(Element operation) throws RpcException {
        String format = operation.getAttribute("format");
        if (!format.equals("text")) {
            throw new RpcException(RpcError.error("the simulator serves the configuration in format=\"text\" only")
                    .withTag("operation-not-supported").withBadElement(format.isEmpty() ? "xml" : format));
        }
        boolean committed = operation.getAttribute("database").equals("committed");
        String compare = operation.getAttribute("compare");
        if (compare.equals("rollback")) {
            String n = operation.getAttribute("rollback");
            int rollback = n.isEmpty() ? 0 : parseRollback(n);
            String diff = router.datastore().compare(rollback, committed);
            return Reply.of("<configuration-information>\n<configuration-output>\n" + XmlOut.escapeText(diff)
                    + "</configuration-output>\n</configuration-information>\n");
        }
        if (!compare.isEmpty()) {
            throw new RpcException(RpcError.error("invalid value for compare: " + compare).withTag("invalid-value")
                    .withBadElement(compare));
        }
        String text = committed ? router.datastore().committedText() : router.datastore().candidateText();
        return Reply.of("<configuration-text xmlns=\"http://xml.juniper.net/xnm/1.1/xnm\">\n"
                + XmlOut.escapeText(text) + "</configuration-text>\n");
    }

    private Reply load(Element operation, Session session) {
        try {
            String rollback = operation.getAttribute("rollback");
            List<String> warnings = List.of();
            if (!rollback.isEmpty()) {
                router.datastore().loadRollback(session.id(), parseRollback(rollback), router.now());
            } else {
                String format = operation.getAttribute("format");
                if (!format.equals("text")) {
                    throw new RpcException(RpcError.error("the simulator loads format=\"text\" only")
                            .withTag("operation-not-supported").withBadElement(format.isEmpty() ? "xml" : format));
                }
                String action = operation.getAttribute("action");
                Element text = child(operation, "configuration-text").orElseThrow(() -> new RpcException(
                        RpcError.error("missing configuration-text").withTag("missing-element")
                                .withBadElement("configuration-text")));
                warnings = router.datastore().load(session.id(), action.isEmpty() ? "merge" : action,
                        text.getTextContent(), router.now());
            }
            XmlOut out = XmlOut.inline().open("load-configuration-results");
            for (String w : warnings) {
                RpcError.warning(w).write(out);
            }
            out.empty("ok").close("load-configuration-results");
            return Reply.of(out.toString());
        } catch (RpcException e) {
            XmlOut out = XmlOut.inline().open("load-configuration-results");
            for (RpcError error : e.errors()) {
                error.write(out);
            }
            out.leaf("load-error-count", e.errors().size()).close("load-configuration-results");
            return Reply.of(out.toString());
        }
    }

    private Reply commit(Element operation, Session session) {
        XmlOut out = XmlOut.inline().open("commit-results");
        try {
            if (child(operation, "check").isPresent()) {
                router.datastore().check(session.id());
                out.open("routing-engine", "junos:style", "normal").leaf("name", "re0").empty("commit-check-success")
                        .close("routing-engine");
            } else {
                Optional<Integer> confirm = Optional.empty();
                if (child(operation, "confirmed").isPresent()) {
                    String minutes = text(operation, "confirm-timeout");
                    confirm = Optional.of(minutes.isEmpty() ? 10 : parseMinutes(minutes));
                }
                Datastore.Revision revision = router.commit(session.id(), session.user(), confirm);
                out.open("routing-engine", "junos:style", "normal").leaf("name", "re0").empty("commit-success")
                        .leaf("commit-revision", "re0-" + revision.at().getEpochSecond() + "-"
                                + router.datastore().rollbackCount())
                        .close("routing-engine");
            }
        } catch (RpcException e) {
            for (RpcError error : e.errors()) {
                error.write(out);
            }
        }
        return Reply.of(out.close("commit-results").toString());
    }

    private static int parseMinutes(String text) throws RpcException {
        if (!text.strip().matches("\\d{1,5}") || Integer.parseInt(text.strip()) < 1 || Integer.parseInt(text.strip()) > 65535) {
            throw new RpcException(RpcError.error("confirm-timeout: value is not within range (1..65535)")
                    .withTag("invalid-value").withBadElement(text.strip()));
        }
        return Integer.parseInt(text.strip());
    }

    private static int parseRollback(String text) throws RpcException {
        if (!text.strip().matches("\\d{1,2}")) {
            throw new RpcException(RpcError.error("rollback: invalid value: " + text).withTag("invalid-value")
                    .withBadElement(text));
        }
        return Integer.parseInt(text.strip());
    }

    private static void requireCandidate(Element operation, String container) throws RpcException {
        Optional<Element> target = child(operation, container);
        if (target.isEmpty() || child(target.get(), "candidate").isEmpty()) {
            throw new RpcException(RpcError.error("only the candidate configuration can be locked")
                    .withTag("operation-not-supported").withBadElement(container));
        }
    }

    static String errors(List<RpcError> errors) {
        XmlOut out = XmlOut.inline();
        for (RpcError e : errors) {
            e.write(out);
        }
        return out.toString();
    }

    static Optional<Element> child(Element parent, String localName) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && localName.equals(e.getLocalName() == null ? e.getNodeName() : e.getLocalName())) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    static String text(Element parent, String localName) {
        return child(parent, localName).map(e -> e.getTextContent().strip()).orElse("");
    }
}

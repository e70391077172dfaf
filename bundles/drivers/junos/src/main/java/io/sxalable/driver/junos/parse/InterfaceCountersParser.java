package io.sxalable.driver.junos.parse;

import io.sxalable.sdk.driver.InterfaceCounters;
import io.sxalable.sdk.driver.UnexpectedOutputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.w3c.dom.Element;

/**
 * Counters of physical interfaces from {@code <get-interface-information><extensive/>}, the same reply as
 * {@link InterfacesParser}. Per interface: {@code traffic-statistics} {@code input-bytes}, {@code output-bytes},
 * {@code input-packets}, {@code output-packets} (direct children only: the nested
 * {@code ipv6-transit-statistics} are a subset); {@code input-error-list} {@code input-errors} → rxErrors,
 * {@code input-drops} → rxDiscards; {@code output-error-list} {@code output-errors} → txErrors,
 * {@code output-drops} → txDiscards (the mapping NAPALM uses). Interfaces without byte counters (some internal
 * ones) are left out; logical units are not reported (Junos keeps no error counters for them).
 */
public final class InterfaceCountersParser {

    private InterfaceCountersParser() {
    }

    public static List<InterfaceCounters> parse(String replyXml) throws UnexpectedOutputException {
        return parse(Xml.parse(replyXml, InterfacesParser.RPC).getDocumentElement());
    }

    public static List<InterfaceCounters> parse(Element reply) throws UnexpectedOutputException {
        List<InterfaceCounters> out = new ArrayList<>();
        for (Element ifd : InterfacesParser.physicalInterfaces(reply)) {
            String name = Xml.requiredText(ifd, "name", "'" + InterfacesParser.RPC + "' physical-interface");
            Optional<Element> traffic = Xml.child(ifd, "traffic-statistics");
            if (traffic.isEmpty() || Xml.child(traffic.get(), "input-bytes").isEmpty()) {
                continue;
            }
            String where = "'" + InterfacesParser.RPC + "' interface " + name;
            Element t = traffic.get();
            Optional<Element> in = Xml.child(ifd, "input-error-list");
            Optional<Element> out2 = Xml.child(ifd, "output-error-list");
            out.add(new InterfaceCounters(name,
                    number(t, "input-bytes", where), number(t, "output-bytes", where),
                    number(t, "input-packets", where), number(t, "output-packets", where),
                    optional(in, "input-errors", where), optional(out2, "output-errors", where),
                    optional(in, "input-drops", where), optional(out2, "output-drops", where)));
        }
        return out;
    }

    private static long optional(Optional<Element> list, String name, String where) throws UnexpectedOutputException {
        if (list.isEmpty() || Xml.child(list.get(), name).isEmpty()) {
            return 0;
        }
        return number(list.get(), name, where);
    }

    private static long number(Element parent, String name, String where) throws UnexpectedOutputException {
        String text = Xml.text(parent, name).orElse("0");
        if (!text.matches("\\d{1,19}")) {
            throw new UnexpectedOutputException(where + ": <" + name + "> is not a counter: '" + text + "'");
        }
        return Long.parseLong(text);
    }
}

package io.sxalable.driver.junos.parse;

import io.sxalable.sdk.driver.UnexpectedOutputException;
import java.time.Duration;
import java.util.Optional;
import org.w3c.dom.Element;

/**
 * Parses {@code <get-system-uptime-information/>} ({@code show system uptime}) for the time since boot.
 *
 * <p>Every time in this reply carries exact seconds in a {@code junos:seconds} attribute next to the human text
 * ({@code <time-length junos:seconds="277920">3d 05:12</time-length>}); the parser reads only those. Preference:
 * {@code system-booted-time/time-length}, else current time minus boot time, else {@code uptime-information/up-time}.
 * Dual routing engines: the first {@code <system-uptime-information>} (the master) counts.
 */
public final class UptimeParser {

    public static final String RPC = "get-system-uptime-information";
    public static final String REQUEST = "<get-system-uptime-information/>";

    private UptimeParser() {
    }

    public static Duration parse(String replyXml) throws UnexpectedOutputException {
        return parse(Xml.parse(replyXml, RPC).getDocumentElement());
    }

    public static Duration parse(Element reply) throws UnexpectedOutputException {
        Element info = Xml.first(reply, "system-uptime-information")
                .orElseThrow(() -> new UnexpectedOutputException("'" + RPC + "': no <system-uptime-information>"));
        Optional<Element> booted = Xml.child(info, "system-booted-time");
        Optional<Long> length = booted.flatMap(b -> Xml.child(b, "time-length")).flatMap(UptimeParser::seconds);
        if (length.isPresent()) {
            return Duration.ofSeconds(length.get());
        }
        Optional<Long> now = Xml.child(info, "current-time").flatMap(c -> Xml.child(c, "date-time"))
                .flatMap(UptimeParser::seconds);
        Optional<Long> boot = booted.flatMap(b -> Xml.child(b, "date-time")).flatMap(UptimeParser::seconds);
        if (now.isPresent() && boot.isPresent() && now.get() >= boot.get()) {
            return Duration.ofSeconds(now.get() - boot.get());
        }
        Optional<Long> upTime = Xml.child(info, "uptime-information").flatMap(u -> Xml.child(u, "up-time"))
                .flatMap(UptimeParser::seconds);
        if (upTime.isPresent()) {
            return Duration.ofSeconds(upTime.get());
        }
        throw new UnexpectedOutputException("'" + RPC + "': no boot time with junos:seconds");
    }

    static Optional<Long> seconds(Element e) {
        return Xml.attribute(e, "seconds").map(String::strip).filter(s -> s.matches("\\d{1,19}")).map(Long::parseLong);
    }
}

package io.sxalable.driver.junos.parse;

import io.sxalable.sdk.driver.UnexpectedOutputException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3c.dom.Element;

/**
 * Parses {@code <get-software-information/>} ({@code show version}): host name, product model and Junos version.
 *
 * <p>Shape (Junos 23.4): {@code <software-information><host-name>r1</host-name><product-model>vmx</product-model>
 * <product-name>vmx</product-name><junos-version>23.4R1.9</junos-version><package-information>...}. Chassis with
 * two routing engines wrap it in {@code <multi-routing-engine-results><multi-routing-engine-item>}; the first
 * (master) item is used. Releases before {@code <junos-version>} existed name the version in the
 * {@code junos} package comment ({@code JUNOS Base OS boot [12.3R6.6]}).
 */
public final class SoftwareInformationParser {

    public static final String RPC = "get-software-information";
    public static final String REQUEST = "<get-software-information/>";

    private static final Pattern BRACKETED = Pattern.compile("\\[([^\\]]+)\\]");

    /** What {@code show version} says: host name ({@code ""} when none is set), model, version. */
    public record Software(String hostname, String model, String version) {
    }

    private SoftwareInformationParser() {
    }

    public static Software parse(String replyXml) throws UnexpectedOutputException {
        return parse(Xml.parse(replyXml, RPC).getDocumentElement());
    }

    public static Software parse(Element reply) throws UnexpectedOutputException {
        Element info = Xml.first(reply, "software-information")
                .orElseThrow(() -> new UnexpectedOutputException("'" + RPC + "': no <software-information>"));
        String model = Xml.text(info, "product-model").orElse("");
        Optional<String> version = Xml.text(info, "junos-version").filter(v -> !v.isEmpty());
        if (version.isEmpty()) {
            for (Element p : Xml.children(info, "package-information")) {
                if (Xml.text(p, "name").orElse("").equals("junos")) {
                    Matcher m = BRACKETED.matcher(Xml.text(p, "comment").orElse(""));
                    if (m.find()) {
                        version = Optional.of(m.group(1));
                    }
                }
            }
        }
        if (version.isEmpty()) {
            throw new UnexpectedOutputException("'" + RPC + "': neither <junos-version> nor a junos package version");
        }
        return new Software(Xml.text(info, "host-name").orElse(""), model, version.get());
    }
}

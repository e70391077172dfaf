package io.sxalable.driver.junos.parse;

import io.sxalable.sdk.driver.UnexpectedOutputException;
import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;

/**
 * The text-format configuration RPCs: reading the committed configuration, {@code show | compare}, and the
 * {@code <load-configuration>} request.
 *
 * <p>Running-config normalisation: the text of {@code <configuration-text>} without Junos's timestamp header
 * ({@code ## Last commit: 2024-03-01 10:22:03 UTC by admin}, {@code ## Last changed: ...}), without leading blank
 * lines, {@code \n} line ends, exactly one final newline. Everything else — including {@code version 23.4R1.9;},
 * {@code inactive:} prefixes and the {@code ## SECRET-DATA} markers after (already encrypted) secrets — stays as
 * Junos printed it, so a rollback reproduces it byte for byte.
 */
public final class ConfigurationText {

    public static final String RUNNING_RPC = "get-configuration";
    /** The committed (active) configuration; without {@code database} Junos would answer with the candidate. */
    public static final String RUNNING_REQUEST = "<get-configuration database=\"committed\" format=\"text\"/>";
    /** {@code show | compare}: candidate against the active configuration (rollback 0). */
    public static final String COMPARE_REQUEST = "<get-configuration compare=\"rollback\" rollback=\"0\" format=\"text\"/>";

    private ConfigurationText() {
    }

    /** {@code show configuration | compare rollback n}: the active configuration against rollback {@code n}. */
    public static String compareCommittedRequest(int rollback) {
        return "<get-configuration database=\"committed\" compare=\"rollback\" rollback=\"" + rollback
                + "\" format=\"text\"/>";
    }

    /** {@code <load-configuration action="merge|replace|override" format="text">}. */
    public static String loadRequest(String action, String config) {
        return "<load-configuration action=\"" + action + "\" format=\"text\"><configuration-text>" + Xml.escape(config)
                + "</configuration-text></load-configuration>";
    }

    /** {@code <load-configuration rollback="n"/>}: the candidate becomes rollback {@code n}. */
    public static String loadRollbackRequest(int rollback) {
        return "<load-configuration rollback=\"" + rollback + "\"/>";
    }

    public static String running(String replyXml) throws UnexpectedOutputException {
        return running(Xml.parse(replyXml, RUNNING_RPC).getDocumentElement());
    }

    public static String running(Element reply) throws UnexpectedOutputException {
        Element text = Xml.first(reply, "configuration-text")
                .orElseThrow(() -> new UnexpectedOutputException("'" + RUNNING_RPC + "': no <configuration-text>"));
        String normalized = normalize(text.getTextContent());
        if (normalized.isBlank()) {
            throw new UnexpectedOutputException("'" + RUNNING_RPC + "': empty configuration");
        }
        return normalized;
    }

    static String normalize(String text) {
        List<String> lines = new ArrayList<>();
        for (String line : text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
            if (line.startsWith("## Last commit:") || line.startsWith("## Last changed:")) {
                continue;
            }
            if (lines.isEmpty() && line.isBlank()) {
                continue;
            }
            lines.add(line.stripTrailing());
        }
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isBlank()) {
            lines.remove(lines.size() - 1);
        }
        return lines.isEmpty() ? "" : String.join("\n", lines) + "\n";
    }

    /** The {@code show | compare} text of a compare reply; {@code ""} when nothing differs. */
    public static String compare(String replyXml) throws UnexpectedOutputException {
        return compare(Xml.parse(replyXml, RUNNING_RPC).getDocumentElement());
    }

    public static String compare(Element reply) throws UnexpectedOutputException {
        Element output = Xml.first(reply, "configuration-output")
                .orElseThrow(() -> new UnexpectedOutputException("'" + RUNNING_RPC
                        + " compare=rollback': no <configuration-output>"));
        String text = output.getTextContent().replace("\r\n", "\n");
        String trimmed = text.replaceAll("^\\n+", "").stripTrailing();
        return trimmed.isBlank() ? "" : trimmed + "\n";
    }
}

package io.sxalable.driver.junos.parse;

import io.sxalable.sdk.driver.UnexpectedOutputException;
import org.w3c.dom.Element;

/**
 * Parses {@code <get-chassis-inventory/>} ({@code show chassis hardware}) for the chassis serial number.
 *
 * <p>Shape: {@code <chassis-inventory><chassis junos:style="inventory"><name>Chassis</name>
 * <serial-number>VM65E0D5A1B2</serial-number><description>VMX</description><chassis-module>...}. Virtual chassis
 * and clusters list several {@code <chassis>}; the first one's serial is used. A chassis without a serial gives
 * {@code ""}.
 */
public final class ChassisInventoryParser {

    public static final String RPC = "get-chassis-inventory";
    public static final String REQUEST = "<get-chassis-inventory/>";

    private ChassisInventoryParser() {
    }

    public static String serialNumber(String replyXml) throws UnexpectedOutputException {
        return serialNumber(Xml.parse(replyXml, RPC).getDocumentElement());
    }

    public static String serialNumber(Element reply) throws UnexpectedOutputException {
        Element inventory = Xml.first(reply, "chassis-inventory")
                .orElseThrow(() -> new UnexpectedOutputException("'" + RPC + "': no <chassis-inventory>"));
        return Xml.first(inventory, "chassis").flatMap(c -> Xml.text(c, "serial-number")).orElse("");
    }
}

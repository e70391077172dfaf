package io.sxalable.driver.frr.parse;

import com.fasterxml.jackson.databind.JsonNode;
import io.sxalable.sdk.driver.InterfaceInfo;
import io.sxalable.sdk.driver.UnexpectedOutputException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Parses {@code vtysh -c 'show interface json'}: zebra's view of every kernel interface, which already has admin
 * and oper state, speed, MTU, MAC and addresses, so no second command is needed.
 *
 * <p>Shape (FRR 8.4): {@code {"eth1": {"administrativeStatus": "up", "operationalStatus": "up", "index": 32,
 * "mtu": 1500, "speed": 10000, "hardwareAddress": "8a:26:05:88:22:bb", "description": "to r2",
 * "ipAddresses": [{"address": "10.0.12.1/30", ...}], ...}}}. FRR sorts the object by name; the result is in
 * kernel ifindex order ("device order").
 */
public final class InterfacesParser {

    public static final String COMMAND = "show interface json";

    /** zebra reports speed 0 (loopback) or UINT32_MAX (bridges, tunnels) when the kernel does not know it. */
    private static final long SPEED_UNKNOWN = 4294967295L;

    private InterfacesParser() {
    }

    public static List<InterfaceInfo> parse(String json) throws UnexpectedOutputException {
        JsonNode root = JsonInput.object(json, COMMAND);
        record Indexed(long index, InterfaceInfo info) {
        }
        List<Indexed> interfaces = new ArrayList<>();
        for (Map.Entry<String, JsonNode> entry : root.properties()) {
            String name = entry.getKey();
            JsonNode i = entry.getValue();
            String where = "'" + COMMAND + "' interface " + name;
            if (!i.isObject()) {
                throw new UnexpectedOutputException(where + " is not an object");
            }
            boolean adminUp = isUp(JsonInput.required(i, "administrativeStatus", where).asText());
            boolean operUp = isUp(JsonInput.required(i, "operationalStatus", where).asText());
            long speed = i.path("speed").asLong(0);
            OptionalLong speedMbps = speed <= 0 || speed >= SPEED_UNKNOWN ? OptionalLong.empty() : OptionalLong.of(speed);
            List<String> addresses = new ArrayList<>();
            for (JsonNode address : i.path("ipAddresses")) {
                addresses.add(JsonInput.required(address, "address", where + " ipAddresses").asText());
            }
            InterfaceInfo info = new InterfaceInfo(name, i.path("description").asText(""), adminUp, operUp, speedMbps,
                    i.path("mtu").asInt(0), i.path("hardwareAddress").asText("").toLowerCase(Locale.ROOT), addresses);
            interfaces.add(new Indexed(i.path("index").asLong(Long.MAX_VALUE), info));
        }
        interfaces.sort(Comparator.comparingLong(Indexed::index));
        return interfaces.stream().map(Indexed::info).toList();
    }

    private static boolean isUp(String status) {
        return "up".equalsIgnoreCase(status);
    }
}

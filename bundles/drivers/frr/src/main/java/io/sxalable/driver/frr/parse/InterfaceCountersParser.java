package io.sxalable.driver.frr.parse;

import com.fasterxml.jackson.databind.JsonNode;
import io.sxalable.sdk.driver.InterfaceCounters;
import io.sxalable.sdk.driver.UnexpectedOutputException;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses {@code ip -j -s link} (iproute2). FRR's {@code show interface json} has no counters, the kernel has them.
 *
 * <p>Shape: {@code [{"ifname": "eth1", "stats64": {"rx": {"bytes": 1234, "packets": 12, "errors": 0,
 * "dropped": 0, ...}, "tx": {...}}, ...}]}. {@code dropped} maps to discards.
 */
public final class InterfaceCountersParser {

    public static final String COMMAND = "ip -j -s link";

    private InterfaceCountersParser() {
    }

    public static List<InterfaceCounters> parse(String json) throws UnexpectedOutputException {
        JsonNode root = JsonInput.array(json, COMMAND);
        List<InterfaceCounters> counters = new ArrayList<>();
        for (JsonNode link : root) {
            String name = JsonInput.required(link, "ifname", "'" + COMMAND + "' entry").asText();
            String where = "'" + COMMAND + "' interface " + name;
            JsonNode stats = JsonInput.required(link, "stats64", where);
            JsonNode rx = JsonInput.required(stats, "rx", where + " stats64");
            JsonNode tx = JsonInput.required(stats, "tx", where + " stats64");
            counters.add(new InterfaceCounters(name,
                    counter(rx, "bytes", where), counter(tx, "bytes", where),
                    counter(rx, "packets", where), counter(tx, "packets", where),
                    counter(rx, "errors", where), counter(tx, "errors", where),
                    counter(rx, "dropped", where), counter(tx, "dropped", where)));
        }
        return counters;
    }

    private static long counter(JsonNode direction, String field, String where) throws UnexpectedOutputException {
        JsonNode value = JsonInput.required(direction, field, where);
        if (!value.canConvertToLong()) {
            throw new UnexpectedOutputException("counter '" + field + "' is not a number in " + where + ": " + value);
        }
        return value.asLong();
    }
}

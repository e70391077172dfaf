package io.sxalable.driver.routeros.parse;

import io.sxalable.sdk.driver.InterfaceCounters;
import io.sxalable.sdk.driver.UnexpectedOutputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Counters from {@value #COMMAND} {@code =stats=}: {@code rx-byte}/{@code tx-byte} → octets,
 * {@code rx-packet}/{@code tx-packet} → packets, {@code rx-error}/{@code tx-error} → errors, {@code rx-drop} →
 * rxDiscards, {@code tx-drop} + {@code tx-queue-drop} → txDiscards (drops in the interface queue are discards
 * on transmit too). Absent counters are 0 (e.g. {@code rx-drop} on interfaces whose driver has none).
 */
public final class CountersParser {

    public static final String COMMAND = "/interface/print";
    public static final String PROPLIST = "name,rx-byte,tx-byte,rx-packet,tx-packet,rx-error,tx-error,rx-drop,tx-drop,"
            + "tx-queue-drop";

    private CountersParser() {
    }

    public static List<InterfaceCounters> parse(List<Map<String, String>> items) throws UnexpectedOutputException {
        List<InterfaceCounters> out = new ArrayList<>();
        for (Map<String, String> i : items) {
            String name = Values.required(i, "name", COMMAND);
            out.add(new InterfaceCounters(name, Values.counter(i, "rx-byte", COMMAND), Values.counter(i, "tx-byte", COMMAND),
                    Values.counter(i, "rx-packet", COMMAND), Values.counter(i, "tx-packet", COMMAND),
                    Values.counter(i, "rx-error", COMMAND), Values.counter(i, "tx-error", COMMAND),
                    Values.counter(i, "rx-drop", COMMAND),
                    Values.counter(i, "tx-drop", COMMAND) + Values.counter(i, "tx-queue-drop", COMMAND)));
        }
        return out;
    }
}

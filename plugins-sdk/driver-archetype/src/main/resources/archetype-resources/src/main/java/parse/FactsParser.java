package ${package}.parse;

import io.sxalable.sdk.driver.DeviceFacts;
import io.sxalable.sdk.driver.UnexpectedOutputException;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code SHOW FACTS} output to {@link DeviceFacts}. A pure function: text in, record out, no I/O; tested against
 * recorded outputs in src/test/resources/golden.
 *
 * <p>The output is one {@code key=value} line per fact:
 * <pre>
 * vendor=${vendor}
 * model=SIM-1
 * os-version=sample-os 1.0
 * serial=SIM0001
 * hostname=sim1
 * uptime-seconds=4711
 * interfaces=eth0,eth1,lo
 * </pre>
 * {@code vendor}, {@code os-version}, {@code hostname}, {@code uptime-seconds} and {@code interfaces} are required;
 * {@code model} and {@code serial} become {@code ""} when missing; unknown keys are ignored (newer OS versions).
 */
public final class FactsParser {

    /** What the session runs. */
    public static final String COMMAND = "SHOW FACTS";

    private FactsParser() {
    }

    public static DeviceFacts parse(String output) throws UnexpectedOutputException {
        Map<String, String> facts = new LinkedHashMap<>();
        for (String line : output.lines().toList()) {
            if (line.isBlank()) {
                continue;
            }
            int eq = line.indexOf('=');
            if (eq <= 0) {
                throw new UnexpectedOutputException("'" + COMMAND + "': expected key=value, got '" + line + "'");
            }
            facts.put(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
        }
        String uptime = required(facts, "uptime-seconds");
        long seconds;
        try {
            seconds = Long.parseLong(uptime);
        } catch (NumberFormatException e) {
            throw new UnexpectedOutputException("'" + COMMAND + "': uptime-seconds is not a number: '" + uptime + "'");
        }
        if (seconds < 0) {
            throw new UnexpectedOutputException("'" + COMMAND + "': negative uptime-seconds: " + seconds);
        }
        return new DeviceFacts(required(facts, "vendor"), facts.getOrDefault("model", ""),
                required(facts, "os-version"), facts.getOrDefault("serial", ""), required(facts, "hostname"),
                Duration.ofSeconds(seconds), interfaces(required(facts, "interfaces")));
    }

    private static List<String> interfaces(String value) {
        return Arrays.stream(value.split(",")).map(String::strip).filter(name -> !name.isEmpty()).distinct().toList();
    }

    private static String required(Map<String, String> facts, String key) throws UnexpectedOutputException {
        String value = facts.get(key);
        if (value == null || value.isEmpty()) {
            throw new UnexpectedOutputException("'" + COMMAND + "': no " + key + " in the output");
        }
        return value;
    }
}

package ${package}.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.sxalable.sdk.driver.DeviceFacts;
import io.sxalable.sdk.driver.UnexpectedOutputException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class FactsParserTest {

    @Test
    void parsesTheRecordedOutput() throws Exception {
        DeviceFacts facts = FactsParser.parse(Golden.read(Golden.SAMPLE_OS_1_0, "show-facts.txt"));

        assertEquals(new DeviceFacts("${vendor}", "SIM-1", "sample-os 1.0", "SIM0001", "sim1",
                Duration.ofSeconds(4711), List.of("eth0", "eth1", "lo")), facts);
    }

    @Test
    void missingOptionalFactsAreEmptyAndUnknownKeysIgnored() throws Exception {
        DeviceFacts facts = FactsParser.parse(Golden.read(Golden.SAMPLE_OS_1_0, "show-facts-minimal.txt"));

        assertEquals("", facts.model());
        assertEquals("", facts.serialNumber());
        assertEquals(List.of("eth0"), facts.interfaces());
    }

    @Test
    void garbageIsUnexpectedOutput() {
        assertThrows(UnexpectedOutputException.class, () -> FactsParser.parse("% Unknown command\n"));
        assertThrows(UnexpectedOutputException.class, () -> FactsParser.parse(""));
        assertThrows(UnexpectedOutputException.class, () -> FactsParser.parse(
                Golden.read(Golden.SAMPLE_OS_1_0, "show-facts.txt").replace("uptime-seconds=4711", "uptime-seconds=soon")));
    }
}

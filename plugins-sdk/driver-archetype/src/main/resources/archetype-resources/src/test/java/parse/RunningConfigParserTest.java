package ${package}.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.sxalable.sdk.driver.UnexpectedOutputException;
import org.junit.jupiter.api.Test;

class RunningConfigParserTest {

    @Test
    void normalisesTheRecordedOutput() throws Exception {
        String raw = Golden.read(Golden.SAMPLE_OS_1_0, "show-config.txt");

        assertEquals(Golden.read(Golden.SAMPLE_OS_1_0, "show-config.normalised.txt"), RunningConfigParser.parse(raw));
    }

    @Test
    void theTimestampDoesNotMatter() throws Exception {
        String raw = Golden.read(Golden.SAMPLE_OS_1_0, "show-config.txt");
        String later = raw.replaceFirst("generated \\S+", "generated 2031-12-31T23:59:59.999Z").replace("\n", "\r\n");

        assertEquals(RunningConfigParser.parse(raw), RunningConfigParser.parse(later));
    }

    @Test
    void outputWithoutTheHeaderIsUnexpected() {
        assertThrows(UnexpectedOutputException.class, () -> RunningConfigParser.parse(""));
        assertThrows(UnexpectedOutputException.class, () -> RunningConfigParser.parse("hostname sim1\n"));
    }
}

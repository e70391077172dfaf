package io.sxalable.driver.frr.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** vtysh's real answers, recorded from FRR 8.4.4 over SSH (text and exit status). */
class CliOutputTest {

    @Test
    void unknownCommandExitsOne() {
        assertThat(CliOutput.rejection("% Unknown command: show foo bar\n", 1)).contains("% Unknown command: show foo bar");
    }

    @Test
    void unknownFilterExitsZeroButIsStillARejection() {
        assertThat(CliOutput.rejection("% Unknown action 'cat'\n", 0)).contains("% Unknown action 'cat'");
    }

    @Test
    void answersThatSayNothingFoundAreOutputNotErrors() {
        assertThat(CliOutput.rejection("% VRF nosuch not found\n", 0)).isEmpty();
        assertThat(CliOutput.rejection("{\n  \"bgpNoSuchNeighbor\":true\n}\n", 0)).isEmpty();
    }

    @Test
    void nonZeroExitWithoutTextIsARejection() {
        assertThat(CliOutput.rejection("", 1)).contains("vtysh exited with status 1");
    }
}

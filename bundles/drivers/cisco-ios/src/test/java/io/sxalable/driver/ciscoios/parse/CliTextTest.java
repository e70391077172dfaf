package io.sxalable.driver.ciscoios.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class CliTextTest {

    @Test
    void prompts() {
        assertThat(CliText.promptAtEnd("\r\nr1>", Optional.empty())).hasValueSatisfying(p -> {
            assertThat(p.hostname()).isEqualTo("r1");
            assertThat(p.privileged()).isFalse();
            assertThat(p.configuring()).isFalse();
        });
        assertThat(CliText.promptAtEnd("x\r\nedge-1.lab(config-router-af)#", Optional.of("edge-1.lab")))
                .hasValueSatisfying(p -> {
                    assertThat(p.mode()).isEqualTo("config-router-af");
                    assertThat(p.configuring()).isTrue();
                    assertThat(p.text()).isEqualTo("edge-1.lab(config-router-af)#");
                });
        assertThat(CliText.promptAtEnd("r2#", Optional.of("r1"))).as("another host's prompt").isEmpty();
        assertThat(CliText.promptAtEnd(" description uplink#", Optional.empty())).as("an indented line").isEmpty();
        assertThat(CliText.promptAtEnd("r1#show ver", Optional.empty())).as("a line being typed").isEmpty();
        assertThat(CliText.promptAtEnd("#####", Optional.empty())).as("a banner").isEmpty();
    }

    @Test
    void outputWithoutEchoPromptAndPaging() {
        String received = "show ip interface brief\r\n"
                + "Interface              IP-Address      OK? Method Status                Protocol\r\n"
                + "GigabitEthernet1       10.0.0.1        YES NVRAM  up                    up      \r\n"
                + " --More-- \b\b\b\b\b\b\b\b\b\b          \b\b\b\b\b\b\b\b\b\b"
                + "Loopback0              10.255.0.1      YES NVRAM  up                    up      \r\n"
                + "r1#";

        assertThat(CliText.output(received, "show ip interface brief")).isEqualTo(
                "Interface              IP-Address      OK? Method Status                Protocol\n"
                        + "GigabitEthernet1       10.0.0.1        YES NVRAM  up                    up      \n"
                        + "Loopback0              10.255.0.1      YES NVRAM  up                    up      \n");
        assertThat(CliText.moreAtEnd("line\r\n --More-- ")).isTrue();
        assertThat(CliText.moreAtEnd("line\r\n --More-- \b\b")).isFalse();
    }

    @Test
    void commandsWithoutOutput() {
        assertThat(CliText.output("terminal length 0\r\nr1#", "terminal length 0")).isEmpty();
        assertThat(CliText.output(" description x\r\nr1(config-if)#", "description x")).isEmpty();
    }

    @Test
    void parserErrors() {
        String invalid = "                  ^\n% Invalid input detected at '^' marker.\n\n";
        assertThat(CliText.error(invalid)).contains("                  ^\n% Invalid input detected at '^' marker.");
        assertThat(CliText.error("% Incomplete command.\n\n")).contains("% Incomplete command.");
        assertThat(CliText.error("% Ambiguous command:  \"sh i\"\n")).contains("% Ambiguous command:  \"sh i\"");
        assertThat(CliText.error("%Error opening flash:x (No such file or directory)\n")).isPresent();
        assertThat(CliText.error("% Interface Gi3 IPv4 disabled and address(es) removed due to enabling VRF A\n"))
                .as("a warning, not an error").isEmpty();
        assertThat(CliText.error("a\nb\nc\nd\n% Invalid input in a banner\n")).as("only the first lines").isEmpty();
    }
}

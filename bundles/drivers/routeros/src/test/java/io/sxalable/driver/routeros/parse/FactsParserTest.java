package io.sxalable.driver.routeros.parse;

import static io.sxalable.driver.routeros.Golden.CHR_1;
import static io.sxalable.driver.routeros.Golden.CORE_6;
import static io.sxalable.driver.routeros.Golden.EDGE_1;
import static io.sxalable.driver.routeros.Golden.item;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sxalable.sdk.driver.DeviceFacts;
import io.sxalable.sdk.driver.UnexpectedOutputException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FactsParserTest {

    @Test
    void routerBoard() throws Exception {
        DeviceFacts facts = FactsParser.parse(item(EDGE_1, "system-resource-print.api"),
                Optional.of(item(EDGE_1, "system-routerboard-print.api")), Optional.empty(),
                item(EDGE_1, "system-identity-print.api"), List.of("ether1", "ether2"));

        assertThat(facts.vendor()).isEqualTo("MikroTik");
        assertThat(facts.model()).isEqualTo("RB5009UG+S+");
        assertThat(facts.osVersion()).isEqualTo("RouterOS 7.16.1");
        assertThat(facts.serialNumber()).isEqualTo("HF7091Q8TWC");
        assertThat(facts.hostname()).isEqualTo("edge-1");
        assertThat(facts.uptime()).isEqualTo(Duration.ofDays(23).plusHours(7).plusMinutes(41).plusSeconds(18));
        assertThat(facts.interfaces()).containsExactly("ether1", "ether2");
    }

    @Test
    void cloudHostedRouterHasNoRouterBoardSoTheLicenceSystemIdIsTheSerial() throws Exception {
        Optional<Map<String, String>> routerboard = Optional.of(item(CHR_1, "system-routerboard-print.api"));
        assertThat(FactsParser.isRouterBoard(routerboard)).isFalse();

        DeviceFacts facts = FactsParser.parse(item(CHR_1, "system-resource-print.api"), routerboard,
                Optional.of(item(CHR_1, "system-license-print.api")), item(CHR_1, "system-identity-print.api"),
                List.of("ether1"));

        assertThat(facts.model()).isEqualTo("CHR QEMU Standard PC (i440FX + PIIX, 1996)");
        assertThat(facts.serialNumber()).isEqualTo("KMBgwTVzlt1");
        assertThat(facts.hostname()).isEqualTo("MikroTik");
        assertThat(facts.uptime()).isEqualTo(Duration.ofMinutes(41).plusSeconds(12));
    }

    @Test
    void withoutRouterBoardMenuOrLicence() throws Exception {
        DeviceFacts facts = FactsParser.parse(item(CHR_1, "system-resource-print.api"), Optional.empty(),
                Optional.empty(), item(CHR_1, "system-identity-print.api"), List.of());

        assertThat(facts.serialNumber()).isEmpty();
        assertThat(facts.model()).startsWith("CHR");
    }

    @Test
    void versions() throws Exception {
        assertThat(FactsParser.majorVersion(item(CORE_6, "system-resource-print.api").get("version"))).isEqualTo(6);
        assertThat(FactsParser.majorVersion("7.16.1 (stable)")).isEqualTo(7);
        assertThat(FactsParser.majorVersion("7.18beta4 (testing)")).isEqualTo(7);
        assertThatThrownBy(() -> FactsParser.majorVersion("unknown")).isInstanceOf(UnexpectedOutputException.class);
    }

    @Test
    void missingOrGarbledAttributesNameTheCommand() {
        Map<String, String> resource = new HashMap<>(item(EDGE_1, "system-resource-print.api"));
        resource.put("uptime", "a long time");
        assertThatThrownBy(() -> FactsParser.parse(resource, Optional.empty(), Optional.empty(), Map.of("name", "x"),
                List.of())).isInstanceOf(UnexpectedOutputException.class).hasMessageContaining("/system/resource/print")
                .hasMessageContaining("a long time");

        assertThatThrownBy(() -> FactsParser.parse(item(EDGE_1, "system-resource-print.api"), Optional.empty(),
                Optional.empty(), Map.of(), List.of())).isInstanceOf(UnexpectedOutputException.class)
                .hasMessageContaining("/system/identity/print");
    }
}

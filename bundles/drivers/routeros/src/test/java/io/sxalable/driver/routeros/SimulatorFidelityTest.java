package io.sxalable.driver.routeros;

import static io.sxalable.driver.routeros.Golden.CHR_1;
import static io.sxalable.driver.routeros.Golden.EDGE_1;
import static org.assertj.core.api.Assertions.assertThat;

import io.sxalable.driver.routeros.api.ApiConnection;
import io.sxalable.driver.routeros.api.ApiConnector;
import io.sxalable.sdk.driver.Credentials;
import io.sxalable.sdk.driver.DeviceTarget;
import io.sxalable.testing.sim.routeros.Options;
import io.sxalable.testing.sim.routeros.RouterOsSimulator;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Keeps the simulator honest against the golden outputs the parsers are tested with: for every print the driver
 * uses, the simulator answers with the same attributes (names and order) as the golden item of the same kind.
 */
class SimulatorFidelityTest {

    private static List<Map<String, String>> print(RouterOsSimulator router, String command) throws Exception {
        DeviceTarget target = DeviceTarget.of(router.host(), router.port(),
                Credentials.password(router.username(), router.password()));
        try (ApiConnection c = new ApiConnector().open(target)) {
            return c.call(command, Map.of(), Duration.ofSeconds(5)).items();
        }
    }

    private static Map<String, String> named(List<Map<String, String>> items, String name) {
        return items.stream().filter(i -> name.equals(i.get("name"))).findFirst().orElseThrow();
    }

    @Test
    void routerBoardPrintsTheSameAttributes() throws Exception {
        try (RouterOsSimulator r = RouterOsSimulator.start(Options.defaults())) {
            assertThat(print(r, "/system/resource/print").get(0).keySet())
                    .containsExactlyElementsOf(Golden.item(EDGE_1, "system-resource-print.api").keySet());
            assertThat(print(r, "/system/routerboard/print").get(0).keySet())
                    .containsExactlyElementsOf(Golden.item(EDGE_1, "system-routerboard-print.api").keySet());

            List<Map<String, String>> interfaces = print(r, "/interface/print");
            List<Map<String, String>> golden = Golden.items(EDGE_1, "interface-print.api");
            assertThat(named(interfaces, "ether2").keySet()).containsExactlyElementsOf(named(golden, "ether1").keySet());
            assertThat(named(interfaces, "ether4").keySet()).containsExactlyElementsOf(named(golden, "sfp-sfpplus1").keySet());
            assertThat(named(interfaces, "lo").keySet()).containsExactlyElementsOf(named(golden, "lo").keySet());

            assertThat(print(r, "/ip/address/print").get(1).keySet())
                    .containsExactlyElementsOf(Golden.items(EDGE_1, "ip-address-print.api").get(1).keySet());
            assertThat(print(r, "/ipv6/address/print").get(0).keySet())
                    .containsExactlyElementsOf(Golden.items(EDGE_1, "ipv6-address-print.api").get(0).keySet());
            assertThat(print(r, "/routing/bgp/template/print").get(0).keySet())
                    .containsExactlyElementsOf(Golden.item(EDGE_1, "routing-bgp-template-print.api").keySet());
            assertThat(named(print(r, "/routing/bgp/connection/print"), "to-r2").keySet()).containsExactlyElementsOf(
                    named(Golden.items(EDGE_1, "routing-bgp-connection-print.api"), "isp-a").keySet());

            List<Map<String, String>> sessions = print(r, "/routing/bgp/session/print");
            List<Map<String, String>> goldenSessions = Golden.items(EDGE_1, "routing-bgp-session-print.api");
            assertThat(named(sessions, "to-r2-1").keySet())
                    .containsExactlyElementsOf(named(goldenSessions, "isp-a-1").keySet());
        }
    }

    @Test
    void cloudHostedRouterPrintsTheSameAttributes() throws Exception {
        try (RouterOsSimulator r = RouterOsSimulator.start(Options.defaults().toBuilder().chr(true).build())) {
            assertThat(print(r, "/system/resource/print").get(0).keySet())
                    .containsExactlyElementsOf(Golden.item(CHR_1, "system-resource-print.api").keySet());
            assertThat(print(r, "/system/routerboard/print").get(0))
                    .isEqualTo(Golden.item(CHR_1, "system-routerboard-print.api"));
            assertThat(print(r, "/system/license/print").get(0).keySet())
                    .containsExactlyElementsOf(Golden.item(CHR_1, "system-license-print.api").keySet());
        }
    }
}

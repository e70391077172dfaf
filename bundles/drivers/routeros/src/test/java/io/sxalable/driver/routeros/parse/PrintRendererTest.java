package io.sxalable.driver.routeros.parse;

import static io.sxalable.driver.routeros.Golden.EDGE_1;
import static io.sxalable.driver.routeros.Golden.items;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PrintRendererTest {

    @Test
    void oneLinePerItemInTheRoutersAttributeOrder() {
        String text = PrintRenderer.render(items(EDGE_1, "ip-address-print.api").subList(0, 2));

        assertThat(text).isEqualTo(
                " 0 .id=*1 address=192.168.88.1/24 network=192.168.88.0 interface=bridge-lan actual-interface=bridge-lan"
                        + " invalid=false dynamic=false disabled=false comment=defconf\n"
                        + " 1 .id=*3 address=10.1.2.1/30 network=10.1.2.0 interface=ether2 actual-interface=ether2"
                        + " invalid=false dynamic=false disabled=false\n");
    }

    @Test
    void quotesValuesLikeExport() {
        String text = PrintRenderer.render(items(EDGE_1, "interface-print.api").subList(0, 1));

        assertThat(text).contains("comment=\"WAN uplink (ISP-A)\"").contains("last-link-up-time=\"2025-01-02 08:14:51\"");
    }
}

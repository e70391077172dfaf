package io.sxalable.testing.sim.routeros;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExporterTest {

    @Test
    void defaultRouterExport() {
        try (RouterOsSimulator r = RouterOsSimulator.start(Options.defaults())) {
            String text = r.exportText();
            String body = text.substring(text.indexOf("\r\n") + 2);

            assertThat(body).isEqualTo(String.join("\r\n",
                    "# software id = 8XKT-4RXB",
                    "#",
                    "# model = RB5009UG+S+",
                    "# serial number = HE10ABC1234",
                    "/interface ethernet",
                    "set [ find default-name=ether1 ] comment=mgmt",
                    "set [ find default-name=ether2 ] comment=to-r2",
                    "set [ find default-name=ether3 ] comment=to-r3",
                    "/routing bgp template",
                    "set default as=65001 router-id=10.255.0.1",
                    "/ip address",
                    "add address=192.168.88.1/24 comment=defconf interface=ether1 \\",
                    "    network=192.168.88.0",
                    "add address=10.0.12.1/30 interface=ether2 network=10.0.12.0",
                    "add address=10.0.13.1/30 interface=ether3 network=10.0.13.0",
                    "add address=10.255.0.1/32 interface=lo network=10.255.0.1",
                    "/ipv6 address",
                    "add address=2001:db8:12::1/64 interface=ether2",
                    "/routing bgp connection",
                    "add as=65001 local.role=ebgp name=to-r2 remote.address=10.0.12.2 .as=65002 \\",
                    "    templates=default",
                    "add as=65001 local.role=ebgp name=to-r3 remote.address=10.0.13.2 .as=65003 \\",
                    "    templates=default",
                    "/system identity",
                    "set name=r1",
                    ""));
        }
    }

    @Test
    void quotingAndDottedKeys() {
        assertThat(Exporter.attributes(Map.of("comment", "to r2 \"core\"", "remote.address", "10.0.0.1",
                "remote.as", "65000", "local.role", "ebgp", "name", "Rīga")))
                .isEqualTo("comment=\"to r2 \\\"core\\\"\" local.role=ebgp name=\"R\\C4\\ABga\" remote.address=10.0.0.1 .as=65000");
        assertThat(Formats.value("")).isEqualTo("\"\"");
        assertThat(Formats.value("a$b?")).isEqualTo("\"a\\$b\\?\"");
    }

    @Test
    void longLinesBreakBetweenWordsNeverInsideQuotes() {
        List<String> lines = Exporter.wrap("add comment=\"" + "x ".repeat(30) + "\" name=peer remote.address=192.0.2.1 "
                + "templates=default");

        assertThat(lines).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(Exporter.WIDTH));
        assertThat(lines.get(0)).endsWith(" \\");
        assertThat(lines.subList(1, lines.size())).allSatisfy(l -> assertThat(l).startsWith("    "));
        assertThat(String.join(" ", lines.stream().map(l -> l.replace(" \\", "").strip()).toList()))
                .isEqualTo("add comment=\"" + "x ".repeat(30) + "\" name=peer remote.address=192.0.2.1 templates=default");
    }
}

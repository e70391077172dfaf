package io.sxalable.testing.sim.ciscoios.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class CommandTableTest {

    private static final Interfaces INTERFACES = token -> Interfaces.split(token).map(p -> p[0] + p[1]);

    private final CommandTable<String> table = new CommandTable<String>()
            .add("show version", "version")
            .add("show ip interface brief", "brief")
            .add("show interfaces", "interfaces")
            .add("show interfaces <ifname>", "interface")
            .add("configure terminal", "conf")
            .add("copy <url> <url>", "copy")
            .add("terminal length <0-512>", "length")
            .add("description <line>", "description")
            .add("ip address <ipv4> <mask>", "address");

    @Test
    void keywordsMatchByUniquePrefix() {
        assertThat(match("sh ver")).isEqualTo("version");
        assertThat(match("sh ip int br")).isEqualTo("brief");
        assertThat(match("conf t")).isEqualTo("conf");
        assertThat(match("SHOW VERSION")).isEqualTo("version");
    }

    @Test
    void parametersAreCanonical() {
        var m = (CommandTable.Matched<String>) table.match("sh int gi2", INTERFACES);
        assertThat(m.line()).isEqualTo("show interfaces GigabitEthernet2");
        var d = (CommandTable.Matched<String>) table.match("description  two  spaces ", INTERFACES);
        assertThat(d.values()).containsExactly("two  spaces");
        var c = (CommandTable.Matched<String>) table.match("copy running-config bootflash:/x.cfg", INTERFACES);
        assertThat(c.values()).containsExactly("running-config", "flash:x.cfg");
    }

    @Test
    void errorsAsIosReportsThem() {
        assertThat(table.match("show frobnicate", INTERFACES)).isEqualTo(new CommandTable.Invalid<>(5));
        assertThat(table.match("  show ip interface bogus", INTERFACES)).isEqualTo(new CommandTable.Invalid<>(20));
        assertThat(table.match("terminal length 600", INTERFACES)).isEqualTo(new CommandTable.Invalid<>(16));
        assertThat(table.match("ip address 10.0.0.1 255.0.255.0", INTERFACES)).isEqualTo(new CommandTable.Invalid<>(20));
        assertThat(table.match("show ip", INTERFACES)).isInstanceOf(CommandTable.Incomplete.class);
        assertThat(table.match("c", INTERFACES)).isEqualTo(new CommandTable.Ambiguous<>("c"));
        assertThat(table.match("show interfaces Serial0", INTERFACES)).isEqualTo(new CommandTable.Invalid<>(16));
    }

    @Test
    void interfaceNames() {
        assertThat(Interfaces.split("lo4711")).hasValueSatisfying(p -> assertThat(p).containsExactly("Loopback", "4711"));
        assertThat(Interfaces.split("Gi0/0/1.100")).hasValueSatisfying(p -> assertThat(p[1]).isEqualTo("0/0/1.100"));
        assertThat(Interfaces.split("x1")).isEqualTo(Optional.empty());
    }

    private String match(String line) {
        return ((CommandTable.Matched<String>) table.match(line, INTERFACES)).payload();
    }
}

package io.sxalable.driver.routeros.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sxalable.driver.routeros.config.ScriptSyntax.Group;
import io.sxalable.driver.routeros.config.ScriptSyntax.KeyValue;
import io.sxalable.driver.routeros.config.ScriptSyntax.Line;
import io.sxalable.driver.routeros.config.ScriptSyntax.Word;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScriptSyntaxTest {

    @Test
    void continuationLinesAreJoined() {
        List<Line> lines = ScriptSyntax.lines("/ip address\r\nadd address=10.0.0.1/24 comment=defconf \\\r\n"
                + "    interface=ether1 network=\\\r\n    10.0.0.0\r\n\r\n# comment\r\n");

        assertThat(lines).containsExactly(new Line(1, "/ip address"),
                new Line(2, "add address=10.0.0.1/24 comment=defconf interface=ether1 network=10.0.0.0"),
                new Line(6, "# comment"));
    }

    @Test
    void tokensWithQuotesBracketsAndEscapes() throws Exception {
        assertThat(ScriptSyntax.tokenize("set [ find default-name=ether1 ] comment=\"WAN \\\"A\\\" \\$x\\?\" disabled=yes"))
                .containsExactly(new Word("set"), new Group(List.of(new Word("find"), new KeyValue("default-name", "ether1"))),
                        new KeyValue("comment", "WAN \"A\" $x?"), new KeyValue("disabled", "yes"));
        assertThat(ScriptSyntax.tokenize("add comment=R\\C4\\AB\\67a name=\"my peer\" .as=65002"))
                .containsExactly(new Word("add"), new KeyValue("comment", "Rīga"), new KeyValue("name", "my peer"),
                        new KeyValue(".as", "65002"));
        assertThat(ScriptSyntax.tokenize("set [find name=x] comment=\"\""))
                .containsExactly(new Word("set"), new Group(List.of(new Word("find"), new KeyValue("name", "x"))),
                        new KeyValue("comment", ""));
    }

    @Test
    void unbalancedInputIsASyntaxError() {
        assertThatThrownBy(() -> ScriptSyntax.tokenize("add comment=\"open")).isInstanceOf(ScriptSyntax.SyntaxException.class);
        assertThatThrownBy(() -> ScriptSyntax.tokenize("set [ find name=x comment=y")).isInstanceOf(ScriptSyntax.SyntaxException.class);
        assertThatThrownBy(() -> ScriptSyntax.tokenize("set ] x")).isInstanceOf(ScriptSyntax.SyntaxException.class);
    }

    @Test
    void quotingRoundTrips() throws Exception {
        for (String value : List.of("ether1", "10.0.0.1/24", "WAN uplink (ISP-A)", "a\"b\\c$d?e", "Rīga – Tallinn", "",
                "tab\there", "x=y")) {
            String word = "comment=" + ScriptSyntax.quote(value);
            assertThat(ScriptSyntax.tokenize(word)).as(word).containsExactly(new KeyValue("comment", value));
        }
        assertThat(ScriptSyntax.quote("ether1")).isEqualTo("ether1");
        assertThat(ScriptSyntax.quote("to r2")).isEqualTo("\"to r2\"");
        assertThat(ScriptSyntax.quote("Rī")).isEqualTo("\"R\\C4\\AB\"");
        assertThat(ScriptSyntax.quote("")).isEqualTo("\"\"");
    }
}

package io.sxalable.driver.junos.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sxalable.driver.junos.netconf.RpcError;
import io.sxalable.sdk.driver.UnexpectedOutputException;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConfigurationTextTest {

    @Test
    void runningConfigDropsOnlyTheTimestampHeader() throws Exception {
        String vmx = ConfigurationText.running(Golden.read(Golden.VMX, "get-configuration-committed.xml"));
        assertThat(vmx).startsWith("version 23.4R1.9;\nsystem {\n    host-name r1;\n").endsWith("}\n")
                .doesNotContain("## Last commit").contains("; ## SECRET-DATA\n").doesNotEndWith("\n\n");

        String mx = ConfigurationText.running(Golden.read(Golden.MX204, "get-configuration-committed.xml"));
        assertThat(mx).isEqualTo("""
                version 21.4R3-S5.4;
                system {
                    host-name pe1;
                    /* jump host only */
                    login {
                        message "Authorized access only & logged";
                    }
                }
                interfaces {
                    inactive: xe-0/1/3 {
                        description "old <uplink>";
                    }
                }
                """);
    }

    @Test
    void normalisation() {
        assertThat(ConfigurationText.normalize("\r\n## Last changed: 2024-03-01 10:22:03 UTC\r\nversion 1;  \r\n\r\n"))
                .isEqualTo("version 1;\n");
        assertThat(ConfigurationText.normalize("")).isEmpty();
    }

    @Test
    void compare() throws Exception {
        assertThat(ConfigurationText.compare(Golden.read(Golden.VMX, "get-configuration-compare.xml"))).isEqualTo("""
                [edit interfaces lo0 unit 0]
                +    description "hello world";
                [edit protocols bgp group ebgp]
                +    neighbor 10.0.99.2;
                """);
        assertThat(ConfigurationText.compare(Golden.read(Golden.VMX, "get-configuration-compare-empty.xml"))).isEmpty();
    }

    @Test
    void loadRequestEscapesText() {
        assertThat(ConfigurationText.loadRequest("merge", "system { login { message \"a < b & c\"; } }"))
                .isEqualTo("<load-configuration action=\"merge\" format=\"text\"><configuration-text>system { login "
                        + "{ message \"a &lt; b &amp; c\"; } }</configuration-text></load-configuration>");
    }

    @Test
    void missingElementsAreUnexpected() {
        assertThatThrownBy(() -> ConfigurationText.running("<rpc-reply><ok/></rpc-reply>"))
                .isInstanceOf(UnexpectedOutputException.class).hasMessageContaining("configuration-text");
        assertThatThrownBy(() -> ConfigurationText.running("<rpc-reply><configuration-text>\n## Last commit: x\n"
                + "</configuration-text></rpc-reply>"))
                .isInstanceOf(UnexpectedOutputException.class).hasMessageContaining("empty configuration");
        assertThatThrownBy(() -> ConfigurationText.compare("<rpc-reply><ok/></rpc-reply>"))
                .isInstanceOf(UnexpectedOutputException.class).hasMessageContaining("configuration-output");
    }

    @Test
    void rpcErrorsAnywhereInTheReply() throws Exception {
        List<RpcError> load = RpcError.all(Xml.parse(Golden.read(Golden.VMX, "load-configuration-syntax-error.xml"), "t")
                .getDocumentElement());
        assertThat(load).singleElement().satisfies(e -> {
            assertThat(e.isError()).isTrue();
            assertThat(e.describe()).isEqualTo("syntax error (at 'unti' in [edit interfaces ge-0/0/1])");
        });
        List<RpcError> commit = RpcError.all(Xml.parse(Golden.read(Golden.VMX, "commit-check-failed.xml"), "t")
                .getDocumentElement());
        assertThat(RpcError.describeErrors(commit)).hasValue("Error in neighbor 10.0.99.2 of group ebgp: / peer AS "
                + "number must be configured for an external peer (in [edit protocols bgp group ebgp neighbor "
                + "10.0.99.2]); configuration check-out failed");
        List<RpcError> lock = RpcError.all(Xml.parse(Golden.read(Golden.MX204, "lock-denied.xml"), "t")
                .getDocumentElement());
        assertThat(lock.get(0).tag()).isEqualTo("lock-denied");
        assertThat(lock.get(0).describe()).startsWith("configuration database locked by: / netops terminal p0");
        List<RpcError> warning = RpcError.all(Xml.parse(Golden.read(Golden.MX204, "load-configuration-warning.xml"), "t")
                .getDocumentElement());
        assertThat(warning).singleElement().satisfies(e -> assertThat(e.isError()).isFalse());
        assertThat(RpcError.describeErrors(warning)).isEmpty();
    }

    @Test
    void commandOutput() throws Exception {
        String text = CommandOutputParser.text(Golden.read(Golden.VMX, "command-show-version.xml"));
        assertThat(text).startsWith("Hostname: r1\nModel: vmx\nJunos: 23.4R1.9\n");
        assertThat(CommandOutputParser.request("show interfaces terse | match \"ge-\" & <x>"))
                .isEqualTo("<command format=\"text\">show interfaces terse | match \"ge-\" &amp; &lt;x&gt;</command>");
        assertThatThrownBy(() -> CommandOutputParser.text("<rpc-reply><foo/></rpc-reply>"))
                .isInstanceOf(UnexpectedOutputException.class).hasMessageContaining("<output>");
    }
}

package io.sxalable.testing.sim.junos.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sxalable.testing.sim.junos.DefaultConfig;
import io.sxalable.testing.sim.junos.Options;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Parsing, printing, merging and comparing Junos curly-brace configuration. */
class ConfigTreeTest {

    @Test
    void printingTheParsedDefaultReproducesIt() throws Exception {
        String text = DefaultConfig.text(Options.defaults());
        String printed = ConfigPrinter.print(ConfigParser.parse(text));
        assertThat(printed).contains("    host-name vmx1;\n").contains("\"; ## SECRET-DATA\n")
                .contains("        description \"to r2\";\n").contains("            ssh;\n");
        assertThat(ConfigPrinter.print(ConfigParser.parse(printed))).isEqualTo(printed);
    }

    @Test
    void commentsTagsQuotesAndLists() throws Exception {
        ConfigNode tree = ConfigParser.parse("""
                ## Last commit: 2024-03-01 10:22:03 UTC by admin
                /* annotation */
                system { login { message "a \\"quoted\\" {text}"; class ops { permissions [ view clear ]; } } }
                inactive: snmp { community public; }
                interfaces { ge-0/0/0 { unit 0 { family inet; } } }
                """);
        assertThat(ConfigPrinter.print(tree)).isEqualTo("""
                system {
                    login {
                        message "a \\"quoted\\" {text}";
                        class ops {
                            permissions [ view clear ];
                        }
                    }
                }
                inactive: snmp {
                    community public;
                }
                interfaces {
                    ge-0/0/0 {
                        unit 0 {
                            family inet;
                        }
                    }
                }
                """);
    }

    @Test
    void structuralErrorsAreSyntaxErrors() {
        assertThatThrownBy(() -> ConfigParser.parse("system { host-name r1; ")).isInstanceOf(ConfigSyntaxException.class)
                .hasMessageContaining("missing '}'");
        assertThatThrownBy(() -> ConfigParser.parse("system { host-name r1 }")).isInstanceOf(ConfigSyntaxException.class)
                .hasMessage("syntax error");
        assertThatThrownBy(() -> ConfigParser.parse("}")).isInstanceOf(ConfigSyntaxException.class);
        assertThatThrownBy(() -> ConfigParser.parse("system { login { message \"open; } }"))
                .isInstanceOf(ConfigSyntaxException.class);
    }

    @Test
    void schemaRefusesUnknownStatementsWithPathAndBadElement() throws Exception {
        ConfigSyntaxException top = catchSyntax("fancy-feature { on; }");
        assertThat(top.badElement()).isEqualTo("fancy-feature");
        assertThat(top.path()).isEqualTo("[edit]");
        ConfigSyntaxException deep = catchSyntax("interfaces { ge-0/0/1 { unit 0 { family inet { adress 10.0.0.1/24; } } } }");
        assertThat(deep.badElement()).isEqualTo("adress");
        assertThat(deep.path()).isEqualTo("[edit interfaces ge-0/0/1 unit 0 family inet]");
        assertThat(catchSyntax("interfaces { foo0 { disable; } }").getMessage()).isEqualTo("invalid interface type in 'foo0'");
        assertThat(catchSyntax("interfaces { lo0 { unit 0 { family inet { address 10.0.0.300/32; } } } }").getMessage())
                .startsWith("invalid prefix");
        assertThat(catchSyntax("protocols { bgp { group g { type sideways; } } }").badElement()).isEqualTo("sideways");
        ConfigSchema.checkLoad(ConfigParser.parse("policy-options { anything goes here; }"));   // not modelled: accepted
    }

    @Test
    void mergeReplacesLeavesAppendsListsAndHonoursDelete() throws Exception {
        ConfigNode base = ConfigParser.parse("system { host-name r1; } interfaces { lo0 { unit 0 { family inet { "
                + "address 10.0.0.1/32; } } } }");
        List<String> warnings = new ArrayList<>();
        ConfigNode merged = ConfigMerge.merge(base, ConfigParser.parse("system { host-name r2; domain-name lab; } "
                + "interfaces { lo0 { unit 0 { family inet { address 10.0.0.2/32; } } } } "
                + "snmp { delete: community public; }"), false, warnings);
        assertThat(ConfigPrinter.print(merged)).isEqualTo("""
                system {
                    host-name r2;
                    domain-name lab;
                }
                interfaces {
                    lo0 {
                        unit 0 {
                            family inet {
                                address 10.0.0.1/32;
                                address 10.0.0.2/32;
                            }
                        }
                    }
                }
                """);
        assertThat(warnings).containsExactly("statement not found");
        assertThat(ConfigPrinter.print(base)).as("the input is not changed").contains("host-name r1;");

        ConfigNode deleted = ConfigMerge.merge(merged, ConfigParser.parse("system { delete: domain-name; }"), false,
                warnings);
        assertThat(ConfigPrinter.print(deleted)).doesNotContain("domain-name");
    }

    @Test
    void replaceTagsCountOnlyForActionReplace() throws Exception {
        ConfigNode base = ConfigParser.parse("interfaces { lo0 { unit 0 { description a; family inet; } } }");
        ConfigNode loaded = ConfigParser.parse("interfaces { replace: lo0 { unit 1; } }");
        assertThat(ConfigPrinter.print(ConfigMerge.merge(base, loaded, true, new ArrayList<>())))
                .isEqualTo("interfaces {\n    lo0 {\n        unit 1;\n    }\n}\n");
        assertThat(ConfigPrinter.print(ConfigMerge.merge(base, loaded, false, new ArrayList<>())))
                .contains("unit 0 {").contains("unit 1;");
        assertThat(ConfigPrinter.print(ConfigMerge.override(loaded))).isEqualTo("interfaces {\n    lo0 {\n        unit 1;\n"
                + "    }\n}\n");
    }

    @Test
    void compareLooksLikeShowCompare() throws Exception {
        ConfigNode from = ConfigParser.parse("system { host-name r1; } interfaces { ge-0/0/1 { unit 0 { family inet { "
                + "address 10.0.0.1/24; } } } lo0 { unit 0; } } protocols { lldp { interface all; } }");
        ConfigNode to = ConfigParser.parse("system { host-name r2; } interfaces { ge-0/0/1 { unit 0 { description up; "
                + "family inet { address 10.0.0.1/24; } } } ge-0/0/2 { unit 0 { family inet { address 10.0.2.1/24; } } } "
                + "lo0 { unit 0; } }");
        assertThat(ConfigDiff.diff(from, to)).isEqualTo("""
                [edit system]
                -   host-name r1;
                +   host-name r2;
                [edit interfaces ge-0/0/1 unit 0]
                +    description up;
                [edit interfaces]
                +   ge-0/0/2 {
                +       unit 0 {
                +           family inet {
                +               address 10.0.2.1/24;
                +           }
                +       }
                +   }
                [edit]
                -  protocols {
                -      lldp {
                -          interface all;
                -      }
                -  }
                """);
        assertThat(ConfigDiff.diff(to, to)).isEmpty();
    }

    @Test
    void commitCheckWantsAPeerAsForExternalPeers() throws Exception {
        assertThat(ConfigSchema.checkCommit(ConfigParser.parse("protocols { bgp { group e { type external; "
                + "neighbor 10.0.0.2; } } }"))).singleElement().satisfies(e -> {
                    assertThat(e.path()).isEqualTo("[edit protocols bgp group e neighbor 10.0.0.2]");
                    assertThat(e.message()).endsWith("peer AS number must be configured for an external peer");
                });
        assertThat(ConfigSchema.checkCommit(ConfigParser.parse("protocols { bgp { group i { type internal; "
                + "neighbor 10.0.0.2; } group e { peer-as 65002; neighbor 10.0.0.3; } } }"))).isEmpty();
    }

    private static ConfigSyntaxException catchSyntax(String text) {
        try {
            ConfigSchema.checkLoad(ConfigParser.parse(text));
        } catch (ConfigSyntaxException e) {
            return e;
        }
        throw new AssertionError("accepted: " + text);
    }
}

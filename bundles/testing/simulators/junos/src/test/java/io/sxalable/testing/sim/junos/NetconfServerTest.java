package io.sxalable.testing.sim.junos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import org.apache.sshd.common.SshException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The simulator on the wire, through a deliberately naive client. */
@Timeout(30)
class NetconfServerTest {

    private static JunosFarm farm;

    @BeforeAll
    static void start() {
        farm = JunosFarm.start();
    }

    @AfterAll
    static void stop() {
        farm.close();
    }

    @Test
    void junosHelloAndChunkedFramingWhenBothOffer11() throws Exception {
        JunosDevice r = farm.add(Options.defaults().withHostname("chunked"));
        try (RawNetconf nc = RawNetconf.open(r)) {
            assertThat(nc.serverHello).startsWith("<!-- No zombies were killed during the creation of this user "
                    + "interface -->\n<!-- user admin, class j-super-user -->\n<hello")
                    .contains("<capability>urn:ietf:params:netconf:base:1.1</capability>")
                    .containsPattern("<session-id>\\d+</session-id>");
            nc.hello(true);
            assertThat(nc.chunked()).isTrue();
            String reply = nc.rpc("abc-1", "<get-interface-information><extensive/></get-interface-information>");
            assertThat(reply).startsWith("<rpc-reply xmlns=\"urn:ietf:params:xml:ns:netconf:base:1.0\" "
                    + "xmlns:junos=\"http://xml.juniper.net/junos/23.4R1/junos\" message-id=\"abc-1\">")
                    .contains("<name>\nge-0/0/0\n</name>").endsWith("</rpc-reply>").hasSizeGreaterThan(50_000);
        }
    }

    @Test
    void endOfMessageFramingWithABase10Client() throws Exception {
        JunosDevice r = farm.add(Options.defaults().withHostname("eom-client"));
        try (RawNetconf nc = RawNetconf.open(r)) {
            nc.hello(false);
            assertThat(nc.chunked()).isFalse();
            assertThat(nc.rpc("1", "<get-software-information/>")).contains("<host-name>eom-client</host-name>");
        }
    }

    @Test
    void base10OnlyRouter() throws Exception {
        JunosDevice r = farm.add(Options.defaults().withHostname("old").withNetconfBase11(false));
        try (RawNetconf nc = RawNetconf.open(r)) {
            assertThat(nc.serverHello).doesNotContain("base:1.1");
            nc.hello(true);
            assertThat(nc.chunked()).isFalse();
            assertThat(nc.rpc("1", "<get-chassis-inventory/>")).contains("<serial-number>VM");
        }
    }

    @Test
    void repliesComeInRequestOrderEvenWhenPipelined() throws Exception {
        JunosDevice r = farm.add(Options.defaults().withHostname("pipeline").withRpcDelay(Duration.ofMillis(30)));
        try (RawNetconf nc = RawNetconf.open(r)) {
            nc.hello(true);
            for (int i = 1; i <= 5; i++) {
                nc.sendRaw("<rpc xmlns=\"urn:ietf:params:xml:ns:netconf:base:1.0\" message-id=\"" + i
                        + "\"><get-software-information/></rpc>");
            }
            for (int i = 1; i <= 5; i++) {
                assertThat(nc.read()).contains("message-id=\"" + i + "\"");
            }
        }
    }

    @Test
    void errorsLikeJunos() throws Exception {
        JunosDevice r = farm.add(Options.defaults().withHostname("errors"));
        try (RawNetconf nc = RawNetconf.open(r)) {
            nc.hello(true);
            assertThat(nc.rpc("1", "<get-foo-information/>")).contains("<error-message>syntax error</error-message>")
                    .contains("<bad-element>get-foo-information</bad-element>");
            nc.sendRaw("<rpc message-id=\"2\"><unclosed></rpc>");
            assertThat(nc.read()).contains("<error-tag>malformed-message</error-tag>");
            assertThat(nc.rpc("3", "<load-configuration action=\"merge\" format=\"text\"><configuration-text>"
                    + "interfaces { ge-0/0/1 { unti 0; } }</configuration-text></load-configuration>"))
                    .contains("<load-configuration-results>").contains("<error-path>[edit interfaces ge-0/0/1]</error-path>")
                    .contains("<bad-element>unti</bad-element>").contains("<load-error-count>1</load-error-count>");
            assertThat(nc.rpc("4", "<command format=\"text\">show version | display xml</command>"))
                    .contains("syntax error, expecting &lt;command&gt;.").contains("<bad-element>display</bad-element>");
            assertThat(nc.rpc("5", "<lock><target><running/></target></lock>"))
                    .contains("<error-tag>operation-not-supported</error-tag>");
        }
    }

    @Test
    void aDroppedSessionLosesItsLockAndItsUncommittedChanges() throws Exception {
        JunosDevice r = farm.add(Options.defaults().withHostname("dropped"));
        RawNetconf nc = RawNetconf.open(r);
        nc.hello(true);
        assertThat(nc.rpc("1", "<lock><target><candidate/></target></lock>")).contains("<ok/>");
        nc.rpc("2", "<load-configuration action=\"merge\" format=\"text\"><configuration-text>system { host-name x; }"
                + "</configuration-text></load-configuration>");
        assertThat(r.candidateModified()).isTrue();
        nc.close();   // no unlock, no close-session: the TCP connection just goes away
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (r.candidateModified() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(r.candidateModified()).isFalse();
        try (RawNetconf other = RawNetconf.open(r)) {
            other.hello(true);
            assertThat(other.rpc("1", "<lock><target><candidate/></target></lock>")).contains("<ok/>");
        }
    }

    @Test
    void closeSessionEndsTheChannel() throws Exception {
        JunosDevice r = farm.add(Options.defaults().withHostname("bye"));
        try (RawNetconf nc = RawNetconf.open(r)) {
            nc.hello(true);
            assertThat(nc.rpc("1", "<close-session/>")).contains("<ok/>");
            assertThat(nc.waitClosed(Duration.ofSeconds(5))).isTrue();
        }
    }

    @Test
    void wrongPasswordsAreRefusedBySsh() {
        JunosDevice r = farm.add(Options.defaults().withHostname("auth").withCredentials("netops", "s3cret"));
        assertThatThrownBy(() -> RawNetconf.open(r, "wrong").close()).isInstanceOf(SshException.class)
                .hasMessageContaining("No more authentication methods available");
    }

    @Test
    void noNetconfWithoutSystemServicesNetconf() {
        String config = DefaultConfig.text(Options.defaults()).replace("        netconf {\n            ssh;\n        }\n", "");
        JunosDevice r = farm.add(Options.defaults().withHostname("plain").withConfig(config));
        assertThatThrownBy(() -> RawNetconf.open(r).close()).isInstanceOf(IOException.class);
    }

    @Test
    void commitConfirmedRevertsOnTheTimer() throws Exception {
        JunosDevice r = farm.add(Options.defaults().withHostname("timer").withMinuteLength(Duration.ofMillis(200)));
        try (RawNetconf nc = RawNetconf.open(r)) {
            nc.hello(true);
            nc.rpc("1", "<load-configuration action=\"merge\" format=\"text\"><configuration-text>system { host-name "
                    + "temp; }</configuration-text></load-configuration>");
            assertThat(nc.rpc("2", "<commit-configuration><confirmed/><confirm-timeout>1</confirm-timeout>"
                    + "</commit-configuration>")).contains("<commit-success/>");
            assertThat(r.committedConfig()).contains("host-name temp;");
            assertThat(r.confirmDeadline()).isPresent();
            long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
            while (r.committedConfig().contains("host-name temp;") && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(r.committedConfig()).contains("host-name timer;");
            assertThat(nc.rpc("3", "<get-system-uptime-information/>")).contains("<user>root</user>");
        }
    }

    @Test
    void closingARouterClosesItsPort() throws Exception {
        JunosDevice r = farm.add(Options.defaults().withHostname("gone"));
        int before = farm.size();
        r.close();
        assertThat(farm.size()).isEqualTo(before - 1);
        assertThatThrownBy(() -> RawNetconf.open(r).close()).isInstanceOf(IOException.class);
    }
}

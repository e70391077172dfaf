package io.sxalable.driver.junos.netconf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sxalable.sdk.driver.UnexpectedOutputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HelloTest {

    @Test
    void junosHelloWithItsLeadingComments() throws IOException, UnexpectedOutputException {
        Hello hello = Hello.parse(golden());
        assertThat(hello.capabilities()).contains(Hello.BASE_10, Hello.BASE_11,
                "urn:ietf:params:netconf:capability:candidate:1.0",
                "urn:ietf:params:netconf:capability:confirmed-commit:1.0", "http://xml.juniper.net/netconf/junos/1.0");
        assertThat(hello.sessionId()).hasValueSatisfying(id -> assertThat(id).matches("\\d+"));
        assertThat(hello.chunked()).isTrue();
    }

    @Test
    void base10OnlyMeansEndOfMessageFraming() throws UnexpectedOutputException {
        Hello hello = Hello.parse("<hello xmlns=\"urn:ietf:params:xml:ns:netconf:base:1.0\"><capabilities>"
                + "<capability>urn:ietf:params:netconf:base:1.0</capability></capabilities>"
                + "<session-id>4711</session-id></hello>");
        assertThat(hello.chunked()).isFalse();
        assertThat(hello.sessionId()).isEqualTo(Optional.of("4711"));
    }

    @Test
    void notAHello() {
        assertThatThrownBy(() -> Hello.parse("<rpc-reply/>")).isInstanceOf(UnexpectedOutputException.class)
                .hasMessageContaining("expected <hello>");
        assertThatThrownBy(() -> Hello.parse("<hello><capabilities><capability>urn:x</capability></capabilities></hello>"))
                .isInstanceOf(UnexpectedOutputException.class).hasMessageContaining("neither");
    }

    @Test
    void ourHelloIsWellFormedAndOffersBoth() throws UnexpectedOutputException {
        Hello ours = Hello.parse(Hello.CLIENT_HELLO);
        assertThat(ours.capabilities()).containsExactlyInAnyOrder(Hello.BASE_10, Hello.BASE_11);
    }

    private static String golden() throws IOException {
        try (InputStream in = HelloTest.class.getResourceAsStream("/golden/junos-23.4R1-vmx/r1/hello.xml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}

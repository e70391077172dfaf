package io.sxalable.driver.routeros.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sxalable.driver.routeros.Golden;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReplyTest {

    @Test
    void valuesMayContainEqualsSignsAndTheTagIsSeparate() throws Exception {
        Reply r = Reply.parse(List.of("!re", "=.id=*1", "=comment=a=b=c", "=ibgp=", ".tag=7"));

        assertThat(r.type()).isEqualTo("!re");
        assertThat(r.attributes()).containsEntry(".id", "*1").containsEntry("comment", "a=b=c").containsEntry("ibgp", "");
        assertThat(r.tag()).contains("7");
    }

    @Test
    void trapAndFatalCarryTheirMessages() throws Exception {
        assertThat(Reply.parse(List.of("!trap", "=message=invalid user name or password (6)")).message())
                .isEqualTo("invalid user name or password (6)");
        assertThat(Reply.parse(List.of("!trap", "=category=2", "=message=interrupted")).attributes())
                .containsEntry("category", "2");
        // !fatal carries its reason as a plain word
        assertThat(Reply.parse(List.of("!fatal", "session terminated on request")).message())
                .isEqualTo("session terminated on request");
    }

    @Test
    void emptyReplyOfRouterOs718() {
        List<Reply> replies = Golden.replies(Golden.CHR_2_718, "routing-bgp-session-print-empty.api");

        assertThat(replies).extracting(Reply::type).containsExactly(Reply.EMPTY, Reply.DONE);
    }

    @Test
    void rejectsSentencesThatAreNotReplies() {
        assertThatThrownBy(() -> Reply.parse(List.of("=name=x"))).isInstanceOf(MalformedApiException.class);
        assertThatThrownBy(() -> Reply.parse(List.of())).isInstanceOf(MalformedApiException.class);
    }
}

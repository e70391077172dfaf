package io.sxalable.driver.junos.netconf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FrameDecoderTest {

    private final List<String> messages = new ArrayList<>();
    private final FrameDecoder decoder = new FrameDecoder(messages::add);

    @Test
    void endOfMessageFraming() throws Exception {
        feed("<hello/>]]>]]>\n<rpc-reply message-id=\"1\"><ok/></rpc-reply>\n]]>]]>");
        assertThat(messages).containsExactly("<hello/>", "<rpc-reply message-id=\"1\"><ok/></rpc-reply>");
    }

    @Test
    void chunkedFramingWithSeveralChunks() throws Exception {
        decoder.useChunked();
        feed("\n#4\n<rpc\n#18\n-reply><ok/></rpc-\n#6\nreply>\n##\n");
        assertThat(messages).containsExactly("<rpc-reply><ok/></rpc-reply>");
    }

    @Test
    void everySplitPointAndMultiByteCharacters() throws Exception {
        String reply = "<rpc-reply><output>Grüße → ok</output></rpc-reply>";
        byte[] wire = concat(FrameDecoder.encode("<hello/>", false), FrameDecoder.encode(reply, true),
                FrameDecoder.encode(reply, true));
        for (int split = 1; split < wire.length; split++) {
            messages.clear();
            FrameDecoder[] d = new FrameDecoder[1];
            d[0] = new FrameDecoder(m -> {
                messages.add(m);
                if (messages.size() == 1) {
                    d[0].useChunked();   // what the connector does after the hello
                }
            });
            d[0].feed(wire, 0, split);
            d[0].feed(wire, split, wire.length - split);
            assertThat(messages).as("split at %d", split).containsExactly("<hello/>", reply, reply);
        }
    }

    @Test
    void switchingInTheHelloCallbackAppliesToTheRestOfTheSameBuffer() throws Exception {
        FrameDecoder[] self = new FrameDecoder[1];
        self[0] = new FrameDecoder(m -> {
            messages.add(m);
            self[0].useChunked();
        });
        byte[] wire = concat(FrameDecoder.encode("<hello/>", false), FrameDecoder.encode("<rpc-reply/>", true));
        self[0].feed(wire, 0, wire.length);
        assertThat(messages).containsExactly("<hello/>", "<rpc-reply/>");
    }

    @Test
    void brokenChunkHeadersAreFramingErrors() {
        decoder.useChunked();
        assertThatThrownBy(() -> feed("\n#0\n")).isInstanceOf(FrameDecoder.FramingException.class)
                .hasMessageContaining("chunk size");
        FrameDecoder other = new FrameDecoder(messages::add);
        other.useChunked();
        assertThatThrownBy(() -> other.feed(bytes("<rpc-reply/>"), 0, 12)).isInstanceOf(FrameDecoder.FramingException.class)
                .hasMessageContaining("expected LF");
        FrameDecoder third = new FrameDecoder(messages::add);
        third.useChunked();
        assertThatThrownBy(() -> third.feed(bytes("\n#99999999999\n"), 0, 14))
                .isInstanceOf(FrameDecoder.FramingException.class).hasMessageContaining("over 4294967295");
    }

    @Test
    void encoding() {
        assertThat(new String(FrameDecoder.encode("<a/>", false), StandardCharsets.UTF_8)).isEqualTo("<a/>]]>]]>");
        assertThat(new String(FrameDecoder.encode("<ä/>", true), StandardCharsets.UTF_8)).isEqualTo("\n#5\n<ä/>\n##\n");   // bytes, not characters
    }

    private void feed(String text) throws FrameDecoder.FramingException {
        byte[] b = bytes(text);
        decoder.feed(b, 0, b.length);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}

package io.sxalable.testing.sim.routeros.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class ApiWireTest {

    @Test
    void lengthPrefixesAtTheBoundaries() throws Exception {
        int[] lengths = {0, 0x7F, 0x80, 0x3FFF, 0x4000, 0x1FFFFF, 0x200000, 0xFFFFFFF, 0x10000000};
        String[] hex = {"00", "7f", "8080", "bfff", "c04000", "dfffff", "e0200000", "efffffff", "f010000000"};
        for (int i = 0; i < lengths.length; i++) {
            byte[] encoded = ApiWire.length(lengths[i]);
            assertThat(HexFormat.of().formatHex(encoded)).isEqualTo(hex[i]);
            ByteArrayInputStream in = new ByteArrayInputStream(encoded);
            assertThat(ApiWire.readLength(in.read(), in)).isEqualTo(lengths[i]);
        }
    }

    @Test
    void sentencesRoundTrip() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<String> big = List.of("!re", "=contents=" + "z".repeat(20_000), "=comment=Rīga");
        ApiWire.write(out, List.of(List.of("!done", "=ret=*1", ".tag=4"), big));
        ByteArrayInputStream in = new ByteArrayInputStream(out.toByteArray());

        assertThat(ApiWire.readSentence(in)).containsExactly("!done", "=ret=*1", ".tag=4");
        assertThat(ApiWire.readSentence(in)).isEqualTo(big);
        assertThat(ApiWire.readSentence(in)).isNull();
    }

    @Test
    void controlBytesAndTruncation() {
        assertThatThrownBy(() -> ApiWire.readSentence(new ByteArrayInputStream(new byte[] {(byte) 0xF8})))
                .isInstanceOf(IOException.class).hasMessageContaining("control byte");
        assertThatThrownBy(() -> ApiWire.readSentence(new ByteArrayInputStream(new byte[] {3, 'a', 'b', 'c'})))
                .isInstanceOf(IOException.class).hasMessageContaining("inside a sentence");
    }
}

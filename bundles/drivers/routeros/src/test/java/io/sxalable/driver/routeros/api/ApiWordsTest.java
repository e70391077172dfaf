package io.sxalable.driver.routeros.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sxalable.driver.routeros.Golden;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ApiWordsTest {

    @ParameterizedTest(name = "length {0} -> {1}")
    @CsvSource({
            "0,         00",
            "1,         01",
            "127,       7f",
            "128,       8080",
            "16383,     bfff",
            "16384,     c04000",
            "2097151,   dfffff",
            "2097152,   e0200000",
            "268435455, efffffff",
            "268435456, f010000000",
            "2147483647, f07fffffff"})
    void encodesLengthsAtEveryBoundary(int length, String hex) throws Exception {
        byte[] encoded = ApiWords.encodeLength(length);

        assertThat(HexFormat.of().formatHex(encoded)).isEqualTo(hex);
        assertThat(ApiWords.prefixSize(encoded[0])).isEqualTo(encoded.length);
        assertThat(ApiWords.decodeLength(encoded, 0, encoded.length)).isEqualTo(length);
    }

    @Test
    void rejectsReservedControlBytes() {
        for (int b = 0xF1; b <= 0xFF; b++) {
            int first = b;
            assertThatThrownBy(() -> ApiWords.prefixSize(first)).isInstanceOf(MalformedApiException.class)
                    .hasMessageContaining("reserved control byte");
        }
    }

    @Test
    void encodesASentenceAsTheManualShowsIt() {
        byte[] bytes = ApiWords.encodeSentence(List.of("/login", "=name=admin", "=password="));

        assertThat(HexFormat.of().formatHex(bytes)).isEqualTo("062f6c6f67696e" + "0b3d6e616d653d61646d696e"
                + "0a3d70617373776f72643d" + "00");
    }

    @Test
    void refusesAnEmptyWordInsideASentence() {
        assertThatThrownBy(() -> ApiWords.encodeSentence(List.of("/ip/address/print", "")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void decoderCopesWithAStreamThatArrivesOneByteAtATime() throws Exception {
        List<List<String>> golden = Golden.sentences(Golden.EDGE_1, "interface-print.api");
        ByteArrayOutputStream wire = new ByteArrayOutputStream();
        golden.forEach(s -> wire.writeBytes(ApiWords.encodeSentence(s)));
        byte[] bytes = wire.toByteArray();

        SentenceDecoder decoder = new SentenceDecoder();
        List<List<String>> decoded = new java.util.ArrayList<>();
        for (byte b : bytes) {
            decoder.feed(new byte[] {b}, 0, 1);
            for (Optional<List<String>> s = decoder.next(); s.isPresent(); s = decoder.next()) {
                decoded.add(s.get());
            }
        }

        assertThat(decoded).isEqualTo(golden);
        assertThat(SentenceDecoder.decodeAll(bytes)).isEqualTo(golden);
    }

    @Test
    void decodesLongWordsWithMultiByteLengths() throws Exception {
        String big = "=contents=" + "x".repeat(70_000);   // 3-byte length prefix
        String utf8 = "=comment=Rīga – Tallinn";
        byte[] bytes = ApiWords.encodeSentence(List.of("!re", big, utf8));

        assertThat(SentenceDecoder.decodeAll(bytes)).containsExactly(List.of("!re", big, utf8));
        assertThat(utf8.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(utf8.length());
    }

    @Test
    void rejectsAWordBeyondTheLimitAndATruncatedStream() {
        SentenceDecoder small = new SentenceDecoder(16);
        byte[] bytes = ApiWords.encodeSentence(List.of("!re", "=name=" + "y".repeat(20)));
        small.feed(bytes, 0, bytes.length);
        assertThatThrownBy(() -> {
            small.next();
            small.next();
        }).isInstanceOf(MalformedApiException.class).hasMessageContaining("exceeds the limit");

        byte[] whole = ApiWords.encodeSentence(List.of("!done"));
        byte[] cut = java.util.Arrays.copyOf(whole, whole.length - 1);
        assertThatThrownBy(() -> SentenceDecoder.decodeAll(cut)).isInstanceOf(MalformedApiException.class);
    }
}

package io.sxalable.rest.filter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

import org.junit.jupiter.api.Test;

class LimitedInputStreamTest {

    private static InputStream bytes(int n) {
        return new ByteArrayInputStream(new byte[n]);
    }

    @Test
    void bodyAtTheLimitPasses() throws IOException {
        try (InputStream in = new LimitedInputStream(bytes(1024), 1024)) {
            assertThat(in.readAllBytes()).hasSize(1024);
        }
    }

    @Test
    void bodyOneByteOverTheLimitFails() {
        assertThatThrownBy(() -> new LimitedInputStream(bytes(1025), 1024).readAllBytes())
                .isInstanceOf(PayloadTooLargeException.class)
                .satisfies(e -> assertThat(((PayloadTooLargeException) e).limit()).isEqualTo(1024));
    }

    @Test
    void singleByteReadsAreCounted() throws IOException {
        InputStream in = new LimitedInputStream(bytes(3), 2);
        in.read();
        in.read();
        assertThatThrownBy(in::read).isInstanceOf(PayloadTooLargeException.class);
    }

    @Test
    void largeBufferedReadsDoNotSlipPast() {
        InputStream in = new LimitedInputStream(bytes(10 * 1024 * 1024), 1024 * 1024);
        byte[] buffer = new byte[64 * 1024];
        assertThatThrownBy(() -> {
            while (in.read(buffer, 0, buffer.length) >= 0) {
                // drain
            }
        }).isInstanceOf(PayloadTooLargeException.class);
    }

    @Test
    void skipIsCounted() {
        InputStream in = new LimitedInputStream(bytes(100), 10);
        assertThatThrownBy(() -> in.skip(50)).isInstanceOf(PayloadTooLargeException.class);
    }
}

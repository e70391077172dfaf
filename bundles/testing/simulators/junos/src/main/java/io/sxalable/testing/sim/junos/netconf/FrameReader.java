package io.sxalable.testing.sim.junos.netconf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Splits the byte stream of a NETCONF session into messages (RFC 6242): end-of-message framing
 * ({@code ...]]>]]>}) until {@link #switchToChunked()}, chunked framing ({@code \n#<size>\n<data>...\n##\n})
 * after. The switch takes effect for the very next byte, so it may be called from the message callback while a
 * buffer holding the next message is being fed.
 */
final class FrameReader {

    interface Sink {
        void message(String xml) throws IOException;
    }

    private static final byte[] EOM = "]]>]]>".getBytes(StandardCharsets.US_ASCII);
    private static final int MAX_MESSAGE = 16 * 1024 * 1024;

    private enum State { LF, HASH, SIZE_START, SIZE, DATA, END_LF }

    private final Sink sink;
    private final ByteArrayOutputStream message = new ByteArrayOutputStream(1024);
    private boolean chunked;
    private State state = State.LF;
    private long size;
    private long remaining;
    private final byte[] tail = new byte[EOM.length];

    FrameReader(Sink sink) {
        this.sink = sink;
    }

    void switchToChunked() {
        chunked = true;
        state = State.LF;
        message.reset();
    }

    void feed(byte[] buffer, int offset, int length) throws IOException {
        for (int i = offset; i < offset + length; i++) {
            byte b = buffer[i];
            if (!chunked) {
                message.write(b);
                System.arraycopy(tail, 1, tail, 0, tail.length - 1);
                tail[tail.length - 1] = b;
                if (message.size() > MAX_MESSAGE) {
                    throw new IOException("message exceeds " + MAX_MESSAGE + " bytes");
                }
                if (b == '>' && message.size() >= EOM.length && java.util.Arrays.equals(tail, EOM)) {
                    byte[] bytes = message.toByteArray();
                    message.reset();
                    String xml = new String(bytes, 0, bytes.length - EOM.length, StandardCharsets.UTF_8).strip();
                    if (!xml.isEmpty()) {
                        sink.message(xml);
                    }
                }
                continue;
            }
            switch (state) {
                case LF -> {
                    if (b == '\n') {
                        state = State.HASH;
                    } else if (!Character.isWhitespace(b)) {
                        throw new IOException("chunked framing: expected LF, got 0x" + Integer.toHexString(b & 0xff));
                    }
                }
                case HASH -> {
                    if (b == '#') {
                        state = State.SIZE_START;
                    } else if (b != '\n') {
                        throw new IOException("chunked framing: expected '#', got 0x" + Integer.toHexString(b & 0xff));
                    }
                }
                case SIZE_START -> {
                    if (b == '#') {
                        state = State.END_LF;
                    } else if (b >= '1' && b <= '9') {
                        size = b - '0';
                        state = State.SIZE;
                    } else {
                        throw new IOException("chunked framing: bad chunk size");
                    }
                }
                case SIZE -> {
                    if (b >= '0' && b <= '9') {
                        size = size * 10 + (b - '0');
                        if (size > 4294967295L) {
                            throw new IOException("chunked framing: chunk size too large");
                        }
                    } else if (b == '\n') {
                        remaining = size;
                        state = State.DATA;
                    } else {
                        throw new IOException("chunked framing: bad chunk size");
                    }
                }
                case DATA -> {
                    int n = (int) Math.min(remaining, offset + length - i);
                    message.write(buffer, i, n);
                    if (message.size() > MAX_MESSAGE) {
                        throw new IOException("message exceeds " + MAX_MESSAGE + " bytes");
                    }
                    remaining -= n;
                    i += n - 1;
                    if (remaining == 0) {
                        state = State.LF;
                    }
                }
                case END_LF -> {
                    if (b != '\n') {
                        throw new IOException("chunked framing: expected LF after '##'");
                    }
                    String xml = message.toString(StandardCharsets.UTF_8).strip();
                    message.reset();
                    state = State.LF;
                    sink.message(xml);
                }
                default -> throw new IllegalStateException(state.name());
            }
        }
    }

}

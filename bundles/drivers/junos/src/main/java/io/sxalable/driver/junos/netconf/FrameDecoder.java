package io.sxalable.driver.junos.netconf;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * RFC 6242 message framing, receiving side. Starts in end-of-message mode (messages end with {@code ]]>]]>});
 * {@link #useChunked()} switches to chunked framing ({@code \n#<size>\n<bytes>...\n##\n}) for every byte after
 * the message being delivered, which is what the hello exchange needs: the switch happens in the callback of the
 * server's hello, before the rest of the same buffer is decoded. Bytes are collected before decoding, so a chunk or
 * a delimiter may split a UTF-8 character. Not thread-safe; MINA feeds one channel from one thread at a time.
 */
public final class FrameDecoder {

    /** Largest message accepted (a full {@code get-interface-information extensive} of a big chassis fits). */
    public static final int MAX_MESSAGE_BYTES = 64 * 1024 * 1024;

    private static final byte[] EOM = "]]>]]>".getBytes(StandardCharsets.US_ASCII);

    private enum State { LF, HASH, SIZE_FIRST, SIZE, DATA, END_LF }

    private final Consumer<String> messages;
    private final ByteArrayOutputStream message = new ByteArrayOutputStream(4096);
    private final byte[] tail = new byte[EOM.length];
    private int tailLength;
    private boolean chunked;
    private State state = State.LF;
    private long chunkSize;
    private long chunkRemaining;

    public FrameDecoder(Consumer<String> messages) {
        this.messages = messages;
    }

    /** From the next byte on, expect chunked framing (base:1.1 negotiated). */
    public void useChunked() {
        chunked = true;
        state = State.LF;
        message.reset();
    }

    public boolean chunked() {
        return chunked;
    }

    /**
     * Decodes {@code length} bytes; every complete message goes to the consumer (whitespace around it trimmed).
     *
     * @throws FramingException on bytes that break the framing, or a message over {@link #MAX_MESSAGE_BYTES}
     */
    public void feed(byte[] buffer, int offset, int length) throws FramingException {
        int end = offset + length;
        for (int i = offset; i < end; i++) {
            byte b = buffer[i];
            if (!chunked) {
                endOfMessageByte(b);
                continue;
            }
            switch (state) {
                case LF -> {
                    if (b == '\n') {
                        state = State.HASH;
                    } else if (b != '\r' && b != ' ' && b != '\t') {
                        throw new FramingException("chunked framing: expected LF before a chunk header, got " + show(b));
                    }
                }
                case HASH -> {
                    if (b == '#') {
                        state = State.SIZE_FIRST;
                    } else if (b != '\n') {
                        throw new FramingException("chunked framing: expected '#', got " + show(b));
                    }
                }
                case SIZE_FIRST -> {
                    if (b == '#') {
                        state = State.END_LF;
                    } else if (b >= '1' && b <= '9') {
                        chunkSize = b - '0';
                        state = State.SIZE;
                    } else {
                        throw new FramingException("chunked framing: invalid chunk size start " + show(b));
                    }
                }
                case SIZE -> {
                    if (b >= '0' && b <= '9') {
                        chunkSize = chunkSize * 10 + (b - '0');
                        if (chunkSize > 4294967295L) {
                            throw new FramingException("chunked framing: chunk size over 4294967295");
                        }
                    } else if (b == '\n') {
                        chunkRemaining = chunkSize;
                        state = State.DATA;
                    } else {
                        throw new FramingException("chunked framing: invalid chunk size character " + show(b));
                    }
                }
                case DATA -> {
                    int n = (int) Math.min(chunkRemaining, end - i);
                    append(buffer, i, n);
                    chunkRemaining -= n;
                    i += n - 1;
                    if (chunkRemaining == 0) {
                        state = State.LF;
                    }
                }
                case END_LF -> {
                    if (b != '\n') {
                        throw new FramingException("chunked framing: expected LF after '##', got " + show(b));
                    }
                    state = State.LF;
                    deliver(message.toByteArray(), message.size());
                }
                default -> throw new IllegalStateException(state.name());
            }
        }
    }

    private void endOfMessageByte(byte b) throws FramingException {
        if (message.size() >= MAX_MESSAGE_BYTES) {
            throw new FramingException("message larger than " + MAX_MESSAGE_BYTES + " bytes");
        }
        message.write(b);
        if (tailLength < tail.length) {
            tail[tailLength++] = b;
        } else {
            System.arraycopy(tail, 1, tail, 0, tail.length - 1);
            tail[tail.length - 1] = b;
        }
        if (b == '>' && tailLength == tail.length && java.util.Arrays.equals(tail, EOM)) {
            tailLength = 0;
            byte[] bytes = message.toByteArray();
            deliver(bytes, bytes.length - EOM.length);
        }
    }

    private void append(byte[] bytes, int offset, int length) throws FramingException {
        if (message.size() + length > MAX_MESSAGE_BYTES) {
            throw new FramingException("message larger than " + MAX_MESSAGE_BYTES + " bytes");
        }
        message.write(bytes, offset, length);
    }

    private void deliver(byte[] bytes, int length) {
        message.reset();
        String xml = new String(bytes, 0, length, StandardCharsets.UTF_8).strip();
        if (!xml.isEmpty()) {
            messages.accept(xml);
        }
    }

    private static String show(byte b) {
        return b >= 0x20 && b < 0x7f ? "'" + (char) b + "'" : String.format("0x%02x", b & 0xff);
    }

    /** Encodes one message for sending: {@code ]]>]]>}-terminated, or as one chunk plus the end-of-chunks marker. */
    public static byte[] encode(String xml, boolean chunked) {
        byte[] body = xml.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length + 32);
        if (chunked) {
            out.writeBytes(("\n#" + body.length + "\n").getBytes(StandardCharsets.US_ASCII));
            out.writeBytes(body);
            out.writeBytes("\n##\n".getBytes(StandardCharsets.US_ASCII));
        } else {
            out.writeBytes(body);
            out.writeBytes(EOM);
        }
        return out.toByteArray();
    }

    /** The byte stream broke the framing rules; the session cannot continue. */
    public static final class FramingException extends Exception {
        private static final long serialVersionUID = 1L;

        public FramingException(String message) {
            super(message);
        }
    }
}

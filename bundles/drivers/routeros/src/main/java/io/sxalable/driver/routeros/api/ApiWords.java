package io.sxalable.driver.routeros.api;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Encoding side of the RouterOS API wire format: a sentence is a sequence of words, each word a length prefix
 * and that many bytes, and an empty word (a single {@code 0x00}) ends the sentence.
 *
 * <p>The length prefix takes one to five bytes:
 * <pre>
 *   length &lt; 0x80        1 byte   0xxxxxxx
 *   length &lt; 0x4000      2 bytes  10xxxxxx xxxxxxxx          (length | 0x8000)
 *   length &lt; 0x200000    3 bytes  110xxxxx xxxxxxxx xxxxxxxx (length | 0xC00000)
 *   length &lt; 0x10000000  4 bytes  1110xxxx ...                (length | 0xE0000000)
 *   otherwise             5 bytes  0xF0 followed by the length in 4 bytes, big-endian
 * </pre>
 * First bytes {@code 0xF8..0xFF} are reserved control bytes and never appear in a valid stream.
 * Words are UTF-8 text here; RouterOS itself treats them as bytes.
 */
public final class ApiWords {

    private ApiWords() {
    }

    /** The length prefix of a word of {@code length} bytes. */
    public static byte[] encodeLength(int length) {
        if (length < 0) {
            throw new IllegalArgumentException("negative word length: " + length);
        }
        if (length < 0x80) {
            return new byte[] {(byte) length};
        }
        if (length < 0x4000) {
            int v = length | 0x8000;
            return new byte[] {(byte) (v >> 8), (byte) v};
        }
        if (length < 0x200000) {
            int v = length | 0xC00000;
            return new byte[] {(byte) (v >> 16), (byte) (v >> 8), (byte) v};
        }
        if (length < 0x10000000) {
            int v = length | 0xE0000000;
            return new byte[] {(byte) (v >> 24), (byte) (v >> 16), (byte) (v >> 8), (byte) v};
        }
        return new byte[] {(byte) 0xF0, (byte) (length >> 24), (byte) (length >> 16), (byte) (length >> 8),
                (byte) length};
    }

    /**
     * How many bytes the length prefix starting with {@code firstByte} has (1..5).
     *
     * @throws MalformedApiException for the reserved control bytes {@code 0xF8..0xFF} ({@code 0xF1..0xF7} too)
     */
    public static int prefixSize(int firstByte) throws MalformedApiException {
        int b = firstByte & 0xFF;
        if ((b & 0x80) == 0) {
            return 1;
        }
        if ((b & 0xC0) == 0x80) {
            return 2;
        }
        if ((b & 0xE0) == 0xC0) {
            return 3;
        }
        if ((b & 0xF0) == 0xE0) {
            return 4;
        }
        if (b == 0xF0) {
            return 5;
        }
        throw new MalformedApiException(String.format("reserved control byte 0x%02X where a word length was expected", b));
    }

    /** Decodes a complete length prefix of {@link #prefixSize} bytes at {@code offset}. */
    public static int decodeLength(byte[] buffer, int offset, int size) throws MalformedApiException {
        int b0 = buffer[offset] & 0xFF;
        long v;
        switch (size) {
            case 1 -> v = b0;
            case 2 -> v = ((b0 & 0x3F) << 8) | (buffer[offset + 1] & 0xFF);
            case 3 -> v = ((b0 & 0x1F) << 16) | ((buffer[offset + 1] & 0xFF) << 8) | (buffer[offset + 2] & 0xFF);
            case 4 -> v = ((long) (b0 & 0x0F) << 24) | ((buffer[offset + 1] & 0xFF) << 16)
                    | ((buffer[offset + 2] & 0xFF) << 8) | (buffer[offset + 3] & 0xFF);
            case 5 -> v = ((long) (buffer[offset + 1] & 0xFF) << 24) | ((buffer[offset + 2] & 0xFF) << 16)
                    | ((buffer[offset + 3] & 0xFF) << 8) | (buffer[offset + 4] & 0xFF);
            default -> throw new IllegalArgumentException("prefix size " + size);
        }
        if (v > Integer.MAX_VALUE) {
            throw new MalformedApiException("word length " + v + " is beyond what this client accepts");
        }
        return (int) v;
    }

    /** One sentence on the wire: every word length-prefixed, then the empty terminating word. */
    public static byte[] encodeSentence(List<String> words) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64);
        for (String word : words) {
            if (word.isEmpty()) {
                throw new IllegalArgumentException("empty word inside a sentence (it would end the sentence)");
            }
            byte[] bytes = word.getBytes(StandardCharsets.UTF_8);
            out.writeBytes(encodeLength(bytes.length));
            out.writeBytes(bytes);
        }
        out.write(0);
        return out.toByteArray();
    }
}

package io.sxalable.testing.sim.routeros.wire;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The RouterOS API wire format on the router's side: blocking reads and writes of sentences (length-prefixed
 * words, an empty word at the end). Written independently of the driver's codec so the two check each other.
 */
public final class ApiWire {

    /** Largest word the simulated router accepts from a client. */
    public static final int MAX_WORD = 1 << 20;

    private ApiWire() {
    }

    /** Reads one sentence; {@code null} at a clean end of stream between sentences. */
    public static List<String> readSentence(InputStream in) throws IOException {
        List<String> words = new ArrayList<>();
        while (true) {
            int first = in.read();
            if (first < 0) {
                if (words.isEmpty()) {
                    return null;
                }
                throw new EOFException("connection closed inside a sentence");
            }
            long length = readLength(first, in);
            if (length == 0) {
                if (words.isEmpty()) {
                    continue;
                }
                return words;
            }
            if (length > MAX_WORD) {
                throw new IOException("word of " + length + " bytes");
            }
            words.add(new String(in.readNBytes((int) length), StandardCharsets.UTF_8));
        }
    }

    static long readLength(int first, InputStream in) throws IOException {
        if (first < 0x80) {
            return first;
        }
        if (first < 0xC0) {
            return ((first & 0x3F) << 8) | next(in);
        }
        if (first < 0xE0) {
            return ((long) (first & 0x1F) << 16) | (next(in) << 8) | next(in);
        }
        if (first < 0xF0) {
            return ((long) (first & 0x0F) << 24) | ((long) next(in) << 16) | (next(in) << 8) | next(in);
        }
        if (first == 0xF0) {
            return ((long) next(in) << 24) | ((long) next(in) << 16) | (next(in) << 8) | next(in);
        }
        throw new IOException(String.format("control byte 0x%02X", first));
    }

    private static int next(InputStream in) throws IOException {
        int b = in.read();
        if (b < 0) {
            throw new EOFException("connection closed inside a length");
        }
        return b;
    }

    /** The bytes of a length prefix. */
    public static byte[] length(int n) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(5);
        if (n < 0x80) {
            out.write(n);
        } else if (n < 0x4000) {
            out.write((n >>> 8) | 0x80);
            out.write(n);
        } else if (n < 0x200000) {
            out.write((n >>> 16) | 0xC0);
            out.write(n >>> 8);
            out.write(n);
        } else if (n < 0x10000000) {
            out.write((n >>> 24) | 0xE0);
            out.write(n >>> 16);
            out.write(n >>> 8);
            out.write(n);
        } else {
            out.write(0xF0);
            out.write(n >>> 24);
            out.write(n >>> 16);
            out.write(n >>> 8);
            out.write(n);
        }
        return out.toByteArray();
    }

    /** Writes sentences in one go (one write call, then flush). */
    public static void write(OutputStream out, List<List<String>> sentences) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(256);
        for (List<String> sentence : sentences) {
            for (String word : sentence) {
                byte[] bytes = word.getBytes(StandardCharsets.UTF_8);
                buffer.writeBytes(length(bytes.length));
                buffer.writeBytes(bytes);
            }
            buffer.write(0);
        }
        out.write(buffer.toByteArray());
        out.flush();
    }
}

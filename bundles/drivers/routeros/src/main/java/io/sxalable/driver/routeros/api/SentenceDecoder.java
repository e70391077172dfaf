package io.sxalable.driver.routeros.api;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Incremental decoder of the RouterOS API byte stream: feed it whatever a read returned, take complete sentences
 * out. It keeps partial words between feeds, so a read that times out in the middle of a sentence loses nothing.
 * Not thread-safe; one per connection.
 */
public final class SentenceDecoder {

    /** Largest word accepted (16 MiB): protects the heap from a corrupt or hostile length prefix. */
    public static final int DEFAULT_MAX_WORD = 16 * 1024 * 1024;

    private final int maxWord;
    private byte[] buffer = new byte[4096];
    private int start;
    private int end;
    private List<String> words = new ArrayList<>();

    public SentenceDecoder() {
        this(DEFAULT_MAX_WORD);
    }

    public SentenceDecoder(int maxWord) {
        this.maxWord = maxWord;
    }

    /** Appends {@code length} bytes of {@code data} from {@code offset}. */
    public void feed(byte[] data, int offset, int length) {
        if (end + length > buffer.length) {
            int pending = end - start;
            if (pending + length <= buffer.length && start > 0) {
                System.arraycopy(buffer, start, buffer, 0, pending);
            } else {
                byte[] bigger = new byte[Math.max(buffer.length * 2, pending + length)];
                System.arraycopy(buffer, start, bigger, 0, pending);
                buffer = bigger;
            }
            start = 0;
            end = pending;
        }
        System.arraycopy(data, offset, buffer, end, length);
        end += length;
    }

    /** The next complete sentence (its words, without the terminating empty word), or empty when more bytes are needed. */
    public Optional<List<String>> next() throws MalformedApiException {
        while (end > start) {
            int size = ApiWords.prefixSize(buffer[start]);
            if (end - start < size) {
                return Optional.empty();
            }
            int length = ApiWords.decodeLength(buffer, start, size);
            if (length > maxWord) {
                throw new MalformedApiException("word of " + length + " bytes exceeds the limit of " + maxWord);
            }
            if (end - start - size < length) {
                return Optional.empty();
            }
            int wordStart = start + size;
            start = wordStart + length;
            if (length == 0) {
                List<String> sentence = words;
                words = new ArrayList<>();
                if (start == end) {
                    start = 0;
                    end = 0;
                }
                if (sentence.isEmpty()) {
                    continue;   // a stray terminator: RouterOS never sends empty sentences, skip it
                }
                return Optional.of(List.copyOf(sentence));
            }
            words.add(new String(buffer, wordStart, length, StandardCharsets.UTF_8));
        }
        return Optional.empty();
    }

    /** Decodes a buffer that holds whole sentences only (tests, golden files). */
    public static List<List<String>> decodeAll(byte[] bytes) throws MalformedApiException {
        SentenceDecoder decoder = new SentenceDecoder();
        decoder.feed(bytes, 0, bytes.length);
        List<List<String>> out = new ArrayList<>();
        for (Optional<List<String>> s = decoder.next(); s.isPresent(); s = decoder.next()) {
            out.add(s.get());
        }
        if (decoder.end != decoder.start || !decoder.words.isEmpty()) {
            throw new MalformedApiException("trailing partial sentence: " + Arrays.toString(
                    Arrays.copyOfRange(decoder.buffer, decoder.start, Math.min(decoder.end, decoder.start + 16))));
        }
        return out;
    }
}

package io.sxalable.driver.routeros.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One reply sentence of the router: {@code !re} (one item of data), {@code !done} (the command finished; may carry
 * {@code =ret=}), {@code !trap} (the command failed: {@code =message=}, sometimes {@code =category=}),
 * {@code !fatal} (the router closes the connection; the reason follows as a plain word) or {@code !empty}
 * (RouterOS 7.18+: a print that matched nothing).
 *
 * <p>Example: words {@code ["!re", "=.id=*1", "=name=ether1", ".tag=7"]} →
 * {@code Reply("!re", {".id": "*1", "name": "ether1"}, Optional["7"])}.
 *
 * @param type       the first word, e.g. {@code "!re"}
 * @param attributes {@code =key=value} words in order; the key ends at the second {@code '='}, the value may contain more
 * @param tag        the {@code .tag=} the command was sent with, if any
 */
public record Reply(String type, Map<String, String> attributes, Optional<String> tag) {

    public static final String RE = "!re";
    public static final String DONE = "!done";
    public static final String TRAP = "!trap";
    public static final String FATAL = "!fatal";
    public static final String EMPTY = "!empty";

    public Reply {
        Objects.requireNonNull(type, "type");
        attributes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
        Objects.requireNonNull(tag, "tag");
    }

    /** Parses the words of one reply sentence. */
    public static Reply parse(List<String> words) throws MalformedApiException {
        if (words.isEmpty()) {
            throw new MalformedApiException("empty reply sentence");
        }
        String type = words.get(0);
        if (!type.startsWith("!")) {
            throw new MalformedApiException("reply does not start with a reply word (!re, !done, ...): '"
                    + excerpt(type) + "'");
        }
        Map<String, String> attributes = new LinkedHashMap<>();
        String tag = null;
        for (String word : words.subList(1, words.size())) {
            if (word.startsWith("=")) {
                int eq = word.indexOf('=', 1);
                if (eq < 0) {
                    attributes.put(word.substring(1), "");   // "=flag" without a value
                } else {
                    attributes.put(word.substring(1, eq), word.substring(eq + 1));
                }
            } else if (word.startsWith(".tag=")) {
                tag = word.substring(5);
            } else if (type.equals(FATAL) && !attributes.containsKey("message")) {
                attributes.put("message", word);   // "!fatal" "session terminated on request"
            }
            // other API attribute words (".section=...") carry nothing we use
        }
        return new Reply(type, attributes, Optional.ofNullable(tag));
    }

    public boolean is(String replyType) {
        return type.equals(replyType);
    }

    /** The {@code =message=} of a trap or fatal, or {@code ""}. */
    public String message() {
        return attributes.getOrDefault("message", "");
    }

    static String excerpt(String text) {
        return text.length() <= 60 ? text : text.substring(0, 60) + "...";
    }
}

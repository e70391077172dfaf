package io.sxalable.driver.routeros.config;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The lexical layer of RouterOS console scripts as {@code /export} writes them: logical lines (a trailing
 * {@code \} continues a line, the next line's indentation is dropped), words separated by blanks,
 * {@code key=value} words whose value may be quoted, and {@code [ ... ]} command substitutions such as
 * {@code [ find default-name=ether1 ]}.
 *
 * <p>Quoted values know RouterOS's escapes: {@code \"}, {@code \\}, {@code \$}, {@code \?}, {@code \_} (space),
 * {@code \n}, {@code \r}, {@code \t} and {@code \HH} (one byte in hex; sequences of them are UTF-8). {@link #quote}
 * writes values back the way export does: bare when they only contain safe characters, otherwise in quotes.
 */
public final class ScriptSyntax {

    private ScriptSyntax() {
    }

    /** One token of a line. */
    public sealed interface Token permits Word, KeyValue, Group {
    }

    /** A bare word: a menu name ({@code /ip}, {@code address}), a verb ({@code add}), an item name. */
    public record Word(String text) implements Token {
        public Word {
            Objects.requireNonNull(text);
        }
    }

    /** {@code key=value}; the value is unquoted and unescaped. */
    public record KeyValue(String key, String value) implements Token {
        public KeyValue {
            Objects.requireNonNull(key);
            Objects.requireNonNull(value);
        }
    }

    /** {@code [ ... ]}: the tokens inside the brackets. */
    public record Group(List<Token> tokens) implements Token {
        public Group {
            tokens = List.copyOf(tokens);
        }
    }

    /** A logical line and the number (1-based) of the physical line it starts on. */
    public record Line(int number, String text) {
    }

    /** Thrown for text that cannot be tokenised (unbalanced quotes or brackets). */
    public static final class SyntaxException extends Exception {
        private static final long serialVersionUID = 1L;

        public SyntaxException(String message) {
            super(message);
        }
    }

    /** Splits {@code script} into logical lines, joining {@code \}-continued lines; blank lines are dropped. */
    public static List<Line> lines(String script) {
        String text = script.replace("\r\n", "\n").replace('\r', '\n');
        List<Line> out = new ArrayList<>();
        StringBuilder current = null;
        int startLine = 0;
        String[] physical = text.split("\n", -1);
        for (int i = 0; i < physical.length; i++) {
            String raw = physical[i];
            String part = current == null ? raw.strip() : raw.stripLeading();
            if (current == null) {
                current = new StringBuilder();
                startLine = i + 1;
            }
            String trimmed = part.stripTrailing();
            if (trimmed.endsWith("\\") && !trimmed.endsWith("\\\\") && !trimmed.startsWith("#")) {
                current.append(trimmed, 0, trimmed.length() - 1);
                continue;
            }
            current.append(trimmed);
            if (!current.toString().isBlank()) {
                out.add(new Line(startLine, current.toString().strip()));
            }
            current = null;
        }
        if (current != null && !current.toString().isBlank()) {
            out.add(new Line(startLine, current.toString().strip()));
        }
        return out;
    }

    /** The tokens of one logical line. */
    public static List<Token> tokenize(String line) throws SyntaxException {
        int[] pos = {0};
        List<Token> tokens = tokens(line, pos, false);
        return tokens;
    }

    private static List<Token> tokens(String s, int[] pos, boolean inGroup) throws SyntaxException {
        List<Token> out = new ArrayList<>();
        while (true) {
            while (pos[0] < s.length() && Character.isWhitespace(s.charAt(pos[0]))) {
                pos[0]++;
            }
            if (pos[0] >= s.length()) {
                if (inGroup) {
                    throw new SyntaxException("missing ']'");
                }
                return out;
            }
            char c = s.charAt(pos[0]);
            if (c == '[') {
                pos[0]++;
                out.add(new Group(tokens(s, pos, true)));
                continue;
            }
            if (c == ']') {
                if (!inGroup) {
                    throw new SyntaxException("unexpected ']'");
                }
                pos[0]++;
                return out;
            }
            out.add(word(s, pos));
        }
    }

    private static Token word(String s, int[] pos) throws SyntaxException {
        int start = pos[0];
        StringBuilder key = new StringBuilder();
        while (pos[0] < s.length()) {
            char c = s.charAt(pos[0]);
            if (Character.isWhitespace(c) || c == '[' || c == ']') {
                return new Word(unescape(key.toString()));
            }
            if (c == '"' && key.length() == 0) {
                // a quoted bare word, e.g. an item name: "my bridge"
                pos[0]++;
                return new Word(quoted(s, pos));
            }
            if (c == '"') {
                pos[0]++;
                key.append(quoted(s, pos));   // an expression such as name~"x": kept as one word
                continue;
            }
            if (c == '=' && key.length() > 0) {
                pos[0]++;
                return new KeyValue(key.toString(), value(s, pos));
            }
            key.append(c);
            pos[0]++;
        }
        if (key.length() == 0) {
            throw new SyntaxException("empty word at column " + (start + 1));
        }
        return new Word(unescape(key.toString()));
    }

    private static String value(String s, int[] pos) throws SyntaxException {
        if (pos[0] < s.length() && s.charAt(pos[0]) == '"') {
            pos[0]++;
            return quoted(s, pos);
        }
        StringBuilder raw = new StringBuilder();
        while (pos[0] < s.length()) {
            char c = s.charAt(pos[0]);
            if (Character.isWhitespace(c) || c == ']') {
                break;
            }
            if (c == '\\' && pos[0] + 1 < s.length()) {
                raw.append(c).append(s.charAt(pos[0] + 1));
                pos[0] += 2;
                continue;
            }
            raw.append(c);
            pos[0]++;
        }
        return unescape(raw.toString());
    }

    private static String quoted(String s, int[] pos) throws SyntaxException {
        StringBuilder raw = new StringBuilder();
        while (pos[0] < s.length()) {
            char c = s.charAt(pos[0]);
            if (c == '\\' && pos[0] + 1 < s.length()) {
                raw.append(c).append(s.charAt(pos[0] + 1));
                pos[0] += 2;
                continue;
            }
            if (c == '"') {
                pos[0]++;
                return unescape(raw.toString());
            }
            raw.append(c);
            pos[0]++;
        }
        throw new SyntaxException("missing closing '\"'");
    }

    /** Resolves RouterOS escapes; {@code \HH} bytes are collected and decoded as UTF-8. */
    static String unescape(String raw) {
        if (raw.indexOf('\\') < 0) {
            return raw;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c != '\\' || i + 1 >= raw.length()) {
                bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
                continue;
            }
            char n = raw.charAt(i + 1);
            if (i + 2 < raw.length() && isHex(n) && isHex(raw.charAt(i + 2))) {
                bytes.write(Integer.parseInt(raw.substring(i + 1, i + 3), 16));
                i += 2;
                continue;
            }
            i++;
            switch (n) {
                case 'n' -> bytes.write('\n');
                case 'r' -> bytes.write('\r');
                case 't' -> bytes.write('\t');
                case '_' -> bytes.write(' ');
                case 'a' -> bytes.write(7);
                case 'b' -> bytes.write(8);
                case 'f' -> bytes.write(12);
                case 'v' -> bytes.write(11);
                default -> bytes.writeBytes(String.valueOf(n).getBytes(StandardCharsets.UTF_8));
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static boolean isHex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'F') || (c >= 'a' && c <= 'f');
    }

    /**
     * A value as {@code /export} writes it: bare when it only has letters, digits and {@code - _ . : / , * + @ !},
     * otherwise quoted, with {@code " \ $ ?} escaped and control or non-ASCII bytes as {@code \HH}.
     */
    public static String quote(String value) {
        if (!value.isEmpty() && value.chars().allMatch(ScriptSyntax::bare)) {
            return value;
        }
        StringBuilder out = new StringBuilder("\"");
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int u = b & 0xFF;
            switch (u) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '$' -> out.append("\\$");
                case '?' -> out.append("\\?");
                default -> {
                    if (u < 0x20 || u >= 0x7F) {
                        out.append('\\').append(String.format("%02X", u));
                    } else {
                        out.append((char) u);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    private static boolean bare(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || "-_.:/,*+@!".indexOf(c) >= 0;
    }
}

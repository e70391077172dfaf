package io.sxalable.testing.sim.junos.config;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses Junos curly-brace configuration text ({@code show configuration}, {@code load merge terminal}) into a
 * {@link ConfigNode} tree: statements end with {@code ;} or open a {@code { ... }} block; words may be
 * double-quoted; {@code [ a b ]} lists stay words of their statement; {@code #} comments (including Junos's
 * {@code ## Last commit} header and {@code ## SECRET-DATA} markers) and {@code /* ... *}{@code /} annotations are
 * dropped; {@code inactive:}, {@code delete:} and {@code replace:} tags are recognised.
 *
 * <p>Structural errors are reported the way Junos reports a bad text load: {@code syntax error} with the
 * offending token as bad element. The schema check for known hierarchies is {@link ConfigSchema}'s job.
 */
public final class ConfigParser {

    private final String text;
    private int pos;
    private int line = 1;

    private ConfigParser(String text) {
        this.text = text;
    }

    public static ConfigNode parse(String text) throws ConfigSyntaxException {
        ConfigParser p = new ConfigParser(text);
        ConfigNode root = ConfigNode.root();
        p.statements(root, new ArrayList<>(), true);
        return root;
    }

    private void statements(ConfigNode parent, List<String> path, boolean top) throws ConfigSyntaxException {
        while (true) {
            String token = next();
            if (token == null) {
                if (!top) {
                    throw error("missing '}'", "}", path);
                }
                return;
            }
            if (token.equals("}")) {
                if (top) {
                    throw error("syntax error", "}", path);
                }
                return;
            }
            ConfigNode.Tag tag = ConfigNode.Tag.NONE;
            boolean inactive = false;
            while (token != null && isTag(token)) {
                switch (token) {
                    case "delete:" -> tag = ConfigNode.Tag.DELETE;
                    case "replace:" -> tag = ConfigNode.Tag.REPLACE;
                    case "inactive:" -> inactive = true;
                    default -> { /* active:, protect: and friends: accepted, not modelled */ }
                }
                token = next();
            }
            if (token == null || token.equals("{") || token.equals(";") || token.equals("}")) {
                throw error("syntax error", token == null ? "" : token, path);
            }
            List<String> words = new ArrayList<>();
            words.add(unquote(token));
            String end;
            while (true) {
                String t = next();
                if (t == null) {
                    throw error("syntax error", words.get(words.size() - 1), path);
                }
                if (t.equals(";") || t.equals("{")) {
                    end = t;
                    break;
                }
                if (t.equals("}")) {
                    throw error("syntax error", words.get(0), path);
                }
                words.add(unquote(t));
            }
            ConfigNode node = ConfigNode.of(words, List.of());
            node.tag(tag);
            node.inactive(inactive);
            if (end.equals("{")) {
                List<String> childPath = new ArrayList<>(path);
                childPath.add(String.join(" ", words));
                statements(node, childPath, false);
            }
            parent.children().add(node);
        }
    }

    private static boolean isTag(String token) {
        return token.endsWith(":") && token.length() > 1 && Character.isLetter(token.charAt(0))
                && token.chars().limit(token.length() - 1).allMatch(c -> Character.isLetter(c) || c == '-');
    }

    /** The next token: a word, a quoted string (kept with its quotes), or one of {@code { } ;}. */
    private String next() throws ConfigSyntaxException {
        skipSpaceAndComments();
        if (pos >= text.length()) {
            return null;
        }
        char c = text.charAt(pos);
        if (c == '{' || c == '}' || c == ';') {
            pos++;
            return String.valueOf(c);
        }
        if (c == '"') {
            int start = pos;
            pos++;
            while (pos < text.length() && text.charAt(pos) != '"') {
                if (text.charAt(pos) == '\\' && pos + 1 < text.length()) {
                    pos++;
                }
                if (text.charAt(pos) == '\n') {
                    line++;
                }
                pos++;
            }
            if (pos >= text.length()) {
                throw new ConfigSyntaxException("syntax error", text.substring(start, Math.min(text.length(), start + 20)),
                        "[edit]", line);
            }
            pos++;
            return text.substring(start, pos);
        }
        int start = pos;
        while (pos < text.length()) {
            char d = text.charAt(pos);
            if (Character.isWhitespace(d) || d == '{' || d == '}' || d == ';' || d == '"') {
                break;
            }
            pos++;
        }
        return text.substring(start, pos);
    }

    private void skipSpaceAndComments() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '\n') {
                line++;
                pos++;
            } else if (Character.isWhitespace(c)) {
                pos++;
            } else if (c == '#') {
                while (pos < text.length() && text.charAt(pos) != '\n') {
                    pos++;
                }
            } else if (c == '/' && pos + 1 < text.length() && text.charAt(pos + 1) == '*') {
                int end = text.indexOf("*/", pos + 2);
                int stop = end < 0 ? text.length() : end + 2;
                for (int i = pos; i < stop; i++) {
                    if (text.charAt(i) == '\n') {
                        line++;
                    }
                }
                pos = stop;
            } else {
                return;
            }
        }
    }

    static String unquote(String token) {
        if (token.length() >= 2 && token.startsWith("\"") && token.endsWith("\"")) {
            StringBuilder sb = new StringBuilder();
            for (int i = 1; i < token.length() - 1; i++) {
                char c = token.charAt(i);
                if (c == '\\' && i + 1 < token.length() - 1) {
                    c = token.charAt(++i);
                }
                sb.append(c);
            }
            return sb.toString();
        }
        return token;
    }

    private ConfigSyntaxException error(String message, String bad, List<String> path) {
        return new ConfigSyntaxException(message, bad, editPath(path), line);
    }

    /** {@code [edit]} or {@code [edit interfaces ge-0/0/0]}. */
    public static String editPath(List<String> path) {
        return path.isEmpty() ? "[edit]" : "[edit " + String.join(" ", path) + "]";
    }
}

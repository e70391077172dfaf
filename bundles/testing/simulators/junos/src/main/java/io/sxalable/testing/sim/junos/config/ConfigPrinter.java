package io.sxalable.testing.sim.junos.config;

import java.util.List;
import java.util.Set;

/**
 * Prints a tree the way {@code show configuration} does: four spaces per level, {@code name {} ... {@code }}},
 * {@code keyword value;} leaves, empty containers as leaves ({@code family inet;}), {@code inactive:} prefixes,
 * words quoted when they hold blanks or shell-special characters ({@code description "to r2";}) and
 * {@code ## SECRET-DATA} after secrets.
 */
public final class ConfigPrinter {

    /** Leaves whose value Junos marks with {@code ## SECRET-DATA}. */
    private static final Set<String> SECRETS = Set.of("encrypted-password", "secret", "authentication-key",
            "pre-shared-key", "simple-password", "md5");

    private ConfigPrinter() {
    }

    /** The whole tree, one statement per line, ending with a newline (or {@code ""} for an empty tree). */
    public static String print(ConfigNode root) {
        StringBuilder sb = new StringBuilder();
        for (ConfigNode c : root.children()) {
            print(sb, c, 0, "");
        }
        return sb.toString();
    }

    /** One statement and its subtree at {@code depth}, each line prefixed with {@code prefix} (the diff sign). */
    static void print(StringBuilder sb, ConfigNode node, int depth, String prefix) {
        printIndented(sb, node, prefix, " ".repeat(4 * depth));
    }

    static void printIndented(StringBuilder sb, ConfigNode node, String prefix, String indent) {
        sb.append(prefix).append(indent);
        if (node.inactive()) {
            sb.append("inactive: ");
        }
        sb.append(header(node.words()));
        if (node.children().isEmpty()) {
            sb.append(';');
            if (SECRETS.contains(node.keyword())) {
                sb.append(" ## SECRET-DATA");
            }
            sb.append('\n');
            return;
        }
        sb.append(" {\n");
        for (ConfigNode c : node.children()) {
            printIndented(sb, c, prefix, indent + "    ");
        }
        sb.append(prefix).append(indent).append("}\n");
    }

    static String header(List<String> words) {
        StringBuilder sb = new StringBuilder();
        for (String w : words) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(quote(w));
        }
        return sb.toString();
    }

    static String quote(String word) {
        if (word.equals("[") || word.equals("]")) {
            return word;
        }
        boolean plain = !word.isEmpty();
        for (int i = 0; i < word.length() && plain; i++) {
            char c = word.charAt(i);
            plain = !(Character.isWhitespace(c) || "{};#\"'$()&|!*<>=\\`".indexOf(c) >= 0);
        }
        if (plain) {
            return word;
        }
        return '"' + word.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}

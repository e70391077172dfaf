package io.sxalable.driver.ciscoios.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * IOS configuration text as a tree of lines, by indentation (the rule every IOS config file follows: a sub-mode's
 * commands are indented one space more than the command that opened it). Keeps every line as written, comment
 * lines ({@code !}) included, so that {@link #render()} gives back the input.
 *
 * <p>{@link #merge(String)} previews a {@code configure terminal} merge without touching the device: new lines are
 * added under their parents, {@code no ...} lines remove what they negate, and a few single-valued commands
 * ({@code hostname}, {@code description}, a primary {@code ip address}, ...) replace their old value. It is a
 * preview for {@code compare()}: the device decides at commit.
 */
public final class ConfigText {

    /** One line and the lines indented under it. */
    static final class Node {
        final String text;     // the line as written, indentation included
        final int indent;
        final List<Node> children = new ArrayList<>();

        Node(String text) {
            this.text = text;
            this.indent = text.length() - text.stripLeading().length();
        }

        String command() {
            return text.strip();
        }

        boolean comment() {
            String c = command();
            return c.equals("!") || c.startsWith("! ") || c.isEmpty();
        }
    }

    /** Commands with one value per parent: a new value replaces the old line with the same key. */
    private static final List<Pattern> SINGLE_VALUED = List.of(
            Pattern.compile("^(hostname) "), Pattern.compile("^(description) "), Pattern.compile("^(mtu) "),
            Pattern.compile("^(ip mtu) "), Pattern.compile("^(bandwidth) "), Pattern.compile("^(vrf forwarding) "),
            Pattern.compile("^(ip address) (?!.* secondary$)(?!dhcp)"), Pattern.compile("^(bgp router-id) "),
            Pattern.compile("^(neighbor \\S+ remote-as) "), Pattern.compile("^(neighbor \\S+ description) "),
            Pattern.compile("^(neighbor \\S+ update-source) "), Pattern.compile("^(enable secret) "),
            Pattern.compile("^(ip domain name) "), Pattern.compile("^(rd) "), Pattern.compile("^(speed) "),
            Pattern.compile("^(duplex) "), Pattern.compile("^(encapsulation dot1Q) "));

    private final Node root = new Node("");

    private ConfigText() {
    }

    /** Parses configuration text (any line ends). */
    public static ConfigText parse(String text) {
        ConfigText config = new ConfigText();
        List<Node> stack = new ArrayList<>();
        stack.add(config.root);
        for (String line : lines(text)) {
            Node node = new Node(line);
            while (stack.size() > 1 && stack.get(stack.size() - 1).indent >= node.indent) {
                stack.remove(stack.size() - 1);
            }
            stack.get(stack.size() - 1).children.add(node);
            stack.add(node);
        }
        return config;
    }

    private static List<String> lines(String text) {
        String t = text.replace("\r\n", "\n").replace('\r', '\n');
        List<String> lines = new ArrayList<>(List.of(t.split("\n", -1)));
        if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }

    /** The text again, one {@code \n} after every line. */
    public String render() {
        StringBuilder out = new StringBuilder();
        render(root, out);
        return out.toString();
    }

    private static void render(Node node, StringBuilder out) {
        for (Node c : node.children) {
            out.append(c.text).append('\n');
            render(c, out);
        }
    }

    /**
     * This configuration with {@code snippet} merged in, as {@code configure terminal} would leave it (a preview:
     * see the class comment). Comment lines and a final {@code end} of the snippet are ignored.
     */
    public String merge(String snippet) {
        ConfigText merged = parse(render());
        ConfigText change = parse(snippet);
        merged.mergeInto(merged.root, change.root.children, true);
        return merged.render();
    }

    private void mergeInto(Node target, List<Node> additions, boolean top) {
        for (Node add : additions) {
            String command = add.command();
            if (add.comment() || (top && command.equals("end"))) {
                continue;
            }
            if (command.startsWith("no ")) {
                String negated = command.substring(3).strip();
                target.children.removeIf(c -> c.command().equals(negated) || c.command().startsWith(negated + " "));
                continue;
            }
            Optional<Node> existing = target.children.stream().filter(c -> c.command().equals(command)).findFirst();
            if (existing.isPresent()) {
                mergeInto(existing.get(), add.children, false);
                continue;
            }
            singleValueKey(command).ifPresent(key -> target.children.removeIf(c -> singleValueKey(c.command())
                    .filter(key::equals).isPresent()));
            Node copy = reindent(add, target == root ? 0 : target.indent + 1);
            insert(target, copy, top);
        }
    }

    private static Optional<String> singleValueKey(String command) {
        for (Pattern p : SINGLE_VALUED) {
            Matcher m = p.matcher(command);
            if (m.find()) {
                return Optional.of(m.group(1));
            }
        }
        return Optional.empty();
    }

    /**
     * Where IOS would print a new line: after the last sibling starting with the same word ({@code interface},
     * {@code neighbor}, {@code ip}); otherwise new top-level blocks go before {@code end} with a {@code !} after
     * them, new lines before the sub-blocks of their parent.
     */
    private void insert(Node target, Node node, boolean top) {
        List<Node> children = target.children;
        String word = node.command().split("\\s+", 2)[0];
        for (int i = children.size() - 1; i >= 0; i--) {
            Node c = children.get(i);
            if (!c.comment() && c.command().split("\\s+", 2)[0].equals(word)
                    && c.children.isEmpty() == node.children.isEmpty()) {
                int at = i + 1;
                if (top && !c.children.isEmpty() && at < children.size() && children.get(at).comment()) {
                    children.add(at + 1, node);          // after the "!" that closes the previous block
                    children.add(at + 2, new Node("!"));
                    return;
                }
                children.add(at, node);
                return;
            }
        }
        if (top) {
            int end = children.size();
            if (end > 0 && children.get(end - 1).command().equals("end")) {
                end--;
            }
            children.add(end, node);
            if (!node.children.isEmpty()) {
                children.add(end + 1, new Node("!"));
            }
            return;
        }
        if (!node.children.isEmpty()) {
            children.add(node);
            return;
        }
        int at = 0;
        for (int i = 0; i < children.size(); i++) {
            Node c = children.get(i);
            if (!c.children.isEmpty() || c.comment()) {
                break;
            }
            at = i + 1;
        }
        children.add(at, node);
    }

    private static Node reindent(Node node, int indent) {
        Node copy = new Node(" ".repeat(indent) + node.command());
        for (Node c : node.children) {
            if (!c.comment()) {
                copy.children.add(reindent(c, indent + 1));
            }
        }
        return copy;
    }

    /**
     * The lines to type in {@code configure terminal} for {@code snippet}: indentation removed, an {@code exit}
     * after every block so that each command lands in the mode its indentation says (IOS would otherwise try the
     * current sub-mode first). Comments, {@code end} and {@code exit-address-family} (replaced by the generated
     * {@code exit}) are dropped.
     */
    public static List<String> commands(String snippet) {
        List<String> out = new ArrayList<>();
        commands(parse(snippet.replace('\t', ' ')).root.children, out);
        return out;
    }

    private static void commands(List<Node> nodes, List<String> out) {
        for (Node n : nodes) {
            String c = n.command();
            if (n.comment() || c.equals("end") || c.equals("exit-address-family")) {
                continue;
            }
            out.add(c);
            List<Node> children = n.children.stream().filter(x -> !x.comment()
                    && !x.command().equals("exit-address-family")).toList();
            if (!children.isEmpty()) {
                commands(children, out);
                out.add("exit");
            }
        }
    }

    // ------------------------------------------------------------------------------------------------------------
    // Queries
    // ------------------------------------------------------------------------------------------------------------

    /** The commands directly under the top-level line {@code parent} (e.g. {@code interface Loopback0}), stripped. */
    public List<String> childrenOf(String parent) {
        return root.children.stream().filter(c -> c.command().equals(parent)).findFirst()
                .map(n -> n.children.stream().map(Node::command).toList()).orElse(List.of());
    }

    /** Top-level commands starting with {@code prefix}, stripped. */
    public List<String> topLevel(String prefix) {
        return root.children.stream().map(Node::command).filter(c -> c.startsWith(prefix)).toList();
    }

    /**
     * The blocks under the first top-level line starting with {@code parent} whose command starts with
     * {@code prefix}, each as its command and its children's commands (e.g. the address families of
     * {@code router bgp}).
     */
    public List<Block> blocksUnder(String parent, String prefix) {
        List<Block> blocks = new ArrayList<>();
        root.children.stream().filter(c -> c.command().startsWith(parent)).findFirst().ifPresent(p -> {
            for (Node c : p.children) {
                if (c.command().startsWith(prefix)) {
                    blocks.add(new Block(c.command(), c.children.stream().map(Node::command).toList()));
                }
            }
        });
        return blocks;
    }

    /** A configuration block: its opening command and the commands directly under it. */
    public record Block(String command, List<String> children) {
    }
}

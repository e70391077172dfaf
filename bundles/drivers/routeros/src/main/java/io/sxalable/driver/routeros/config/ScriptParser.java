package io.sxalable.driver.routeros.config;

import io.sxalable.driver.routeros.config.ScriptSyntax.Group;
import io.sxalable.driver.routeros.config.ScriptSyntax.KeyValue;
import io.sxalable.driver.routeros.config.ScriptSyntax.Line;
import io.sxalable.driver.routeros.config.ScriptSyntax.SyntaxException;
import io.sxalable.driver.routeros.config.ScriptSyntax.Token;
import io.sxalable.driver.routeros.config.ScriptSyntax.Word;
import io.sxalable.sdk.driver.ConfigRejectedException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Parses RouterOS console script text in the syntax {@code /export} writes — menu lines ({@code /ip address})
 * followed by commands ({@code add address=10.0.0.1/24 interface=ether2}), or the menu inline
 * ({@code /ip address add ...}, {@code /ip/address/add ...}) — into {@link ScriptCommand}s of the supported
 * {@link Section}s. A pure function.
 *
 * <p>Strict mode ({@link #parse}) rejects every line it cannot translate faithfully — an unsupported menu, verb
 * or attribute, console item numbers, {@code find} expressions other than equality, scripting ({@code :local},
 * {@code :foreach}) — with a {@link ConfigRejectedException} that names each such line. Lenient mode
 * ({@link #parseSupported}) reads a whole running export and keeps only the supported sections.
 */
public final class ScriptParser {

    private static final Set<String> VERBS = Set.of("add", "set", "remove", "unset", "enable", "disable", "print",
            "export", "find", "edit", "move", "comment", "reset", "reset-counters", "monitor", "get", "import");
    private static final Pattern ATTRIBUTE = Pattern.compile("[a-z0-9][a-z0-9.-]*");
    private static final Pattern NUMBERS = Pattern.compile("\\d+(,\\d+)*");

    private ScriptParser() {
    }

    /** Every command of {@code script}; any line that is not a supported command → {@link ConfigRejectedException}. */
    public static List<ScriptCommand> parse(String script) throws ConfigRejectedException {
        List<String> problems = new ArrayList<>();
        List<ScriptCommand> commands = parse(script, problems);
        if (!problems.isEmpty()) {
            throw new ConfigRejectedException("RouterOS script not applied; " + problems.size()
                    + (problems.size() == 1 ? " line is" : " lines are") + " not supported by the driver:\n  "
                    + String.join("\n  ", problems));
        }
        return commands;
    }

    /** The commands of the supported sections of a full export; other sections are skipped. */
    public static List<ScriptCommand> parseSupported(String export) {
        return parse(export, new ArrayList<>());
    }

    private static List<ScriptCommand> parse(String script, List<String> problems) {
        List<ScriptCommand> out = new ArrayList<>();
        List<String> menu = null;
        for (Line line : ScriptSyntax.lines(script)) {
            String text = line.text();
            if (text.startsWith("#")) {
                continue;
            }
            String where = "line " + line.number() + ": " + excerpt(text) + ": ";
            if (text.startsWith(":")) {
                problems.add(where + "scripting commands are not supported");
                continue;
            }
            List<Token> tokens;
            try {
                tokens = ScriptSyntax.tokenize(text);
            } catch (SyntaxException e) {
                problems.add(where + e.getMessage());
                continue;
            }
            int i = 0;
            List<String> path = menu;
            if (tokens.get(0) instanceof Word w && w.text().startsWith("/")) {
                path = new ArrayList<>(Arrays.stream(w.text().split("/")).filter(p -> !p.isEmpty()).toList());
                i = 1;
                while (i < tokens.size() && tokens.get(i) instanceof Word next && !VERBS.contains(next.text())
                        && !next.text().startsWith("/")) {
                    path.add(next.text());
                    i++;
                }
                boolean verbFollows = i < tokens.size() && tokens.get(i) instanceof Word next && VERBS.contains(next.text());
                if (!verbFollows && !path.isEmpty() && VERBS.contains(path.get(path.size() - 1))) {
                    // "/ip/address/add address=...": the verb is the last element of the path
                    List<Token> rest = new ArrayList<>();
                    rest.add(new Word(path.remove(path.size() - 1)));
                    rest.addAll(tokens.subList(i, tokens.size()));
                    command(line, path, rest, problems).ifPresent(out::add);
                    continue;
                }
                if (i == tokens.size()) {
                    menu = path;   // a menu line: "/ip address"
                    continue;
                }
            }
            if (path == null) {
                problems.add(where + "command outside a menu (start with a menu line such as /ip address)");
                continue;
            }
            command(line, path, tokens.subList(i, tokens.size()), problems).ifPresent(out::add);
        }
        return out;
    }

    private static Optional<ScriptCommand> command(Line line, List<String> path, List<Token> tokens,
                                                   List<String> problems) {
        String where = "line " + line.number() + ": " + excerpt(line.text()) + ": ";
        String menu = "/" + String.join(" ", path);
        if (tokens.isEmpty() || !(tokens.get(0) instanceof Word verbWord)) {
            problems.add(where + "expected a command (add, set, remove, ...)");
            return Optional.empty();
        }
        String verb = verbWord.text();
        Optional<Section> section = Section.of(path);
        if (section.isEmpty()) {
            problems.add(where + "menu " + menu + " is not supported (supported: "
                    + Arrays.stream(Section.values()).map(Section::menu).collect(Collectors.joining(", ")) + ")");
            return Optional.empty();
        }
        Section s = section.get();
        if (!s.verbs().contains(verb)) {
            problems.add(where + "'" + verb + "' is not supported in " + menu + " (supported: "
                    + String.join(", ", s.verbs().stream().sorted().toList()) + ")");
            return Optional.empty();
        }
        List<Token> rest = new ArrayList<>(tokens.subList(1, tokens.size()));
        Optional<Selector> selector = Optional.empty();
        boolean needsSelector = !verb.equals("add") && s.kind() != Section.Kind.SINGLETON;
        if (needsSelector) {
            if (rest.isEmpty()) {
                problems.add(where + "'" + verb + "' needs the items to change: [ find ... ] or a name");
                return Optional.empty();
            }
            Token first = rest.remove(0);
            if (first instanceof Group g) {
                Optional<Selector> found = find(g, where, problems);
                if (found.isEmpty()) {
                    return Optional.empty();
                }
                selector = found;
            } else if (first instanceof Word w) {
                if (NUMBERS.matcher(w.text()).matches()) {
                    problems.add(where + "console item numbers do not exist on the RouterOS API; use [ find ... ]");
                    return Optional.empty();
                }
                selector = Optional.of(Selector.named(w.text()));
            } else if (first instanceof KeyValue kv && kv.key().equals("numbers")) {
                if (NUMBERS.matcher(kv.value()).matches()) {
                    problems.add(where + "console item numbers do not exist on the RouterOS API; use [ find ... ]");
                    return Optional.empty();
                }
                selector = Optional.of(Selector.named(kv.value()));
            } else {
                problems.add(where + "'" + verb + "' needs the items to change first: [ find ... ] or a name");
                return Optional.empty();
            }
        }
        Map<String, String> attributes = new LinkedHashMap<>();
        List<String> valueNames = new ArrayList<>();
        String previousKey = null;
        for (Token t : rest) {
            if (t instanceof KeyValue kv) {
                String key = kv.key();
                if (key.startsWith(".")) {
                    if (previousKey == null || previousKey.indexOf('.') < 0) {
                        problems.add(where + "'" + key + "' continues no dotted attribute");
                        return Optional.empty();
                    }
                    key = previousKey.substring(0, previousKey.indexOf('.')) + key;
                }
                if (verb.equals("unset") && key.equals("value-name")) {
                    valueNames.addAll(Arrays.stream(kv.value().split(",")).map(String::strip).toList());
                    continue;
                }
                if (!ATTRIBUTE.matcher(key).matches()) {
                    problems.add(where + "'" + key + "' is not an attribute name");
                    return Optional.empty();
                }
                attributes.put(key, kv.value());
                previousKey = key;
            } else if (t instanceof Word w && verb.equals("unset")) {
                valueNames.add(w.text());
            } else {
                problems.add(where + "unexpected " + describe(t) + " (only key=value attributes may follow)");
                return Optional.empty();
            }
        }
        if ((verb.equals("enable") || verb.equals("disable") || verb.equals("remove")) && !attributes.isEmpty()) {
            problems.add(where + "'" + verb + "' takes no attributes");
            return Optional.empty();
        }
        if (verb.equals("unset") && (valueNames.isEmpty() || !attributes.isEmpty())) {
            problems.add(where + "'unset' takes the names of the attributes to reset, e.g. unset [ find ... ] comment");
            return Optional.empty();
        }
        if ((verb.equals("add") || verb.equals("set")) && attributes.isEmpty()) {
            problems.add(where + "'" + verb + "' without attributes");
            return Optional.empty();
        }
        if (!s.onlyAttributes().isEmpty()) {
            List<String> others = new ArrayList<>();
            attributes.keySet().stream().filter(k -> !s.onlyAttributes().contains(k)).forEach(others::add);
            valueNames.stream().filter(k -> !s.onlyAttributes().contains(k)).forEach(others::add);
            if (!others.isEmpty()) {
                problems.add(where + "attribute(s) " + String.join(", ", others) + " not supported in " + s.menu()
                        + " (supported: " + String.join(", ", s.onlyAttributes().stream().sorted().toList()) + ")");
                return Optional.empty();
            }
        }
        return Optional.of(new ScriptCommand(line.number(), line.text(), s, verb, selector, attributes, valueNames));
    }

    private static Optional<Selector> find(Group group, String where, List<String> problems) {
        List<Token> t = group.tokens();
        if (t.isEmpty() || !(t.get(0) instanceof Word w) || !w.text().equals("find")) {
            problems.add(where + "only [ find ... ] is supported inside brackets");
            return Optional.empty();
        }
        int i = 1;
        if (i < t.size() && t.get(i) instanceof Word where2 && where2.text().equals("where")) {
            i++;
        }
        Map<String, String> criteria = new LinkedHashMap<>();
        for (; i < t.size(); i++) {
            if (t.get(i) instanceof KeyValue kv && ATTRIBUTE.matcher(kv.key()).matches()) {
                criteria.put(kv.key(), kv.value());
            } else if (t.get(i) instanceof Word and && and.text().equals("and")) {
                continue;
            } else {
                problems.add(where + "only equality criteria are supported in [ find ... ] (k=v, joined by blanks or 'and')");
                return Optional.empty();
            }
        }
        return Optional.of(Selector.find(criteria));
    }

    private static String describe(Token t) {
        if (t instanceof Word w) {
            return "'" + w.text() + "'";
        }
        if (t instanceof Group) {
            return "[ ... ]";
        }
        return "'" + ((KeyValue) t).key() + "=...'";
    }

    private static String excerpt(String text) {
        return text.length() <= 80 ? text : text.substring(0, 77) + "...";
    }
}

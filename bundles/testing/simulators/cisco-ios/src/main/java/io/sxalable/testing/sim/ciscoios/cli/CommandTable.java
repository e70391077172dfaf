package io.sxalable.testing.sim.ciscoios.cli;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The commands of one CLI mode and IOS's way of matching a typed line against them: keywords by unique prefix,
 * {@code % Ambiguous command} when a prefix fits several keywords, {@code % Incomplete command.} when the line
 * stops early, and {@code % Invalid input detected at '^' marker.} pointing at the first token nothing accepts.
 *
 * @param <T> what a matched command carries (its handler or config definition)
 */
public final class CommandTable<T> {

    /** One entry: a pattern and its payload. */
    public record Entry<T>(Syntax syntax, T payload) {
    }

    /** Outcome of matching one line. */
    public sealed interface Result<T> permits Matched, Ambiguous, Incomplete, Invalid {
    }

    /**
     * A complete match.
     *
     * @param tokens canonical tokens, one per element (a {@code <line>} element holds the rest of the line)
     * @param values the canonical values of the parameters only, in order
     */
    public record Matched<T>(Entry<T> entry, List<String> tokens, List<String> values) implements Result<T> {
        public T payload() {
            return entry.payload();
        }

        /** The canonical command line, e.g. {@code interface Loopback4711}. */
        public String line() {
            return String.join(" ", tokens);
        }
    }

    /** A prefix that fits several keywords. */
    public record Ambiguous<T>(String input) implements Result<T> {
    }

    /** The line ends before a command is complete. */
    public record Incomplete<T>() implements Result<T> {
    }

    /** Nothing accepts the token starting at {@code column}. */
    public record Invalid<T>(int column) implements Result<T> {
    }

    private final List<Entry<T>> entries = new ArrayList<>();

    /** Adds a pattern; earlier entries win when two patterns match the same line completely. */
    public CommandTable<T> add(String pattern, T payload) {
        entries.add(new Entry<>(Syntax.of(pattern), payload));
        return this;
    }

    public List<Entry<T>> entries() {
        return List.copyOf(entries);
    }

    /** Matches a whole line. */
    public Result<T> match(String line, Interfaces interfaces) {
        return match(line, interfaces, false);
    }

    /**
     * Matches a line; with {@code prefixOnly}, a line that stops early still matches (as a {@link Matched} with
     * fewer tokens than elements) — the {@code no} form of configuration commands uses this.
     */
    public Result<T> match(String line, Interfaces interfaces, boolean prefixOnly) {
        List<int[]> spans = tokens(line);
        if (spans.isEmpty()) {
            return new Incomplete<>();
        }
        List<State<T>> alive = new ArrayList<>();
        for (Entry<T> e : entries) {
            alive.add(new State<>(e));
        }
        for (int i = 0; i < spans.size(); i++) {
            String token = line.substring(spans.get(i)[0], spans.get(i)[1]);
            List<State<T>> next = new ArrayList<>();
            Set<String> keywords = new LinkedHashSet<>();
            boolean exact = false;
            for (State<T> s : alive) {
                if (s.consumedLine) {
                    next.add(s);   // <line> took the rest already
                    continue;
                }
                if (s.done) {
                    continue;      // a finished pattern cannot take another token
                }
                Syntax.Element e = s.entry.syntax().elements().get(s.tokens.size());
                if (e instanceof Syntax.Param p && p.type() == Syntax.Type.LINE) {
                    String rest = line.substring(spans.get(i)[0]).stripTrailing();
                    next.add(s.plus(rest, true, true));
                    continue;
                }
                var accepted = Syntax.accept(e, token, interfaces);
                if (accepted.isEmpty()) {
                    continue;
                }
                if (e instanceof Syntax.Keyword k) {
                    keywords.add(k.word());
                    exact |= k.word().equalsIgnoreCase(token);
                }
                boolean finished = s.tokens.size() + 1 == s.entry.syntax().elements().size();
                next.add(s.plus(accepted.get(), e instanceof Syntax.Param, finished));
            }
            if (keywords.size() > 1 && !exact) {
                return new Ambiguous<>(line.strip());
            }
            if (exact) {
                // "show ip" must not be read as a prefix of another keyword that also starts with the token
                next.removeIf(s -> s.lastWasKeyword() && !s.tokens.get(s.tokens.size() - 1).equalsIgnoreCase(token)
                        && keywords.contains(s.tokens.get(s.tokens.size() - 1)));
            }
            if (next.isEmpty()) {
                return new Invalid<>(spans.get(i)[0]);
            }
            alive = next;
            if (alive.stream().allMatch(s -> s.consumedLine)) {
                break;
            }
        }
        for (State<T> s : alive) {
            if (s.done) {
                return new Matched<>(s.entry, s.tokens, s.values);
            }
        }
        if (prefixOnly && !alive.isEmpty()) {
            State<T> s = alive.get(0);
            return new Matched<>(s.entry, s.tokens, s.values);
        }
        return new Incomplete<>();
    }

    /** Start/end offsets of the whitespace-separated tokens of {@code line}. */
    static List<int[]> tokens(String line) {
        List<int[]> spans = new ArrayList<>();
        int i = 0;
        while (i < line.length()) {
            while (i < line.length() && Character.isWhitespace(line.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < line.length() && !Character.isWhitespace(line.charAt(i))) {
                i++;
            }
            if (i > start) {
                spans.add(new int[] {start, i});
            }
        }
        return spans;
    }

    private static final class State<T> {
        final Entry<T> entry;
        final List<String> tokens;
        final List<String> values;
        final boolean done;
        final boolean consumedLine;
        final boolean lastParam;

        State(Entry<T> entry) {
            this(entry, List.of(), List.of(), entry.syntax().elements().isEmpty(), false, false);
        }

        private State(Entry<T> entry, List<String> tokens, List<String> values, boolean done, boolean consumedLine,
                      boolean lastParam) {
            this.entry = entry;
            this.tokens = tokens;
            this.values = values;
            this.done = done;
            this.consumedLine = consumedLine;
            this.lastParam = lastParam;
        }

        State<T> plus(String canonical, boolean param, boolean finished) {
            List<String> t = new ArrayList<>(tokens);
            t.add(canonical);
            List<String> v = values;
            if (param) {
                v = new ArrayList<>(values);
                v.add(canonical);
            }
            boolean line = param && entry.syntax().elements().get(tokens.size()) instanceof Syntax.Param p
                    && p.type() == Syntax.Type.LINE;
            return new State<>(entry, List.copyOf(t), List.copyOf(v), finished, line, param);
        }

        boolean lastWasKeyword() {
            return !lastParam && !tokens.isEmpty();
        }
    }
}

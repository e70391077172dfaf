package io.sxalable.driver.routeros.parse;

import io.sxalable.driver.routeros.config.ScriptSyntax;
import io.sxalable.driver.routeros.config.ScriptSyntax.Group;
import io.sxalable.driver.routeros.config.ScriptSyntax.KeyValue;
import io.sxalable.driver.routeros.config.ScriptSyntax.Token;
import io.sxalable.driver.routeros.config.ScriptSyntax.Word;
import io.sxalable.sdk.driver.ConfigRejectedException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A read-only console command translated to one API call (the API has no console). Pure.
 *
 * <ul>
 *   <li>{@code <menu> print [detail|terse|brief|without-paging] [stats] [proplist=a,b] [where k=v [and k=v]...]} →
 *       {@code /<menu>/print} with {@code =stats=}, {@code =.proplist=} and {@code ?k=v} queries;</li>
 *   <li>{@code [<menu>] export [terse|verbose|compact]} → the export of the whole config or the menu (read through a file,
 *       like {@code RunningConfigReader});</li>
 *   <li>{@code <menu> monitor <names> once} → {@code /<menu>/monitor =numbers=<names> =once=}.</li>
 * </ul>
 * The menu is written {@code /ip address} or {@code /ip/address}. Anything else (add, set, remove, scripting, a
 * {@code monitor} without {@code once}) is refused without contacting the router.
 *
 * @param menu      API menu path, e.g. {@code /ip/address}; {@code ""} for the root ({@code /export})
 * @param verb      {@code print}, {@code export} or {@code monitor}
 * @param arguments API attribute words
 * @param queries   API query words without {@code ?}
 */
public record CliCommand(String menu, String verb, Map<String, String> arguments, List<String> queries) {

    private static final Set<String> VERBS = Set.of("print", "export", "monitor");
    private static final Set<String> PRINT_FLAGS = Set.of("detail", "terse", "brief", "without-paging", "value-list",
            "as-value");
    private static final Set<String> EXPORT_FLAGS = Set.of("terse", "verbose", "compact", "hide-sensitive");

    public CliCommand {
        arguments = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(arguments));
        queries = List.copyOf(queries);
    }

    /** The API command word, e.g. {@code /ip/address/print}. */
    public String apiCommand() {
        return menu + "/" + verb;
    }

    public static CliCommand parse(String command) throws ConfigRejectedException {
        String text = command == null ? "" : command.strip();
        if (text.isEmpty() || text.contains("\n") || text.contains(";")) {
            throw reject(text, "one command per call");
        }
        if (!text.startsWith("/")) {
            throw reject(text, "start with the menu, e.g. /ip address print");
        }
        List<Token> tokens;
        try {
            tokens = ScriptSyntax.tokenize(text);
        } catch (ScriptSyntax.SyntaxException e) {
            throw reject(text, e.getMessage());
        }
        List<String> path = new ArrayList<>();
        int i = 0;
        String verb = null;
        while (i < tokens.size() && verb == null && tokens.get(i) instanceof Word w) {
            List<String> parts = Arrays.stream(w.text().split("/")).filter(s -> !s.isEmpty()).toList();
            for (int k = 0; k < parts.size(); k++) {
                String p = parts.get(k);
                if (VERBS.contains(p)) {
                    if (k != parts.size() - 1) {
                        throw reject(text, "'" + w.text() + "' continues after the command");
                    }
                    verb = p;
                } else {
                    path.add(p);
                }
            }
            i++;
        }
        if (verb == null) {
            throw reject(text, "only print, export and monitor ... once are read-only commands");
        }
        for (String p : path) {
            if (!p.matches("[a-z0-9][a-z0-9-]*")) {
                throw reject(text, "'" + p + "' is not a menu name");
            }
        }
        String menu = path.isEmpty() ? "" : "/" + String.join("/", path);
        List<Token> rest = tokens.subList(i, tokens.size());
        return switch (verb) {
            case "print" -> print(text, menu, rest);
            case "export" -> export(text, menu, rest);
            default -> monitor(text, menu, rest);
        };
    }

    private static CliCommand print(String text, String menu, List<Token> rest) throws ConfigRejectedException {
        if (menu.isEmpty()) {
            throw reject(text, "print needs a menu");
        }
        Map<String, String> arguments = new LinkedHashMap<>();
        List<String> queries = new ArrayList<>();
        boolean where = false;
        for (Token t : rest) {
            if (t instanceof Word w && w.text().equals("where") && !where) {
                where = true;
            } else if (where && t instanceof KeyValue kv) {
                queries.add(kv.key() + "=" + kv.value());
            } else if (where && t instanceof Word w && w.text().equals("and")) {
                continue;
            } else if (!where && t instanceof Word w && PRINT_FLAGS.contains(w.text())) {
                continue;   // output styles of the console; the API always returns attributes
            } else if (!where && t instanceof Word w && w.text().equals("stats")) {
                arguments.put("stats", "");
            } else if (!where && t instanceof KeyValue kv && kv.key().equals("proplist")) {
                arguments.put(".proplist", kv.value());
            } else {
                throw reject(text, "print supports detail/terse/stats, proplist=... and where k=v [and k=v]");
            }
        }
        return new CliCommand(menu, "print", arguments, queries);
    }

    private static CliCommand export(String text, String menu, List<Token> rest) throws ConfigRejectedException {
        for (Token t : rest) {
            if (!(t instanceof Word w) || !EXPORT_FLAGS.contains(w.text())) {
                throw reject(text, "export takes no file= here; the driver reads it through a file itself");
            }
        }
        return new CliCommand(menu, "export", Map.of(), List.of());
    }

    private static CliCommand monitor(String text, String menu, List<Token> rest) throws ConfigRejectedException {
        List<String> names = new ArrayList<>();
        boolean once = false;
        for (Token t : rest) {
            if (t instanceof Word w && w.text().equals("once")) {
                once = true;
            } else if (t instanceof Word w) {
                names.add(w.text());
            } else if (t instanceof KeyValue kv && kv.key().equals("numbers")) {
                names.add(kv.value());
            } else if (t instanceof Group) {
                throw reject(text, "[ find ... ] is not available on the API; name the items");
            } else {
                throw reject(text, "monitor takes item names and once");
            }
        }
        if (!once || names.isEmpty() || menu.isEmpty()) {
            throw reject(text, "monitor needs a menu, item names and 'once' (it would never end otherwise)");
        }
        return new CliCommand(menu, "monitor", Map.of("numbers", String.join(",", names), "once", ""), List.of());
    }

    private static ConfigRejectedException reject(String command, String why) {
        return new ConfigRejectedException("RouterOS CLI command '" + command + "' not run: " + why);
    }
}

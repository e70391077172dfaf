package io.sxalable.testing.sim.routeros;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One sentence from a client: the command word, {@code =key=value} attribute words (API attributes such as
 * {@code .proplist} included), {@code ?} query words in order, and the {@code .tag}.
 */
record Request(String command, Map<String, String> arguments, List<String> queries, String tag) {

    static Request parse(List<String> words) {
        Map<String, String> arguments = new LinkedHashMap<>();
        List<String> queries = new ArrayList<>();
        String tag = null;
        for (String w : words.subList(1, words.size())) {
            if (w.startsWith("=")) {
                int eq = w.indexOf('=', 1);
                if (eq < 0) {
                    arguments.put(w.substring(1), "");
                } else {
                    arguments.put(w.substring(1, eq), w.substring(eq + 1));
                }
            } else if (w.startsWith("?")) {
                queries.add(w.substring(1));
            } else if (w.startsWith(".tag=")) {
                tag = w.substring(5);
            }
        }
        return new Request(words.get(0), arguments, queries, tag);
    }

    /** The menu path of the command: {@code /ip/address/print} → {@code /ip/address}; {@code /export} → {@code ""}. */
    String menu() {
        int slash = command.lastIndexOf('/');
        return slash <= 0 ? "" : command.substring(0, slash);
    }

    /** The verb: {@code /ip/address/print} → {@code print}. */
    String verb() {
        return command.substring(command.lastIndexOf('/') + 1);
    }
}

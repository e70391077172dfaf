package io.sxalable.testing.sim.routeros;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/**
 * The API's print queries, evaluated like RouterOS does: each {@code ?} word pushes a result on a stack —
 * {@code ?name} (has the property), {@code ?-name} (has not), {@code ?name=x} / {@code ?=name=x} (equals),
 * {@code ?<name=x}, {@code ?>name=x} (less / greater, numeric when both are numbers) — and {@code ?#} words combine:
 * {@code |} or, {@code &} and, {@code !} not, {@code .} duplicate. An item matches when every value left on the
 * stack is true.
 */
final class Query {

    private Query() {
    }

    static boolean matches(Map<String, String> item, List<String> queries) {
        Deque<Boolean> stack = new ArrayDeque<>();
        for (String q : queries) {
            if (q.startsWith("#")) {
                for (char op : q.substring(1).toCharArray()) {
                    switch (op) {
                        case '|' -> stack.push(pop(stack) | pop(stack));
                        case '&' -> stack.push(pop(stack) & pop(stack));
                        case '!' -> stack.push(!pop(stack));
                        case '.' -> stack.push(stack.isEmpty() || stack.peek());
                        default -> { /* stack indexes are not simulated */ }
                    }
                }
                continue;
            }
            String body = q.startsWith("=") ? q.substring(1) : q;
            if (body.startsWith("-")) {
                stack.push(!item.containsKey(body.substring(1)));
            } else if (body.startsWith("<") || body.startsWith(">")) {
                int eq = body.indexOf('=');
                String key = body.substring(1, eq);
                int c = compare(item.get(key), body.substring(eq + 1));
                stack.push(item.containsKey(key) && (body.charAt(0) == '<' ? c < 0 : c > 0));
            } else if (body.indexOf('=') > 0) {
                int eq = body.indexOf('=');
                String value = item.get(body.substring(0, eq));
                stack.push(value != null && value.equals(body.substring(eq + 1)));
            } else {
                stack.push(item.containsKey(body));
            }
        }
        for (Boolean b : stack) {
            if (!b) {
                return false;
            }
        }
        return true;
    }

    private static boolean pop(Deque<Boolean> stack) {
        return stack.isEmpty() || stack.pop();
    }

    private static int compare(String a, String b) {
        if (a == null) {
            return -1;
        }
        try {
            return Long.compare(Long.parseLong(a), Long.parseLong(b));
        } catch (NumberFormatException e) {
            return a.compareTo(b);
        }
    }
}

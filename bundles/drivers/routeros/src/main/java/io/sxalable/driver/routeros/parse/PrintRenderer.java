package io.sxalable.driver.routeros.parse;

import io.sxalable.driver.routeros.config.ScriptSyntax;
import java.util.List;
import java.util.Map;

/**
 * Renders API items as text in the style of the console's {@code print terse}: one line per item, its index,
 * then {@code key=value} words in the order the router sent them (values quoted like export does). The console's
 * flag columns and tables are not reproduced: the API does not send them.
 *
 * <pre>
 *  0 .id=*1 address=192.168.88.1/24 network=192.168.88.0 interface=ether1 ...
 * </pre>
 */
public final class PrintRenderer {

    private PrintRenderer() {
    }

    public static String render(List<Map<String, String>> items) {
        StringBuilder out = new StringBuilder();
        int width = Integer.toString(Math.max(0, items.size() - 1)).length();
        for (int i = 0; i < items.size(); i++) {
            out.append(String.format("%" + (width + 1) + "d", i));
            for (Map.Entry<String, String> e : items.get(i).entrySet()) {
                out.append(' ').append(e.getKey()).append('=').append(ScriptSyntax.quote(e.getValue()));
            }
            out.append('\n');
        }
        return out.toString();
    }
}

package io.sxalable.testing.sim.junos.config;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code show | compare}: the differences between two configurations in Junos's hierarchical format — an
 * {@code [edit ...]} banner per hierarchy level that changed, then its statements prefixed with {@code +} (added)
 * or {@code -} (removed), whole subtrees printed for added or removed containers:
 *
 * <pre>
 * [edit interfaces lo0 unit 0]
 * +    description sxalable-conformance;
 * [edit protocols bgp group ebgp]
 * +    neighbor 10.0.14.2 {
 * +        peer-as 65004;
 * +    }
 * </pre>
 *
 * <p>The column after the sign follows what Junos prints for the depth of the banner (2, 3, 4, 4, 7, then 5
 * spaces for [edit], one, two, three, four and more levels), as observed in real {@code show | compare} output.
 * Empty when nothing differs.
 */
public final class ConfigDiff {

    private static final int[] INDENT = {2, 3, 4, 4, 7};

    private ConfigDiff() {
    }

    public static String diff(ConfigNode from, ConfigNode to) {
        StringBuilder out = new StringBuilder();
        walk(from, to, new ArrayList<>(), out);
        return out.toString();
    }

    private static void walk(ConfigNode from, ConfigNode to, List<String> path, StringBuilder out) {
        String indent = " ".repeat(path.size() < INDENT.length ? INDENT[path.size()] : 5);
        boolean bannerOpen = false;
        for (ConfigNode n : to.children()) {
            ConfigNode o = from.child(n.identity()).orElse(null);
            if (o == null) {
                bannerOpen = banner(out, path, bannerOpen);
                ConfigPrinter.printIndented(out, n, "+", indent);
            } else if (o.inactive() != n.inactive()) {
                bannerOpen = banner(out, path, bannerOpen);
                ConfigPrinter.printIndented(out, o, "-", indent);
                ConfigPrinter.printIndented(out, n, "+", indent);
            } else if (o.children().isEmpty() && n.children().isEmpty()) {
                if (!o.words().equals(n.words())) {
                    bannerOpen = banner(out, path, bannerOpen);
                    ConfigPrinter.printIndented(out, o, "-", indent);
                    ConfigPrinter.printIndented(out, n, "+", indent);
                }
            } else {
                List<String> child = new ArrayList<>(path);
                child.add(ConfigPrinter.header(n.words()));
                int before = out.length();
                walk(o, n, child, out);
                if (out.length() != before) {
                    bannerOpen = false;   // a deeper banner was printed: the next change here needs ours again
                }
            }
        }
        for (ConfigNode o : from.children()) {
            if (to.child(o.identity()).isEmpty()) {
                bannerOpen = banner(out, path, bannerOpen);
                ConfigPrinter.printIndented(out, o, "-", indent);
            }
        }
    }

    private static boolean banner(StringBuilder out, List<String> path, boolean open) {
        if (!open) {
            out.append(ConfigParser.editPath(path)).append('\n');
        }
        return true;
    }
}

package io.sxalable.testing.sim.junos.config;

import java.util.ArrayList;
import java.util.List;
import java.util.ListIterator;

/**
 * The three ways {@code <load-configuration action="...">} combines loaded text with the candidate:
 * {@code merge} adds and overwrites statements (a loaded leaf replaces the leaf with the same identity, new
 * statements are appended); {@code replace} does the same but a {@code replace:}-tagged statement replaces the
 * whole existing subtree; {@code override} discards the candidate and takes the loaded text. {@code delete:}
 * removes a statement in merge and replace. Tags never survive into the result.
 */
public final class ConfigMerge {

    private ConfigMerge() {
    }

    /**
     * Merges {@code loaded} into a copy of {@code candidate}.
     *
     * @param honourReplaceTags {@code true} for {@code action="replace"}
     * @param warnings          receives Junos-style warnings ({@code statement not found} for deleting a missing statement)
     */
    public static ConfigNode merge(ConfigNode candidate, ConfigNode loaded, boolean honourReplaceTags,
                                   List<String> warnings) {
        ConfigNode result = candidate.deepCopy();
        mergeInto(result, loaded, honourReplaceTags, warnings);
        return result;
    }

    /** {@code action="override"}: the loaded text, tags dropped. */
    public static ConfigNode override(ConfigNode loaded) {
        ConfigNode result = ConfigNode.root();
        mergeInto(result, loaded, false, new ArrayList<>());
        return result;
    }

    private static void mergeInto(ConfigNode target, ConfigNode source, boolean honourReplace, List<String> warnings) {
        for (ConfigNode s : source.children()) {
            String id = s.identity();
            int index = indexOf(target, id);
            if (s.tag() == ConfigNode.Tag.DELETE) {
                if (index < 0) {
                    warnings.add("statement not found");
                } else {
                    target.children().remove(index);
                }
                continue;
            }
            if (index < 0) {
                ConfigNode added = clean(s, warnings);
                if (!s.children().isEmpty() && added.children().isEmpty()) {
                    continue;   // only deletes inside a hierarchy that does not exist: nothing to add
                }
                target.children().add(added);
                continue;
            }
            ConfigNode t = target.children().get(index);
            if (honourReplace && s.tag() == ConfigNode.Tag.REPLACE) {
                target.children().set(index, clean(s, warnings));
                continue;
            }
            if (s.children().isEmpty() && t.children().isEmpty()) {
                t.words(s.words());
            } else if (!s.children().isEmpty()) {
                t.words(s.words());
                mergeInto(t, s, honourReplace, warnings);
            }
            if (s.inactive()) {
                t.inactive(true);
            }
        }
    }

    private static int indexOf(ConfigNode parent, String identity) {
        ListIterator<ConfigNode> it = parent.children().listIterator();
        while (it.hasNext()) {
            int i = it.nextIndex();
            if (it.next().identity().equals(identity)) {
                return i;
            }
        }
        return -1;
    }

    /** A copy without load tags; a {@code delete:} inside a new subtree finds nothing to delete (a warning). */
    private static ConfigNode clean(ConfigNode node, List<String> warnings) {
        List<ConfigNode> kids = new ArrayList<>();
        for (ConfigNode c : node.children()) {
            if (c.tag() == ConfigNode.Tag.DELETE) {
                warnings.add("statement not found");
            } else {
                kids.add(clean(c, warnings));
            }
        }
        ConfigNode copy = node.words().isEmpty() ? ConfigNode.root() : ConfigNode.of(node.words(), kids);
        if (node.words().isEmpty()) {
            copy.children().addAll(kids);
        }
        copy.inactive(node.inactive());
        return copy;
    }
}

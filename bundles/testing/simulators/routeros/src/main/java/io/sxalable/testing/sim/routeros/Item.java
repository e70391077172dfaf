package io.sxalable.testing.sim.routeros;

import java.util.LinkedHashMap;
import java.util.Map;

/** One item of a menu: its {@code .id} ({@code *1}, {@code *2}, ..., hex like RouterOS) and its stored attributes. */
final class Item {

    final String id;
    final Map<String, String> attributes = new LinkedHashMap<>();

    Item(String id) {
        this.id = id;
    }

    String get(String key) {
        return attributes.get(key);
    }

    String get(String key, String otherwise) {
        return attributes.getOrDefault(key, otherwise);
    }

    boolean flag(String key) {
        return "true".equals(attributes.get(key));
    }
}

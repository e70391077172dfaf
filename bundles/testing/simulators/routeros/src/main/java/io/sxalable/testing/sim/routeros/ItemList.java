package io.sxalable.testing.sim.routeros;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The items of one menu, in creation order, with RouterOS-style ids that are never reused. */
final class ItemList {

    final List<Item> items = new ArrayList<>();
    private int next;

    ItemList(int firstId) {
        this.next = firstId;
    }

    Item create() {
        Item item = new Item("*" + Integer.toHexString(next++).toUpperCase(Locale.ROOT));
        items.add(item);
        return item;
    }

    /** By {@code .id} ({@code *1A}) or, like RouterOS does in most menus, by name. */
    Optional<Item> find(String reference) {
        for (Item i : items) {
            if (i.id.equalsIgnoreCase(reference)) {
                return Optional.of(i);
            }
        }
        for (Item i : items) {
            if (reference.equals(i.get("name"))) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    Optional<Item> byName(String name) {
        return items.stream().filter(i -> name.equals(i.get("name"))).findFirst();
    }
}

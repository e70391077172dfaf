package io.sxalable.core.api;

import java.util.List;

/**
 * One page of results.
 *
 * @param items  the items of this page
 * @param total  how many items match in all
 * @param offset offset of the first item
 * @param limit  page size asked for
 */
public record Page<T>(List<T> items, long total, int offset, int limit) {
    public Page {
        items = List.copyOf(items);
    }
}

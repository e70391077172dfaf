package io.sxalable.core.api;

/**
 * A window of a sorted result.
 *
 * @param offset items to skip, at least 0
 * @param limit  items to return, 1..{@link #MAX_LIMIT}
 * @param sort   field name to sort by, prefixed with {@code -} for descending, e.g. {@code "-createdAt"}
 */
public record PageRequest(int offset, int limit, String sort) {
    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 500;

    public PageRequest {
        if (offset < 0) {
            throw SxalableException.invalid("offset", "must be 0 or more, was " + offset);
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw SxalableException.invalid("limit", "must be between 1 and " + MAX_LIMIT + ", was " + limit);
        }
        sort = sort == null || sort.isBlank() ? "name" : sort.trim();
    }

    public static PageRequest first(int limit) {
        return new PageRequest(0, limit, null);
    }

    public boolean descending() {
        return sort.startsWith("-");
    }

    public String sortField() {
        return descending() ? sort.substring(1) : sort;
    }
}

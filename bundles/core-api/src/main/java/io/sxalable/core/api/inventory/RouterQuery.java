package io.sxalable.core.api.inventory;

import io.sxalable.core.api.PageRequest;
import java.util.Optional;

/**
 * Filters for listing routers; empty filters match everything.
 *
 * @param nameContains  case-insensitive substring of the name
 * @param region        exact region
 * @param cloudProvider exact provider
 * @param status        exact status
 * @param driverId      exact driver id
 * @param site          exact site
 * @param tag           routers carrying this tag
 * @param page          window and sort; sortable fields: name, region, status, asn, createdAt, updatedAt
 */
public record RouterQuery(Optional<String> nameContains, Optional<String> region,
                          Optional<CloudProvider> cloudProvider, Optional<RouterStatus> status,
                          Optional<String> driverId, Optional<String> site, Optional<String> tag, PageRequest page) {

    public static RouterQuery all(PageRequest page) {
        return new RouterQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), page);
    }
}

package io.sxalable.sdk.cloud;

import java.util.Map;

/**
 * What to create.
 *
 * @param name         router name, unique within the account and region
 * @param region       provider region, e.g. {@code "eu-west-1"}
 * @param instanceType provider machine type, e.g. {@code "c6in.large"}
 * @param image        image or appliance template id
 * @param asn          BGP AS number to configure (1..4294967295)
 * @param tags         labels applied on the platform
 */
public record RouterSpec(String name, String region, String instanceType, String image, long asn,
                         Map<String, String> tags) {
    public RouterSpec {
        tags = Map.copyOf(tags);
    }
}

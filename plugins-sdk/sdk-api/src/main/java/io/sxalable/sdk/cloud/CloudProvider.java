package io.sxalable.sdk.cloud;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.osgi.annotation.versioning.ConsumerType;

/** A cloud or virtualisation platform that hosts routers, registered by a provider plugin as an OSGi service. */
@ConsumerType
public interface CloudProvider {

    /** Stable id: {@code "aws"}, {@code "gcp"}, {@code "azure"}, {@code "on-prem"}. */
    String id();

    /** Routers this account has in the given region. */
    List<CloudRouter> listRouters(CloudAccount account, String region) throws CloudException;

    /** Creates a router and returns it as soon as the platform accepted the request (it may still be starting). */
    CloudRouter createRouter(CloudAccount account, RouterSpec spec) throws CloudException;

    /** Deletes a router; deleting one that no longer exists is not an error. */
    void deleteRouter(CloudAccount account, String region, String instanceId) throws CloudException;

    /**
     * Platform metrics of one router between {@code from} and {@code to}.
     *
     * @param metricNames e.g. {@code ["cpu_percent", "network_in_bytes"]}; units in {@link MetricSample}
     */
    List<MetricSample> metrics(CloudAccount account, String region, String instanceId, List<String> metricNames,
                               Instant from, Instant to) throws CloudException;

    /** Applies network settings (subnets, security rules, routes) to a router's attachments. */
    void configureNetwork(CloudAccount account, String region, String instanceId, Map<String, String> settings)
            throws CloudException;
}

package io.sxalable.inventory;

import io.sxalable.core.api.health.HealthIndicator;
import io.sxalable.sdk.driver.DeviceDriver;
import java.util.List;
import java.util.stream.Collectors;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/** Lists the installed drivers. Optional for readiness: an appliance without drivers still serves its API. */
@Component(service = HealthIndicator.class)
public class DriversHealthIndicator implements HealthIndicator {

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile List<DeviceDriver> drivers;

    @Override
    public String name() {
        return "drivers";
    }

    @Override
    public Health check() {
        List<DeviceDriver> installed = drivers;
        if (installed == null || installed.isEmpty()) {
            return Health.down("no device driver installed").optional();
        }
        return Health.up(installed.stream().map(DeviceDriver::descriptor)
                .map(d -> d.id() + " " + d.version()).sorted().collect(Collectors.joining(", "))).optional();
    }
}

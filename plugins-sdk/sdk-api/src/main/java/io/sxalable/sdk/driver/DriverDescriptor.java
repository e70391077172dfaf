package io.sxalable.sdk.driver;

import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Identity and capabilities of a driver.
 *
 * <p>Example: {@code new DriverDescriptor("frr", "FRRouting", "Linux / FRRouting over SSH and vtysh", "1.0.0",
 * 22, Set.of(Capability.FACTS, Capability.INTERFACES, Capability.BGP_NEIGHBORS))}.
 *
 * @param id            stable lower-case identifier routers refer to ({@code [a-z][a-z0-9-]{1,31}}), e.g. {@code "frr"}
 * @param vendor        human-readable vendor or platform family, e.g. {@code "Cisco"}
 * @param description   one line saying which operating systems and transports the driver covers
 * @param version       the driver's own version (its bundle version), e.g. {@code "1.0.0"}
 * @param defaultPort   TCP port used when a router does not set one, e.g. 22 for SSH, 830 for NETCONF
 * @param capabilities  what sessions of this driver offer; {@link DeviceSession#capability} returns empty for the rest
 */
public record DriverDescriptor(String id, String vendor, String description, String version, int defaultPort,
                               Set<Capability> capabilities) {

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]{1,31}");

    public DriverDescriptor {
        Objects.requireNonNull(id, "id");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("driver id must match " + ID + ": " + id);
        }
        Objects.requireNonNull(vendor, "vendor");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(version, "version");
        if (defaultPort < 1 || defaultPort > 65535) {
            throw new IllegalArgumentException("defaultPort out of range: " + defaultPort);
        }
        capabilities = Set.copyOf(capabilities);
    }

    public boolean supports(Capability capability) {
        return capabilities.contains(capability);
    }
}

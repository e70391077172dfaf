package io.sxalable.sdk.driver;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Basic facts of a device, as reported by the device itself.
 *
 * <p>Example (FRR on Debian): vendor {@code "FRRouting"}, model {@code "Linux x86_64"}, osVersion
 * {@code "FRRouting 8.4.4"}, serialNumber {@code "3c5d8f2e..."} (machine id), hostname {@code "r1"},
 * uptime {@code PT2H13M}, interfaces {@code ["eth0", "lo"]}.
 *
 * @param vendor       manufacturer or software vendor, e.g. {@code "Cisco"}
 * @param model        hardware model or platform, e.g. {@code "CSR1000V"}; {@code ""} when the device does not say
 * @param osVersion    operating system name and version, e.g. {@code "IOS-XE 17.3.4a"}
 * @param serialNumber chassis serial or the closest stable unique id; {@code ""} when the device has none
 * @param hostname     configured host name
 * @param uptime       time since the device (or its routing stack) last started; second resolution
 * @param interfaces   names of all interfaces, in device order
 */
public record DeviceFacts(String vendor, String model, String osVersion, String serialNumber, String hostname,
                          Duration uptime, List<String> interfaces) {
    public DeviceFacts {
        Objects.requireNonNull(vendor, "vendor");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(osVersion, "osVersion");
        Objects.requireNonNull(serialNumber, "serialNumber");
        Objects.requireNonNull(hostname, "hostname");
        Objects.requireNonNull(uptime, "uptime");
        interfaces = List.copyOf(interfaces);
    }
}

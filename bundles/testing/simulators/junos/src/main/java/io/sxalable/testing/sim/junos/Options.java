package io.sxalable.testing.sim.junos;

import java.security.KeyPair;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * What one simulated router looks like. Start from {@link #defaults()} and change what a test needs:
 * {@code Options.defaults().withHostname("r7").withMinuteLength(Duration.ofMillis(500))}.
 *
 * @param hostname       {@code system host-name} of the generated default configuration
 * @param username       the one login user (NETCONF over SSH, password authentication)
 * @param password       its password; anything else is refused with SSH's own authentication failure
 * @param model          {@code <product-model>}, e.g. {@code vmx}
 * @param version        {@code <junos-version>}, e.g. {@code 23.4R1.9}
 * @param serialNumber   chassis serial; empty derives a vMX-style {@code VM...} serial from the hostname
 * @param ethernetPorts  number of {@code ge-0/0/N} ports (1..48)
 * @param config         initial committed configuration (curly-brace text); empty uses {@link DefaultConfig}
 * @param netconfBase11  offer {@code urn:ietf:params:netconf:base:1.1} (chunked framing) in the hello; false
 *                       offers base:1.0 only, so every message uses the {@code ]]>]]>} delimiter
 * @param minuteLength   how long a "minute" of {@code commit confirmed N} lasts; 60 s on a router, shorter in tests
 * @param uptimeAtStart  how long the router claims to have been up when the simulator starts it
 * @param rpcDelay       extra time before every RPC reply (a slow router), zero for none
 * @param clock          wall clock for commit times, uptime and BGP timers
 * @param hostKey        the SSH host key; empty generates an EC P-256 key per router
 * @param authorizedKey  a public key the user may log in with instead of the password; empty for password only
 */
public record Options(String hostname, String username, String password, String model, String version,
                      String serialNumber, int ethernetPorts, Optional<String> config, boolean netconfBase11,
                      Duration minuteLength, Duration uptimeAtStart, Duration rpcDelay, Clock clock,
                      Optional<KeyPair> hostKey, Optional<PublicKey> authorizedKey) {

    public Options {
        Objects.requireNonNull(hostname, "hostname");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(serialNumber, "serialNumber");
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(minuteLength, "minuteLength");
        Objects.requireNonNull(uptimeAtStart, "uptimeAtStart");
        Objects.requireNonNull(rpcDelay, "rpcDelay");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(hostKey, "hostKey");
        Objects.requireNonNull(authorizedKey, "authorizedKey");
        if (ethernetPorts < 1 || ethernetPorts > 48) {
            throw new IllegalArgumentException("ethernetPorts must be 1..48: " + ethernetPorts);
        }
        if (minuteLength.isNegative() || minuteLength.isZero()) {
            throw new IllegalArgumentException("minuteLength must be positive");
        }
    }

    /** vMX {@code vmx1} running 23.4R1.9, user {@code admin} / {@code admin123}, 4 ports, base:1.1 offered. */
    public static Options defaults() {
        return new Options("vmx1", "admin", "admin123", "vmx", "23.4R1.9", "", 4, Optional.empty(), true,
                Duration.ofSeconds(60), Duration.ofDays(3).plusHours(4).plusMinutes(12), Duration.ZERO,
                Clock.systemUTC(), Optional.empty(), Optional.empty());
    }

    public Options withHostname(String value) {
        return new Options(value, username, password, model, version, serialNumber, ethernetPorts, config,
                netconfBase11, minuteLength, uptimeAtStart, rpcDelay, clock, hostKey, authorizedKey);
    }

    public Options withCredentials(String user, String pass) {
        return new Options(hostname, user, pass, model, version, serialNumber, ethernetPorts, config,
                netconfBase11, minuteLength, uptimeAtStart, rpcDelay, clock, hostKey, authorizedKey);
    }

    public Options withModel(String value) {
        return new Options(hostname, username, password, value, version, serialNumber, ethernetPorts, config,
                netconfBase11, minuteLength, uptimeAtStart, rpcDelay, clock, hostKey, authorizedKey);
    }

    public Options withVersion(String value) {
        return new Options(hostname, username, password, model, value, serialNumber, ethernetPorts, config,
                netconfBase11, minuteLength, uptimeAtStart, rpcDelay, clock, hostKey, authorizedKey);
    }

    public Options withSerialNumber(String value) {
        return new Options(hostname, username, password, model, version, value, ethernetPorts, config,
                netconfBase11, minuteLength, uptimeAtStart, rpcDelay, clock, hostKey, authorizedKey);
    }

    public Options withEthernetPorts(int value) {
        return new Options(hostname, username, password, model, version, serialNumber, value, config,
                netconfBase11, minuteLength, uptimeAtStart, rpcDelay, clock, hostKey, authorizedKey);
    }

    /** The initial committed configuration (Junos curly-brace text) instead of the generated default. */
    public Options withConfig(String value) {
        return new Options(hostname, username, password, model, version, serialNumber, ethernetPorts,
                Optional.of(value), netconfBase11, minuteLength, uptimeAtStart, rpcDelay, clock, hostKey, authorizedKey);
    }

    /** {@code false}: the hello offers base:1.0 only (end-of-message framing for the whole session). */
    public Options withNetconfBase11(boolean value) {
        return new Options(hostname, username, password, model, version, serialNumber, ethernetPorts, config,
                value, minuteLength, uptimeAtStart, rpcDelay, clock, hostKey, authorizedKey);
    }

    /** The length of one {@code confirm-timeout} minute, e.g. 300 ms in tests. */
    public Options withMinuteLength(Duration value) {
        return new Options(hostname, username, password, model, version, serialNumber, ethernetPorts, config,
                netconfBase11, value, uptimeAtStart, rpcDelay, clock, hostKey, authorizedKey);
    }

    public Options withUptimeAtStart(Duration value) {
        return new Options(hostname, username, password, model, version, serialNumber, ethernetPorts, config,
                netconfBase11, minuteLength, value, rpcDelay, clock, hostKey, authorizedKey);
    }

    /** Delay every RPC reply (hello excluded), to test timeouts. */
    public Options withRpcDelay(Duration value) {
        return new Options(hostname, username, password, model, version, serialNumber, ethernetPorts, config,
                netconfBase11, minuteLength, uptimeAtStart, value, clock, hostKey, authorizedKey);
    }

    public Options withClock(Clock value) {
        return new Options(hostname, username, password, model, version, serialNumber, ethernetPorts, config,
                netconfBase11, minuteLength, uptimeAtStart, rpcDelay, value, hostKey, authorizedKey);
    }

    public Options withHostKey(KeyPair value) {
        return new Options(hostname, username, password, model, version, serialNumber, ethernetPorts, config,
                netconfBase11, minuteLength, uptimeAtStart, rpcDelay, clock, Optional.of(value), authorizedKey);
    }

    /** Also accept logins with the private key of {@code value} (public-key authentication). */
    public Options withAuthorizedKey(PublicKey value) {
        return new Options(hostname, username, password, model, version, serialNumber, ethernetPorts, config,
                netconfBase11, minuteLength, uptimeAtStart, rpcDelay, clock, hostKey, Optional.of(value));
    }

    /** The chassis serial: the configured one, or {@code VM} + 10 hex digits derived from the hostname. */
    String effectiveSerial() {
        if (!serialNumber.isEmpty()) {
            return serialNumber;
        }
        return String.format("VM%010X", (hostname.hashCode() & 0xffffffffL) * 131L & 0xffffffffffL);
    }

    @Override
    public String toString() {
        return "Options[" + hostname + ", user=" + username + ", model=" + model + " " + version + "]";
    }
}

package io.sxalable.testing.sim.ciscoios;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * How one simulated router looks. Start from {@link #defaults()} and change what a test needs:
 * {@code Options.defaults().withHostname("edge-7").withLoginPrivilege(1)}.
 *
 * @param hostname           initial {@code hostname}
 * @param username           the SSH login user (password authentication)
 * @param password           its password; anything else is refused with SSH's own authentication failure
 * @param enableSecret       the {@code enable secret}, or empty for none ({@code enable} then says
 *                           {@code % No password set})
 * @param loginPrivilege     15: the login lands in privileged EXEC ({@code r1#}), like a user with
 *                           {@code privilege 15} and {@code aaa authorization exec}; 1: user EXEC ({@code r1>}),
 *                           {@code enable} needed
 * @param serialNumber       {@code Processor board ID} and license serial
 * @param physicalInterfaces number of {@code GigabitEthernetN} interfaces (CSR1000V: vNICs 1..N)
 * @param initialConfig      the whole startup/running config text; empty for the built-in lab config
 *                           ({@link DefaultConfig})
 * @param uptime             uptime at start (shows in {@code show version} and counters)
 * @param downPeers          BGP peers that never come up ({@code Active}), whatever the config says
 * @param receivedPrefixes   prefixes each Established peer sends (by peer address); others send a small
 *                           number derived from the address
 * @param minuteLength       how long one "minute" of IOS's confirm timers ({@code configure replace ... time N},
 *                           {@code configure terminal revert timer N}) lasts; tests shorten it
 * @param responseDelay      added before each command's output: a slow device
 * @param pagingAlways       page output with {@code --More--} even after {@code terminal length 0} (devices whose
 *                           AAA refuses {@code terminal length})
 * @param clock              wall clock for timestamps in the config and {@code show clock}
 */
public record Options(String hostname, String username, String password, Optional<String> enableSecret,
                      int loginPrivilege, String serialNumber, int physicalInterfaces, Optional<String> initialConfig,
                      Duration uptime, Set<String> downPeers, Map<String, Integer> receivedPrefixes,
                      Duration minuteLength, Duration responseDelay, boolean pagingAlways, Clock clock) {

    public Options {
        Objects.requireNonNull(hostname, "hostname");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
        enableSecret = enableSecret == null ? Optional.empty() : enableSecret;
        initialConfig = initialConfig == null ? Optional.empty() : initialConfig;
        downPeers = Set.copyOf(downPeers);
        receivedPrefixes = Map.copyOf(receivedPrefixes);
        Objects.requireNonNull(uptime, "uptime");
        Objects.requireNonNull(minuteLength, "minuteLength");
        Objects.requireNonNull(responseDelay, "responseDelay");
        Objects.requireNonNull(clock, "clock");
        if (loginPrivilege != 1 && loginPrivilege != 15) {
            throw new IllegalArgumentException("loginPrivilege must be 1 or 15");
        }
        if (physicalInterfaces < 1 || physicalInterfaces > 26) {
            throw new IllegalArgumentException("physicalInterfaces must be 1..26");
        }
    }

    /**
     * Router {@code r1}, login {@code admin}/{@code admin} at privilege 15, enable secret {@code cisco}, four
     * GigabitEthernet interfaces, the lab config of {@link DefaultConfig}, up for 1 week, 2 days, 3 hours, 4 minutes.
     */
    public static Options defaults() {
        return new Options("r1", "admin", "admin", Optional.of("cisco"), 15, "9ZL7QYV4K2M", 4, Optional.empty(),
                Duration.ofDays(9).plusHours(3).plusMinutes(4), Set.of(), Map.of(), Duration.ofMinutes(1),
                Duration.ZERO, false, Clock.systemUTC());
    }

    public Options withHostname(String value) {
        return new Options(value, username, password, enableSecret, loginPrivilege, serialNumber, physicalInterfaces,
                initialConfig, uptime, downPeers, receivedPrefixes, minuteLength, responseDelay, pagingAlways, clock);
    }

    public Options withLogin(String user, String pass) {
        return new Options(hostname, user, pass, enableSecret, loginPrivilege, serialNumber, physicalInterfaces,
                initialConfig, uptime, downPeers, receivedPrefixes, minuteLength, responseDelay, pagingAlways, clock);
    }

    public Options withEnableSecret(Optional<String> value) {
        return new Options(hostname, username, password, value, loginPrivilege, serialNumber, physicalInterfaces,
                initialConfig, uptime, downPeers, receivedPrefixes, minuteLength, responseDelay, pagingAlways, clock);
    }

    public Options withLoginPrivilege(int value) {
        return new Options(hostname, username, password, enableSecret, value, serialNumber, physicalInterfaces,
                initialConfig, uptime, downPeers, receivedPrefixes, minuteLength, responseDelay, pagingAlways, clock);
    }

    public Options withSerialNumber(String value) {
        return new Options(hostname, username, password, enableSecret, loginPrivilege, value, physicalInterfaces,
                initialConfig, uptime, downPeers, receivedPrefixes, minuteLength, responseDelay, pagingAlways, clock);
    }

    public Options withPhysicalInterfaces(int value) {
        return new Options(hostname, username, password, enableSecret, loginPrivilege, serialNumber, value,
                initialConfig, uptime, downPeers, receivedPrefixes, minuteLength, responseDelay, pagingAlways, clock);
    }

    public Options withInitialConfig(String value) {
        return new Options(hostname, username, password, enableSecret, loginPrivilege, serialNumber, physicalInterfaces,
                Optional.of(value), uptime, downPeers, receivedPrefixes, minuteLength, responseDelay, pagingAlways, clock);
    }

    public Options withUptime(Duration value) {
        return new Options(hostname, username, password, enableSecret, loginPrivilege, serialNumber, physicalInterfaces,
                initialConfig, value, downPeers, receivedPrefixes, minuteLength, responseDelay, pagingAlways, clock);
    }

    public Options withDownPeers(Set<String> value) {
        return new Options(hostname, username, password, enableSecret, loginPrivilege, serialNumber, physicalInterfaces,
                initialConfig, uptime, value, receivedPrefixes, minuteLength, responseDelay, pagingAlways, clock);
    }

    public Options withReceivedPrefixes(Map<String, Integer> value) {
        return new Options(hostname, username, password, enableSecret, loginPrivilege, serialNumber, physicalInterfaces,
                initialConfig, uptime, downPeers, value, minuteLength, responseDelay, pagingAlways, clock);
    }

    public Options withMinuteLength(Duration value) {
        return new Options(hostname, username, password, enableSecret, loginPrivilege, serialNumber, physicalInterfaces,
                initialConfig, uptime, downPeers, receivedPrefixes, value, responseDelay, pagingAlways, clock);
    }

    public Options withResponseDelay(Duration value) {
        return new Options(hostname, username, password, enableSecret, loginPrivilege, serialNumber, physicalInterfaces,
                initialConfig, uptime, downPeers, receivedPrefixes, minuteLength, value, pagingAlways, clock);
    }

    public Options withPagingAlways(boolean value) {
        return new Options(hostname, username, password, enableSecret, loginPrivilege, serialNumber, physicalInterfaces,
                initialConfig, uptime, downPeers, receivedPrefixes, minuteLength, responseDelay, value, clock);
    }

    public Options withClock(Clock value) {
        return new Options(hostname, username, password, enableSecret, loginPrivilege, serialNumber, physicalInterfaces,
                initialConfig, uptime, downPeers, receivedPrefixes, minuteLength, responseDelay, pagingAlways, value);
    }
}

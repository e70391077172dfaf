package io.sxalable.testing.sim.routeros;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What one simulated router is: identity, login, RouterOS version, hardware, ports, addresses, BGP, and test knobs
 * (TLS, delays, a router that never answers, the pre-6.43 login). {@link #defaults()} is the lab router {@code r1}:
 * an RB5009UG+S+ on RouterOS 7.16.1 in AS 65001 with an established eBGP session to {@code 10.0.12.2} (AS 65002)
 * over ether2 and a configured but not established one to {@code 10.0.13.2} (AS 65003) over ether3.
 *
 * <p>Immutable; change a copy with {@link #toBuilder()}.
 */
public final class Options {

    /** A port of the router. {@code rate} is what {@code /interface/ethernet/monitor} reports when running. */
    public record Port(String name, String type, boolean running, int mtu, String rate, String comment) {
        public Port {
            Objects.requireNonNull(name);
            Objects.requireNonNull(type);
            Objects.requireNonNull(rate);
            Objects.requireNonNull(comment);
        }
    }

    /** An IPv4 or IPv6 address ({@code /ip address}, {@code /ipv6 address}). */
    public record Address(String address, String port, String comment) {
        public Address {
            Objects.requireNonNull(address);
            Objects.requireNonNull(port);
            Objects.requireNonNull(comment);
        }
    }

    /** A configured BGP connection ({@code /routing bgp connection}). */
    public record Connection(String name, String remoteAddress, long remoteAs, String comment) {
        public Connection {
            Objects.requireNonNull(name);
            Objects.requireNonNull(remoteAddress);
            Objects.requireNonNull(comment);
        }
    }

    /**
     * The far end of a BGP connection, i.e. what the simulated network does: whether a session to it comes up,
     * its router id and how many prefixes it sends.
     */
    public record Peer(String address, String routerId, boolean established, long prefixes, Duration uptime) {
        public Peer {
            Objects.requireNonNull(address);
            Objects.requireNonNull(routerId);
            Objects.requireNonNull(uptime);
        }
    }

    private final String identity;
    private final String username;
    private final String password;
    private final String version;
    private final boolean chr;
    private final String board;
    private final String serialNumber;
    private final String softwareId;
    private final boolean tls;
    private final boolean silent;
    private final Duration commandDelay;
    private final boolean legacyLogin;
    private final Duration uptimeAtStart;
    private final long localAs;
    private final String routerId;
    private final List<Port> ports;
    private final List<Address> ipv4;
    private final List<Address> ipv6;
    private final List<Connection> connections;
    private final List<Peer> peers;
    private final int fileContentsLimit;

    private Options(Builder b) {
        this.identity = b.identity;
        this.username = b.username;
        this.password = b.password;
        this.version = b.version;
        this.chr = b.chr;
        this.board = b.board;
        this.serialNumber = b.serialNumber;
        this.softwareId = b.softwareId;
        this.tls = b.tls;
        this.silent = b.silent;
        this.commandDelay = b.commandDelay;
        this.legacyLogin = b.legacyLogin;
        this.uptimeAtStart = b.uptimeAtStart;
        this.localAs = b.localAs;
        this.routerId = b.routerId;
        this.ports = List.copyOf(b.ports);
        this.ipv4 = List.copyOf(b.ipv4);
        this.ipv6 = List.copyOf(b.ipv6);
        this.connections = List.copyOf(b.connections);
        this.peers = List.copyOf(b.peers);
        this.fileContentsLimit = b.fileContentsLimit;
    }

    /** The lab router r1 (see the class comment); login {@code admin} / {@code admin}. */
    public static Options defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.identity = identity;
        b.username = username;
        b.password = password;
        b.version = version;
        b.chr = chr;
        b.board = board;
        b.serialNumber = serialNumber;
        b.softwareId = softwareId;
        b.tls = tls;
        b.silent = silent;
        b.commandDelay = commandDelay;
        b.legacyLogin = legacyLogin;
        b.uptimeAtStart = uptimeAtStart;
        b.localAs = localAs;
        b.routerId = routerId;
        b.ports = new ArrayList<>(ports);
        b.ipv4 = new ArrayList<>(ipv4);
        b.ipv6 = new ArrayList<>(ipv6);
        b.connections = new ArrayList<>(connections);
        b.peers = new ArrayList<>(peers);
        b.fileContentsLimit = fileContentsLimit;
        return b;
    }

    public String identity() {
        return identity;
    }

    public String username() {
        return username;
    }

    public String password() {
        return password;
    }

    /** The version as {@code /system/resource} prints it without the channel, e.g. {@code 7.16.1}. */
    public String version() {
        return version;
    }

    /** Cloud Hosted Router (x86_64, no RouterBOARD, no serial number) instead of RouterBOARD hardware. */
    public boolean chr() {
        return chr;
    }

    public String board() {
        return chr ? "CHR" : board;
    }

    public String serialNumber() {
        return serialNumber;
    }

    public String softwareId() {
        return softwareId;
    }

    /** API-SSL: TLS with a self-signed certificate made at start (the real api-ssl service, port 8729). */
    public boolean tls() {
        return tls;
    }

    /** Accepts TCP connections and never answers (a hung router). */
    public boolean silent() {
        return silent;
    }

    /** Added before the answer to every command after the login. */
    public Duration commandDelay() {
        return commandDelay;
    }

    /** The challenge-response login of RouterOS before 6.43 (MD5). */
    public boolean legacyLogin() {
        return legacyLogin;
    }

    public Duration uptimeAtStart() {
        return uptimeAtStart;
    }

    public long localAs() {
        return localAs;
    }

    public String routerId() {
        return routerId;
    }

    public List<Port> ports() {
        return ports;
    }

    public List<Address> ipv4() {
        return ipv4;
    }

    public List<Address> ipv6() {
        return ipv6;
    }

    public List<Connection> connections() {
        return connections;
    }

    public List<Peer> peers() {
        return peers;
    }

    /** {@code /file/print} shows {@code contents} only for files up to this size (about 60 KiB on RouterOS 7). */
    public int fileContentsLimit() {
        return fileContentsLimit;
    }

    /** Mutable builder; starts as r1. */
    public static final class Builder {
        private String identity = "r1";
        private String username = "admin";
        private String password = "admin";
        private String version = "7.16.1";
        private boolean chr;
        private String board = "RB5009UG+S+";
        private String serialNumber = "HE10ABC1234";
        private String softwareId = "8XKT-4RXB";
        private boolean tls;
        private boolean silent;
        private Duration commandDelay = Duration.ZERO;
        private boolean legacyLogin;
        private Duration uptimeAtStart = Duration.ofDays(9).plusHours(4).plusMinutes(12).plusSeconds(37);
        private long localAs = 65001;
        private String routerId = "10.255.0.1";
        private List<Port> ports = new ArrayList<>(List.of(
                new Port("ether1", "ether", true, 1500, "2.5Gbps", "mgmt"),
                new Port("ether2", "ether", true, 1500, "1Gbps", "to-r2"),
                new Port("ether3", "ether", true, 1500, "1Gbps", "to-r3"),
                new Port("ether4", "ether", false, 1500, "1Gbps", ""),
                new Port("ether5", "ether", false, 1500, "1Gbps", ""),
                new Port("ether6", "ether", false, 1500, "1Gbps", ""),
                new Port("ether7", "ether", false, 1500, "1Gbps", ""),
                new Port("ether8", "ether", false, 1500, "1Gbps", ""),
                new Port("sfp-sfpplus1", "ether", false, 1500, "10Gbps", ""),
                new Port("lo", "loopback", true, 65536, "", "")));
        private List<Address> ipv4 = new ArrayList<>(List.of(
                new Address("192.168.88.1/24", "ether1", "defconf"),
                new Address("10.0.12.1/30", "ether2", ""),
                new Address("10.0.13.1/30", "ether3", ""),
                new Address("10.255.0.1/32", "lo", "")));
        private List<Address> ipv6 = new ArrayList<>(List.of(new Address("2001:db8:12::1/64", "ether2", "")));
        private List<Connection> connections = new ArrayList<>(List.of(
                new Connection("to-r2", "10.0.12.2", 65002, ""),
                new Connection("to-r3", "10.0.13.2", 65003, "")));
        private List<Peer> peers = new ArrayList<>(List.of(
                new Peer("10.0.12.2", "10.255.0.2", true, 3, Duration.ofHours(2).plusMinutes(13).plusSeconds(5)),
                new Peer("10.0.13.2", "10.255.0.3", false, 0, Duration.ZERO)));
        private int fileContentsLimit = 60 * 1024;

        public Builder identity(String v) {
            identity = Objects.requireNonNull(v);
            return this;
        }

        public Builder username(String v) {
            username = Objects.requireNonNull(v);
            return this;
        }

        public Builder password(String v) {
            password = Objects.requireNonNull(v);
            return this;
        }

        public Builder version(String v) {
            version = Objects.requireNonNull(v);
            return this;
        }

        public Builder chr(boolean v) {
            chr = v;
            return this;
        }

        public Builder board(String v) {
            board = Objects.requireNonNull(v);
            return this;
        }

        public Builder serialNumber(String v) {
            serialNumber = Objects.requireNonNull(v);
            return this;
        }

        public Builder softwareId(String v) {
            softwareId = Objects.requireNonNull(v);
            return this;
        }

        public Builder tls(boolean v) {
            tls = v;
            return this;
        }

        public Builder silent(boolean v) {
            silent = v;
            return this;
        }

        public Builder commandDelay(Duration v) {
            commandDelay = Objects.requireNonNull(v);
            return this;
        }

        public Builder legacyLogin(boolean v) {
            legacyLogin = v;
            return this;
        }

        public Builder uptimeAtStart(Duration v) {
            uptimeAtStart = Objects.requireNonNull(v);
            return this;
        }

        public Builder localAs(long v) {
            localAs = v;
            return this;
        }

        public Builder routerId(String v) {
            routerId = Objects.requireNonNull(v);
            return this;
        }

        public Builder ports(List<Port> v) {
            ports = new ArrayList<>(v);
            return this;
        }

        public Builder ipv4(List<Address> v) {
            ipv4 = new ArrayList<>(v);
            return this;
        }

        public Builder ipv6(List<Address> v) {
            ipv6 = new ArrayList<>(v);
            return this;
        }

        public Builder connections(List<Connection> v) {
            connections = new ArrayList<>(v);
            return this;
        }

        public Builder peers(List<Peer> v) {
            peers = new ArrayList<>(v);
            return this;
        }

        public Builder fileContentsLimit(int v) {
            fileContentsLimit = v;
            return this;
        }

        public Options build() {
            return new Options(this);
        }
    }
}

package io.sxalable.testing.sim.junos;

/**
 * The configuration a simulated router starts with when {@link Options#config()} is empty: a small vMX edge
 * router in AS 65001 with NETCONF enabled, three eBGP neighbors (two on connected /30s of {@code ge-0/0/0} and
 * {@code ge-0/0/1}, so they come up Established, and one that is not reachable, so it stays Active),
 * {@code ge-0/0/2} administratively disabled, a loopback and a management address.
 */
public final class DefaultConfig {

    private DefaultConfig() {
    }

    public static String text(Options options) {
        StringBuilder sb = new StringBuilder();
        sb.append("version ").append(options.version()).append(";\n");
        sb.append("""
                system {
                    host-name %s;
                    root-authentication {
                        encrypted-password "$6$Vq4bS8lT$kM3qk0mUe2bKQ9f4tB8yWZ9Rj5yN7pV1u2xC6dE3fG4hJ5kL6mN7oP8qR9sT0uV1wX2yZ3aB4cD5eF6gH7iJ8"; ## SECRET-DATA
                    }
                    login {
                        user %s {
                            uid 2000;
                            class super-user;
                            authentication {
                                encrypted-password "$6$Hc2dE5fG$a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8s9T0u1V2w3X4y5Z6a7B8c9D0e1F2g3H4i5J6k7L8m9N0o1P2"; ## SECRET-DATA
                            }
                        }
                    }
                    services {
                        ssh;
                        netconf {
                            ssh;
                        }
                    }
                    syslog {
                        file messages {
                            any notice;
                            authorization info;
                        }
                        file interactive-commands {
                            interactive-commands any;
                        }
                    }
                }
                chassis {
                    fpc 0 {
                        lite-mode;
                    }
                }
                """.formatted(options.hostname(), options.username()));
        sb.append("interfaces {\n");
        int ports = options.ethernetPorts();
        sb.append("""
                    ge-0/0/0 {
                        description "to r2";
                        unit 0 {
                            family inet {
                                address 10.0.12.1/30;
                            }
                            family inet6 {
                                address 2001:db8:12::1/64;
                            }
                        }
                    }
                """);
        if (ports > 1) {
            sb.append("""
                        ge-0/0/1 {
                            description "to r3";
                            unit 0 {
                                family inet {
                                    address 10.0.13.1/30;
                                }
                            }
                        }
                    """);
        }
        if (ports > 2) {
            sb.append("""
                        ge-0/0/2 {
                            disable;
                        }
                    """);
        }
        sb.append("""
                    fxp0 {
                        unit 0 {
                            family inet {
                                address 192.168.255.11/24;
                            }
                        }
                    }
                    lo0 {
                        unit 0 {
                            family inet {
                                address 10.255.0.1/32;
                            }
                        }
                    }
                }
                routing-options {
                    router-id 10.255.0.1;
                    autonomous-system 65001;
                }
                protocols {
                    bgp {
                        group ebgp {
                            type external;
                            neighbor 10.0.12.2 {
                                description r2;
                                peer-as 65002;
                            }
                """);
        if (ports > 1) {
            sb.append("""
                                    neighbor 10.0.13.2 {
                                        description r3;
                                        peer-as 65003;
                                    }
                    """);
        }
        sb.append("""
                            neighbor 192.0.2.66 {
                                description transit-b;
                                peer-as 64999;
                            }
                        }
                    }
                    lldp {
                        interface all;
                    }
                }
                """);
        return sb.toString();
    }
}

package io.sxalable.testing.sim.ciscoios;

import io.sxalable.testing.sim.ciscoios.config.RunningConfig;

/**
 * The built-in lab configuration: a CSR1000V on IOS-XE 17.3 with a management interface, a link to r2
 * (10.0.12.0/30, 2001:DB8:12::/64), a customer VRF, a shut interface, and BGP AS 65001 with
 * <ul>
 *   <li>10.0.12.2 (AS 65002, "r2") — Established, IPv4 unicast</li>
 *   <li>10.0.13.2 (AS 65003) — administratively shut down: {@code Idle (Admin)}</li>
 *   <li>2001:DB8:12::2 (AS 65002) — Established, IPv6 unicast</li>
 *   <li>192.0.2.2 in VRF CUST-A (AS 65100, "cust-a-ce") — Established, VPNv4</li>
 * </ul>
 * The archive ({@code path flash:sxalable-archive}) and SCP server the Cisco IOS driver needs are enabled.
 */
public final class DefaultConfig {

    private DefaultConfig() {
    }

    /** The lab configuration for {@code options} (hostname, enable secret, login user, serial). */
    public static String text(Options options) {
        StringBuilder c = new StringBuilder();
        c.append("version 17.3\n");
        c.append("service timestamps debug datetime msec\n");
        c.append("service timestamps log datetime msec\n");
        c.append("platform qfp utilization monitor load 80\n");
        c.append("platform punt-keepalive disable-kernel-core\n");
        c.append("platform console virtual\n");
        c.append("hostname ").append(options.hostname()).append('\n');
        c.append("boot-start-marker\n");
        c.append("boot-end-marker\n");
        c.append("vrf definition CUST-A\n");
        c.append(" rd 65001:100\n");
        c.append(" address-family ipv4\n");
        c.append(" exit-address-family\n");
        c.append("no aaa new-model\n");
        c.append("ip domain name lab.example\n");
        c.append("login on-success log\n");
        c.append("subscriber templating\n");
        c.append("multilink bundle-name authenticated\n");
        c.append("license udi pid CSR1000V sn ").append(options.serialNumber()).append('\n');
        c.append("diagnostic bootup level minimal\n");
        c.append("memory free low-watermark processor 71489\n");
        options.enableSecret().ifPresent(s -> c.append("enable secret 9 ").append(RunningConfig.secretHash(s)).append('\n'));
        c.append("username ").append(options.username()).append(" privilege ").append(options.loginPrivilege())
                .append(" secret 9 ").append(RunningConfig.secretHash(options.password())).append('\n');
        c.append("redundancy\n");
        c.append("archive\n");
        c.append(" path flash:sxalable-archive\n");
        c.append(" maximum 14\n");
        c.append("interface Loopback0\n");
        c.append(" ip address 10.255.0.1 255.255.255.255\n");
        c.append("interface GigabitEthernet1\n");
        c.append(" description management\n");
        c.append(" ip address 192.168.122.11 255.255.255.0\n");
        c.append(" negotiation auto\n");
        c.append(" no mop enabled\n");
        c.append(" no mop sysid\n");
        if (options.physicalInterfaces() >= 2) {
            c.append("interface GigabitEthernet2\n");
            c.append(" description to r2\n");
            c.append(" ip address 10.0.12.1 255.255.255.252\n");
            c.append(" negotiation auto\n");
            c.append(" ipv6 address 2001:DB8:12::1/64\n");
            c.append(" no mop enabled\n");
            c.append(" no mop sysid\n");
        }
        if (options.physicalInterfaces() >= 3) {
            c.append("interface GigabitEthernet3\n");
            c.append(" description cust-a\n");
            c.append(" vrf forwarding CUST-A\n");
            c.append(" ip address 192.0.2.1 255.255.255.252\n");
            c.append(" negotiation auto\n");
            c.append(" no mop enabled\n");
            c.append(" no mop sysid\n");
        }
        c.append("router bgp 65001\n");
        c.append(" bgp router-id 10.255.0.1\n");
        c.append(" bgp log-neighbor-changes\n");
        c.append(" neighbor 10.0.12.2 remote-as 65002\n");
        c.append(" neighbor 10.0.12.2 description r2\n");
        c.append(" neighbor 10.0.13.2 remote-as 65003\n");
        c.append(" neighbor 10.0.13.2 description r3 (maintenance)\n");
        c.append(" neighbor 10.0.13.2 shutdown\n");
        c.append(" neighbor 2001:DB8:12::2 remote-as 65002\n");
        c.append(" address-family ipv4\n");
        c.append("  network 10.255.0.1 mask 255.255.255.255\n");
        c.append("  neighbor 10.0.12.2 activate\n");
        c.append("  neighbor 10.0.13.2 activate\n");
        c.append(" exit-address-family\n");
        c.append(" address-family ipv6\n");
        c.append("  neighbor 2001:DB8:12::2 activate\n");
        c.append(" exit-address-family\n");
        c.append(" address-family ipv4 vrf CUST-A\n");
        c.append("  neighbor 192.0.2.2 remote-as 65100\n");
        c.append("  neighbor 192.0.2.2 description cust-a-ce\n");
        c.append("  neighbor 192.0.2.2 activate\n");
        c.append(" exit-address-family\n");
        c.append("ip forward-protocol nd\n");
        c.append("no ip http server\n");
        c.append("no ip http secure-server\n");
        c.append("ip ssh version 2\n");
        c.append("ip scp server enable\n");
        c.append("control-plane\n");
        c.append("line con 0\n");
        c.append(" stopbits 1\n");
        c.append("line vty 0 4\n");
        c.append(" login local\n");
        c.append(" transport input ssh\n");
        c.append("end\n");
        return c.toString();
    }
}

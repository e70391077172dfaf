package io.sxalable.testing.sim.ciscoios.config;

import static io.sxalable.testing.sim.ciscoios.config.ConfigDef.block;
import static io.sxalable.testing.sim.ciscoios.config.ConfigDef.line;
import static io.sxalable.testing.sim.ciscoios.config.ConfigDef.single;

import io.sxalable.testing.sim.ciscoios.cli.CommandTable;
import java.util.EnumMap;
import java.util.Map;

/**
 * The configuration statements the simulated IOS-XE knows, per mode: the subset a CSR1000V's default config
 * uses plus what routing tests need (interfaces, addresses, VRFs, BGP with address families, archive). Top-level
 * ranks are grouped in tens: IOS prints a {@code !} line between groups ({@code version} and {@code service}
 * lines belong together, {@code hostname} stands alone).
 */
public final class Grammar {

    /** Rank of {@code interface} blocks; they are sorted by type and number among themselves. */
    public static final int INTERFACE_RANK = 200;

    private static final Map<Mode, CommandTable<ConfigDef>> TABLES = new EnumMap<>(Mode.class);

    static {
        CommandTable<ConfigDef> global = new CommandTable<>();
        global.add("version <word>", single("version <word>", 10, "version"));
        global.add("service <line>", line("service <line>", 11));
        global.add("platform <line>", line("platform <line>", 12));
        global.add("hostname <word>", single("hostname <word>", 20, "hostname"));
        global.add("boot-start-marker", line("boot-start-marker", 30));
        global.add("boot-end-marker", line("boot-end-marker", 30).grouped(null, 1));
        global.add("vrf definition <word>", block("vrf definition <word>", 40, Mode.VRF));
        global.add("no aaa new-model", single("no aaa new-model", 50, "aaa new-model"));
        global.add("aaa new-model", single("aaa new-model", 50, "aaa new-model"));
        global.add("ip domain name <word>", single("ip domain name <word>", 60, "ip domain name"));
        global.add("no ip domain lookup", single("no ip domain lookup", 61, "ip domain lookup"));
        global.add("ip domain lookup", single("ip domain lookup", 61, "ip domain lookup").asDefault());
        global.add("login <line>", line("login <line>", 70));
        global.add("subscriber templating", line("subscriber templating", 80));
        global.add("multilink bundle-name authenticated", line("multilink bundle-name authenticated", 90));
        global.add("license <line>", line("license <line>", 100));
        global.add("diagnostic <line>", line("diagnostic <line>", 101));
        global.add("memory <line>", line("memory <line>", 102));
        global.add("enable secret <line>", single("enable secret <line>", 110, "enable secret"));
        global.add("username <word> privilege <0-15> secret <line>",
                single("username <word> privilege <0-15> secret <line>", 120, "$0 $1"));
        global.add("username <word> secret <line>", single("username <word> secret <line>", 120, "$0 $1"));
        global.add("username <word>", single("username <word>", 120, "$0 $1").removalOnly().clearing("username $1 ", false));
        global.add("redundancy", block("redundancy", 130, Mode.REDUNDANCY));
        global.add("archive", block("archive", 140, Mode.ARCHIVE));
        global.add("interface <ifname>", block("interface <ifname>", INTERFACE_RANK, Mode.INTERFACE));
        global.add("router bgp <asn>", block("router bgp <asn>", 300, Mode.ROUTER_BGP));
        global.add("ip forward-protocol nd", line("ip forward-protocol nd", 350));
        global.add("no ip http server", single("no ip http server", 351, "ip http server"));
        global.add("ip http server", single("ip http server", 351, "ip http server"));
        global.add("no ip http secure-server", single("no ip http secure-server", 351, "ip http secure-server").grouped(null, 1));
        global.add("ip http secure-server", single("ip http secure-server", 351, "ip http secure-server").grouped(null, 1));
        global.add("ip route <line>", line("ip route <line>", 400));
        global.add("ip ssh version <1-2>", single("ip ssh version <1-2>", 410, "ip ssh version"));
        global.add("ip scp server enable", line("ip scp server enable", 411).grouped(null, 1));
        global.add("ntp server <ip>", line("ntp server <ip>", 450));
        global.add("control-plane", block("control-plane", 900, Mode.CONTROL_PLANE));
        global.add("line con 0", block("line con 0", 940, Mode.LINE));
        global.add("line vty <0-1869> <0-1869>", block("line vty <0-1869> <0-1869>", 950, Mode.LINE));
        TABLES.put(Mode.GLOBAL, global);

        CommandTable<ConfigDef> vrf = new CommandTable<>();
        vrf.add("description <line>", single("description <line>", 1, "description"));
        vrf.add("rd <word>", single("rd <word>", 2, "rd"));
        vrf.add("address-family ipv4", block("address-family ipv4", 10, Mode.VRF_AF));
        vrf.add("address-family ipv6", block("address-family ipv6", 11, Mode.VRF_AF));
        TABLES.put(Mode.VRF, vrf);
        TABLES.put(Mode.VRF_AF, new CommandTable<>());

        CommandTable<ConfigDef> archive = new CommandTable<>();
        archive.add("path <url>", single("path <url>", 1, "path"));
        archive.add("maximum <1-14>", single("maximum <1-14>", 2, "maximum"));
        archive.add("write-memory", line("write-memory", 3));
        archive.add("time-period <1-525600>", single("time-period <1-525600>", 4, "time-period"));
        TABLES.put(Mode.ARCHIVE, archive);

        CommandTable<ConfigDef> intf = new CommandTable<>();
        intf.add("description <line>", single("description <line>", 1, "description"));
        intf.add("bandwidth <1-100000000>", single("bandwidth <1-100000000>", 2, "bandwidth"));
        intf.add("vrf forwarding <word>", single("vrf forwarding <word>", 3, "vrf forwarding"));
        intf.add("mtu <64-9216>", single("mtu <64-9216>", 4, "mtu"));
        intf.add("ip address <ipv4> <mask> secondary", line("ip address <ipv4> <mask> secondary", 5));
        intf.add("ip address <ipv4> <mask>", single("ip address <ipv4> <mask>", 6, "ip address"));
        intf.add("no ip address", single("no ip address", 6, "ip address").clearing("ip address ", false));
        intf.add("ip mtu <68-9216>", single("ip mtu <68-9216>", 7, "ip mtu"));
        intf.add("shutdown", single("shutdown", 8, "shutdown"));
        intf.add("negotiation auto", single("negotiation auto", 9, "negotiation auto"));
        intf.add("ipv6 address <ipv6prefix>", line("ipv6 address <ipv6prefix>", 10));
        intf.add("ipv6 enable", line("ipv6 enable", 10).grouped(null, 1));
        intf.add("no mop enabled", single("no mop enabled", 20, "mop enabled"));
        intf.add("mop enabled", single("mop enabled", 20, "mop enabled").asDefault());
        intf.add("no mop sysid", single("no mop sysid", 21, "mop sysid"));
        intf.add("mop sysid", single("mop sysid", 21, "mop sysid").asDefault());
        TABLES.put(Mode.INTERFACE, intf);

        CommandTable<ConfigDef> bgp = new CommandTable<>();
        bgp.add("bgp router-id <ipv4>", single("bgp router-id <ipv4>", 1, "bgp router-id"));
        bgp.add("bgp log-neighbor-changes", line("bgp log-neighbor-changes", 2));
        bgp.add("no bgp default ipv4-unicast", single("no bgp default ipv4-unicast", 3, "bgp default ipv4-unicast"));
        bgp.add("bgp default ipv4-unicast", single("bgp default ipv4-unicast", 3, "bgp default ipv4-unicast").asDefault());
        addNeighborStatements(bgp, 10, true);
        bgp.add("address-family ipv4 unicast vrf <word>", block("address-family ipv4 unicast vrf <word>", 60,
                Mode.BGP_VRF_AF).printedAs("address-family ipv4 vrf $4"));
        bgp.add("address-family ipv4 vrf <word>", block("address-family ipv4 vrf <word>", 60, Mode.BGP_VRF_AF));
        bgp.add("address-family ipv4 unicast", block("address-family ipv4 unicast", 50, Mode.BGP_AF)
                .printedAs("address-family ipv4"));
        bgp.add("address-family ipv4", block("address-family ipv4", 50, Mode.BGP_AF));
        bgp.add("address-family ipv6 unicast", block("address-family ipv6 unicast", 51, Mode.BGP_AF)
                .printedAs("address-family ipv6"));
        bgp.add("address-family ipv6", block("address-family ipv6", 51, Mode.BGP_AF));
        TABLES.put(Mode.ROUTER_BGP, bgp);

        CommandTable<ConfigDef> af = new CommandTable<>();
        af.add("network <ipv4> mask <mask>", line("network <ipv4> mask <mask>", 1));
        af.add("network <ipv4>", line("network <ipv4>", 1));
        af.add("network <ipv6prefix>", line("network <ipv6prefix>", 1));
        af.add("neighbor <ip> activate", line("neighbor <ip> activate", 5).grouped("neighbor $1", 1));
        af.add("neighbor <ip>", single("neighbor <ip>", 5, "$0 $1").removalOnly().clearing("neighbor $1 ", false));
        TABLES.put(Mode.BGP_AF, af);

        CommandTable<ConfigDef> vrfAf = new CommandTable<>();
        vrfAf.add("network <ipv4> mask <mask>", line("network <ipv4> mask <mask>", 1));
        vrfAf.add("network <ipv4>", line("network <ipv4>", 1));
        addNeighborStatements(vrfAf, 5, false);
        vrfAf.add("neighbor <ip> activate", line("neighbor <ip> activate", 5).grouped("neighbor $1", 4));
        TABLES.put(Mode.BGP_VRF_AF, vrfAf);

        CommandTable<ConfigDef> lineMode = new CommandTable<>();
        lineMode.add("exec-timeout <0-35791> <0-2147483>", single("exec-timeout <0-35791> <0-2147483>", 1, "exec-timeout"));
        lineMode.add("login local", single("login local", 2, "login"));
        lineMode.add("stopbits <1-2>", single("stopbits <1-2>", 3, "stopbits"));
        lineMode.add("transport input <word>", single("transport input <word>", 4, "transport input"));
        TABLES.put(Mode.LINE, lineMode);
        TABLES.put(Mode.REDUNDANCY, new CommandTable<>());
        TABLES.put(Mode.CONTROL_PLANE, new CommandTable<>());
    }

    private static void addNeighborStatements(CommandTable<ConfigDef> table, int rank, boolean global) {
        table.add("neighbor <ip> remote-as <asn>", single("neighbor <ip> remote-as <asn>", rank, "$0 $1 $2")
                .grouped("neighbor $1", 0));
        table.add("neighbor <ip> description <line>", single("neighbor <ip> description <line>", rank, "$0 $1 $2")
                .grouped("neighbor $1", 1));
        table.add("neighbor <ip> update-source <ifname>", single("neighbor <ip> update-source <ifname>", rank,
                "$0 $1 $2").grouped("neighbor $1", 2));
        table.add("neighbor <ip> shutdown", single("neighbor <ip> shutdown", rank, "$0 $1 $2")
                .grouped("neighbor $1", 3));
        // "no neighbor X" removes the neighbor with all its lines, in the address families as well
        table.add("neighbor <ip>", single("neighbor <ip>", rank, "$0 $1").removalOnly()
                .clearing("neighbor $1 ", global));
    }

    private Grammar() {
    }

    /** The statements of {@code mode}. */
    public static CommandTable<ConfigDef> table(Mode mode) {
        return TABLES.get(mode);
    }
}

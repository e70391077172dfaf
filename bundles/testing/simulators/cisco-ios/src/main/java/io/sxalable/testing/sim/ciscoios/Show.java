package io.sxalable.testing.sim.ciscoios;

import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Output of the read-only {@code show} commands, in the layout of IOS-XE 17.3 on a CSR1000V, derived from the
 * device's current state (so a committed change shows up in the next output).
 */
final class Show {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss.SSS 'UTC' EEE MMM d yyyy",
            Locale.ROOT).withZone(ZoneOffset.UTC);

    private Show() {
    }

    static String version(Device d) {
        String host = d.hostname();
        String uptime = uptime(Duration.ofSeconds(d.upSeconds()));
        int gig = d.options().physicalInterfaces();
        return "Cisco IOS XE Software, Version 17.03.04a\n"
                + "Cisco IOS Software [Amsterdam], Virtual XE Software (X86_64_LINUX_IOSD-UNIVERSALK9-M), Version 17.3.4a, "
                + "RELEASE SOFTWARE (fc3)\n"
                + "Technical Support: http://www.cisco.com/techsupport\n"
                + "Copyright (c) 1986-2021 by Cisco Systems, Inc.\n"
                + "Compiled Tue 20-Jul-21 04:59 by mcpre\n"
                + "\n\n"
                + "Cisco IOS-XE software, Copyright (c) 2005-2021 by cisco Systems, Inc.\n"
                + "All rights reserved.  Certain components of Cisco IOS-XE software are\n"
                + "licensed under the GNU General Public License (\"GPL\") Version 2.0.  The\n"
                + "software code licensed under GPL Version 2.0 is free software that comes\n"
                + "with ABSOLUTELY NO WARRANTY.  You can redistribute and/or modify such\n"
                + "GPL code under the terms of GPL Version 2.0.  For more details, see the\n"
                + "documentation or \"License Notice\" file accompanying the IOS-XE software,\n"
                + "or the applicable URL provided on the flyer accompanying the IOS-XE\n"
                + "software.\n"
                + "\n\n"
                + "ROM: IOS-XE ROMMON\n"
                + "\n"
                + host + " uptime is " + uptime + "\n"
                + "Uptime for this control processor is " + uptime + "\n"
                + "System returned to ROM by reload\n"
                + "System image file is \"bootflash:packages.conf\"\n"
                + "Last reload reason: reload\n"
                + "\n\n\n"
                + "This product contains cryptographic features and is subject to United\n"
                + "States and local country laws governing import, export, transfer and\n"
                + "use. Delivery of Cisco cryptographic products does not imply\n"
                + "third-party authority to import, export, distribute or use encryption.\n"
                + "Importers, exporters, distributors and users are responsible for\n"
                + "compliance with U.S. and local country laws. By using this product you\n"
                + "agree to comply with applicable laws and regulations. If you are unable\n"
                + "to comply with U.S. and local laws, return this product immediately.\n"
                + "\n"
                + "A summary of U.S. laws governing Cisco cryptographic products may be found at:\n"
                + "http://www.cisco.com/wwl/export/crypto/tool/stqrg.html\n"
                + "\n"
                + "If you require further assistance please contact us by sending email to\n"
                + "export@cisco.com.\n"
                + "\n"
                + "License Level: ax\n"
                + "License Type: N/A(Smart License Enabled)\n"
                + "Next reload license Level: ax\n"
                + "\n"
                + "The current throughput level is 1000 kbps \n"
                + "\n\n"
                + "Smart Licensing Status: UNREGISTERED/No Licenses in Use\n"
                + "\n"
                + "cisco CSR1000V (VXE) processor (revision VXE) with 2071829K/3075K bytes of memory.\n"
                + "Processor board ID " + d.options().serialNumber() + "\n"
                + gig + " Gigabit Ethernet interface" + (gig == 1 ? "" : "s") + "\n"
                + "32768K bytes of non-volatile configuration memory.\n"
                + "3978244K bytes of physical memory.\n"
                + "6188032K bytes of virtual hard disk at bootflash:.\n"
                + "\n"
                + "Configuration register is 0x2102\n"
                + "\n";
    }

    /** IOS's uptime text: {@code 1 week, 2 days, 3 hours, 4 minutes}; zero units are left out. */
    static String uptime(Duration d) {
        long minutes = d.toMinutes();
        long years = minutes / (365L * 24 * 60);
        minutes -= years * 365L * 24 * 60;
        long weeks = minutes / (7L * 24 * 60);
        minutes -= weeks * 7L * 24 * 60;
        long days = minutes / (24 * 60);
        minutes -= days * 24 * 60;
        long hours = minutes / 60;
        minutes -= hours * 60;
        List<String> parts = new ArrayList<>();
        unit(parts, years, "year");
        unit(parts, weeks, "week");
        unit(parts, days, "day");
        unit(parts, hours, "hour");
        if (minutes > 0 || parts.isEmpty()) {
            parts.add(minutes + " minute" + (minutes == 1 ? "" : "s"));
        }
        return String.join(", ", parts);
    }

    private static void unit(List<String> parts, long value, String name) {
        if (value > 0) {
            parts.add(value + " " + name + (value == 1 ? "" : "s"));
        }
    }

    static String clock(Device d) {
        return "*" + CLOCK.format(d.now()) + "\n";
    }

    /** {@code show interfaces [name]}; empty when {@code only} names no existing interface. */
    static Optional<String> interfaces(Device d, Optional<String> only) {
        StringBuilder out = new StringBuilder();
        boolean found = false;
        for (Device.Intf i : d.interfaces()) {
            if (only.isPresent() && !only.get().equals(i.name())) {
                continue;
            }
            found = true;
            interfaceBlock(out, d, i);
        }
        return found ? Optional.of(out.toString()) : Optional.empty();
    }

    private static void interfaceBlock(StringBuilder out, Device d, Device.Intf i) {
        String state = i.adminUp() ? "up" : "administratively down";
        String protocol = i.adminUp() ? "up" : "down";
        out.append(i.name()).append(" is ").append(state).append(", line protocol is ").append(protocol).append(" \n");
        if (i.loopback()) {
            out.append("  Hardware is Loopback\n");
        } else {
            String mac = mac(d, i.index());
            out.append("  Hardware is CSR vNIC, address is ").append(mac).append(" (bia ").append(mac).append(")\n");
        }
        i.description().ifPresent(desc -> out.append("  Description: ").append(desc).append('\n'));
        i.primary().ifPresent(a -> out.append("  Internet address is ").append(a[0]).append('/')
                .append(prefixLength(a[1])).append('\n'));
        int mtu = i.config().childValue("mtu ").map(Integer::parseInt).orElse(i.loopback() ? 1514 : 1500);
        long bw = i.config().childValue("bandwidth ").map(Long::parseLong).orElse(i.loopback() ? 8_000_000L : 1_000_000L);
        out.append("  MTU ").append(mtu).append(" bytes, BW ").append(bw).append(" Kbit/sec, DLY ")
                .append(i.loopback() ? 5000 : 10).append(" usec, \n");
        out.append("     reliability 255/255, txload 1/255, rxload 1/255\n");
        boolean up = i.adminUp() && !i.loopback();
        long seconds = up ? d.upSeconds() : 0;
        long ppsIn = up ? 2 + Math.floorMod(i.name().hashCode(), 4) : 0;
        long ppsOut = up ? 1 + Math.floorMod(i.name().hashCode() / 7, 3) : 0;
        long packetsIn = seconds * ppsIn;
        long packetsOut = seconds * ppsOut;
        long bytesIn = packetsIn * 118;
        long bytesOut = packetsOut * 96;
        long inputDrops = up ? Math.floorMod(i.name().hashCode(), 3) : 0;
        if (i.loopback()) {
            out.append("  Encapsulation LOOPBACK, loopback not set\n");
            out.append("  Keepalive set (10 sec)\n");
            out.append("  Last input never, output never, output hang never\n");
            out.append("  Last clearing of \"show interface\" counters never\n");
            out.append("  Input queue: 0/75/0/0 (size/max/drops/flushes); Total output drops: 0\n");
            out.append("  Queueing strategy: fifo\n");
            out.append("  Output queue: 0/0 (size/max)\n");
        } else {
            out.append("  Encapsulation ARPA, loopback not set\n");
            out.append("  Keepalive set (10 sec)\n");
            out.append("  Full Duplex, 1000Mbps, link type is auto, media type is Virtual\n");
            out.append("  output flow-control is unsupported, input flow-control is unsupported\n");
            out.append("  ARP type: ARPA, ARP Timeout 04:00:00\n");
            out.append(up ? "  Last input 00:00:00, output 00:00:01, output hang never\n"
                    : "  Last input never, output never, output hang never\n");
            out.append("  Last clearing of \"show interface\" counters never\n");
            out.append("  Input queue: 0/375/").append(inputDrops).append("/0 (size/max/drops/flushes); "
                    + "Total output drops: 0\n");
            out.append("  Queueing strategy: fifo\n");
            out.append("  Output queue: 0/40 (size/max)\n");
        }
        out.append("  5 minute input rate ").append(ppsIn * 118 * 8).append(" bits/sec, ").append(ppsIn)
                .append(" packets/sec\n");
        out.append("  5 minute output rate ").append(ppsOut * 96 * 8).append(" bits/sec, ").append(ppsOut)
                .append(" packets/sec\n");
        out.append("     ").append(packetsIn).append(" packets input, ").append(bytesIn).append(" bytes, 0 no buffer\n");
        out.append("     Received ").append(up ? packetsIn / 50 : 0).append(" broadcasts (0 IP multicasts)\n");
        out.append("     0 runts, 0 giants, 0 throttles \n");
        if (i.loopback()) {
            out.append("     0 input errors, 0 CRC, 0 frame, 0 overrun, 0 ignored, 0 abort\n");
            out.append("     ").append(packetsOut).append(" packets output, ").append(bytesOut)
                    .append(" bytes, 0 underruns\n");
            out.append("     Output 0 broadcasts (0 IP multicasts)\n");
            out.append("     0 output errors, 0 collisions, 0 interface resets\n");
            out.append("     0 unknown protocol drops\n");
            out.append("     0 output buffer failures, 0 output buffers swapped out\n");
        } else {
            out.append("     0 input errors, 0 CRC, 0 frame, 0 overrun, 0 ignored\n");
            out.append("     0 watchdog, ").append(up ? packetsIn / 200 : 0).append(" multicast, 0 pause input\n");
            out.append("     ").append(packetsOut).append(" packets output, ").append(bytesOut)
                    .append(" bytes, 0 underruns\n");
            out.append("     Output 0 broadcasts (0 IP multicasts)\n");
            out.append("     0 output errors, 0 collisions, ").append(up ? 1 : 0).append(" interface resets\n");
            out.append("     0 unknown protocol drops\n");
            out.append("     0 babbles, 0 late collision, 0 deferred\n");
            out.append("     0 lost carrier, 0 no carrier, 0 pause output\n");
            out.append("     0 output buffer failures, 0 output buffers swapped out\n");
        }
    }

    /** {@code show ip interface brief}. */
    static String ipInterfaceBrief(Device d) {
        StringBuilder out = new StringBuilder(
                "Interface              IP-Address      OK? Method Status                Protocol\n");
        for (Device.Intf i : d.interfaces()) {
            String ip = i.primary().map(a -> a[0]).orElse("unassigned");
            String method = i.primary().isPresent() ? "NVRAM" : "unset";
            String status = i.adminUp() ? "up" : "administratively down";
            String protocol = i.adminUp() ? "up" : "down";
            out.append(String.format(Locale.ROOT, "%-22s %-15s YES %-6s %-21s %-8s", i.name(), ip, method, status,
                    protocol)).append('\n');
        }
        return out.toString();
    }

    /** A CSR vNIC MAC in Cisco's dotted notation, stable per device and interface: {@code 5254.00a1.b201}. */
    static String mac(Device d, int index) {
        int h = Math.floorMod(d.options().serialNumber().hashCode(), 0x10000);
        return String.format(Locale.ROOT, "5254.00%02x.%02x%02x", (h >> 8) & 0xff, h & 0xff, index & 0xff);
    }

    static int prefixLength(String mask) {
        return Long.bitCount(Bgp.ipv4(mask));
    }

    /** {@code dir flash:}. */
    static String dir(Device d) {
        DateTimeFormatter stamp = DateTimeFormatter.ofPattern("MMM d yyyy HH:mm:ss", Locale.ROOT)
                .withZone(ZoneOffset.UTC);
        StringBuilder out = new StringBuilder("Directory of bootflash:/\n\n");
        out.append(String.format(Locale.ROOT, "%6d  drwx  %15d  %s +00:00  lost+found%n", 11, 16384,
                stamp.format(d.boot())));
        int inode = 12;
        long used = 16384;
        for (var e : d.files().entrySet()) {
            String name = e.getKey().substring("flash:".length());
            used += e.getValue();
            out.append(String.format(Locale.ROOT, "%6d  -rw-  %15d  %s +00:00  %s%n", inode++, e.getValue(),
                    stamp.format(d.fileTime(e.getKey())), name));
        }
        long total = 6_286_540_800L;
        out.append('\n').append(total).append(" bytes total (").append(total - 842_000_000L - used)
                .append(" bytes free)\n");
        return out.toString();
    }

    /** {@code show archive}. */
    static String archive(Device d) {
        StringBuilder out = new StringBuilder();
        Optional<String> next = d.nextArchiveName();
        if (next.isEmpty()) {
            return "Archive feature not enabled\n";
        }
        List<String> files = d.archiveFiles();
        out.append("The maximum archive configurations allowed is ").append(d.archiveMaximum()).append(".\n");
        out.append("There are currently ").append(files.size()).append(" archive configurations saved.\n");
        out.append("The next archive file will be named ").append(next.get()).append('\n');
        out.append(" Archive #  Name\n");
        for (int n = 1; n <= d.archiveMaximum(); n++) {
            out.append(String.format(Locale.ROOT, "   %-2d", n));
            if (n <= files.size()) {
                out.append("       ").append(files.get(n - 1));
                if (n == files.size()) {
                    out.append(" <- Most Recent");
                }
            }
            out.append('\n');
        }
        return out.toString();
    }
}

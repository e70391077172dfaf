package io.sxalable.testing.sim.routeros;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code /export} text of a {@link Device}, the way RouterOS 7 writes it (compact mode: only what differs from the
 * defaults; dynamic items left out):
 *
 * <pre>
 * # 2025-01-14 09:21:07 by RouterOS 7.16.1
 * # software id = 8XKT-4RXB
 * #
 * # model = RB5009UG+S+
 * # serial number = HE10ABC1234
 * /interface ethernet
 * set [ find default-name=ether1 ] comment=mgmt
 * /routing bgp template
 * set default as=65001 router-id=10.255.0.1
 * /ip address
 * add address=192.168.88.1/24 comment=defconf interface=ether1 network=192.168.88.0
 * /routing bgp connection
 * add as=65001 local.role=ebgp name=to-r2 remote.address=10.0.12.2 .as=65002 \
 *     templates=default
 * /system identity
 * set name=r1
 * </pre>
 *
 * Attributes come in alphabetical order; a dotted attribute that shares its prefix with the one before it is
 * written {@code .suffix}; lines longer than 80 columns continue after {@code " \"} on a line indented by four
 * blanks. Line ends are CR LF in the file.
 */
final class Exporter {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    static final int WIDTH = 80;

    private Exporter() {
    }

    /** The export of everything ({@code menu} {@code ""}) or of one menu ({@code /ip/address}). */
    static String export(Device d, String menu, ZonedDateTime now) {
        List<String> lines = new ArrayList<>();
        lines.add("# " + STAMP.format(now) + " by RouterOS " + d.options.version());
        lines.add("# software id = " + (d.options.chr() ? "" : d.options.softwareId()));
        lines.add("#");
        if (!d.options.chr()) {
            lines.add("# model = " + d.options.board());
            lines.add("# serial number = " + d.options.serialNumber());
        }
        if (menu.isEmpty() || menu.equals("/interface/ethernet") || menu.equals("/interface")) {
            List<String> section = new ArrayList<>();
            for (Item i : d.interfaces.items) {
                if (!"ether".equals(i.get("type"))) {
                    continue;
                }
                Map<String, String> changed = new TreeMap<>();
                if (i.get("comment") != null) {
                    changed.put("comment", i.get("comment"));
                }
                if (i.flag("disabled")) {
                    changed.put("disabled", "yes");
                }
                if (!i.get("name").equals(i.get("default-name"))) {
                    changed.put("name", i.get("name"));
                }
                if (!"1500".equals(i.get("mtu"))) {
                    changed.put("mtu", i.get("mtu"));
                }
                if (!changed.isEmpty()) {
                    section.add("set [ find default-name=" + i.get("default-name") + " ] " + attributes(changed));
                }
            }
            section("/interface ethernet", section, lines);
        }
        if (menu.isEmpty() || menu.equals("/routing/bgp/template")) {
            List<String> section = new ArrayList<>();
            for (Item t : d.templates.items) {
                Map<String, String> config = config(t);
                if (t.flag("builtin")) {
                    config.remove("name");
                    if (!config.isEmpty()) {
                        section.add("set default " + attributes(config));
                    }
                } else {
                    section.add("add " + attributes(config));
                }
            }
            section("/routing bgp template", section, lines);
        }
        if (menu.isEmpty() || menu.equals("/ip/address")) {
            List<String> section = new ArrayList<>();
            d.ipv4.items.forEach(i -> section.add("add " + attributes(config(i))));
            section("/ip address", section, lines);
        }
        if (menu.isEmpty() || menu.equals("/ipv6/address")) {
            List<String> section = new ArrayList<>();
            for (Item i : d.ipv6.items) {
                if (i.flag("dynamic")) {
                    continue;
                }
                Map<String, String> config = config(i);
                if ("yes".equals(config.get("advertise"))) {
                    config.remove("advertise");   // the default
                }
                config.remove("eui-64", "no");
                config.remove("no-dad", "no");
                section.add("add " + attributes(config));
            }
            section("/ipv6 address", section, lines);
        }
        if (menu.isEmpty() || menu.equals("/routing/bgp/connection")) {
            List<String> section = new ArrayList<>();
            d.connections.items.forEach(i -> section.add("add " + attributes(config(i))));
            section("/routing bgp connection", section, lines);
        }
        if ((menu.isEmpty() || menu.equals("/system/identity")) && !d.identity().equals("MikroTik")) {
            section("/system identity", List.of("set name=" + Formats.value(d.identity())), lines);
        }
        return String.join("\r\n", lines) + "\r\n";
    }

    private static void section(String header, List<String> commands, List<String> lines) {
        if (commands.isEmpty()) {
            return;
        }
        lines.add(header);
        commands.forEach(c -> lines.addAll(wrap(c)));
    }

    /** Stored configuration: booleans as yes/no, {@code disabled=no} and internal marks left out. */
    private static Map<String, String> config(Item i) {
        Map<String, String> out = new TreeMap<>();
        i.attributes.forEach((k, v) -> {
            if (k.equals("builtin") || k.equals("dynamic") || k.equals("link-local")) {
                return;
            }
            String value = v.equals("true") ? "yes" : v.equals("false") ? "no" : v;
            if (k.equals("disabled") && value.equals("no")) {
                return;
            }
            out.put(k, value);
        });
        return out;
    }

    static String attributes(Map<String, String> sorted) {
        StringBuilder out = new StringBuilder();
        String previousPrefix = null;
        for (Map.Entry<String, String> e : new TreeMap<>(sorted).entrySet()) {
            String key = e.getKey();
            int dot = key.indexOf('.');
            String prefix = dot > 0 ? key.substring(0, dot) : null;
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(prefix != null && prefix.equals(previousPrefix) ? key.substring(dot) : key)
                    .append('=').append(Formats.value(e.getValue()));
            previousPrefix = prefix;
        }
        return out.toString();
    }

    /** Breaks a long command between words (never inside quotes) into lines of at most {@value #WIDTH} columns. */
    static List<String> wrap(String command) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < command.length(); i++) {
            char c = command.charAt(i);
            if (c == '\\' && quoted && i + 1 < command.length()) {
                word.append(c).append(command.charAt(++i));
                continue;
            }
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == ' ' && !quoted) {
                words.add(word.toString());
                word.setLength(0);
            } else {
                word.append(c);
            }
        }
        words.add(word.toString());
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String w : words) {
            if (!line.toString().isBlank() && line.length() + 1 + w.length() + 2 > WIDTH) {
                lines.add(line.append(" \\").toString());
                line = new StringBuilder("    ");
            } else if (line.length() > 0 && !line.toString().isBlank()) {
                line.append(' ');
            }
            line.append(w);
        }
        lines.add(line.toString());
        return lines;
    }
}

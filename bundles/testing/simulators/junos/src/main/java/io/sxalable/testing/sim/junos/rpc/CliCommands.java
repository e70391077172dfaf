package io.sxalable.testing.sim.junos.rpc;

import io.sxalable.testing.sim.junos.BgpPeers;
import io.sxalable.testing.sim.junos.Interfaces;
import io.sxalable.testing.sim.junos.Router;
import io.sxalable.testing.sim.junos.RouterView;
import io.sxalable.testing.sim.junos.config.ConfigNode;
import io.sxalable.testing.sim.junos.config.ConfigParser;
import io.sxalable.testing.sim.junos.config.ConfigPrinter;
import io.sxalable.testing.sim.junos.config.ConfigSyntaxException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * {@code <command format="text">}: the operational commands the simulator knows, printed like the Junos CLI,
 * with unique-prefix abbreviations ({@code sh ver}) and the {@code match}, {@code except}, {@code count},
 * {@code last}, {@code find}, {@code trim} and {@code no-more} pipes. Anything else is a {@code syntax error}.
 */
final class CliCommands {

    private static final List<List<String>> COMMANDS = List.of(
            List.of("show", "version"),
            List.of("show", "system", "uptime"),
            List.of("show", "interfaces", "terse"),
            List.of("show", "bgp", "summary"),
            List.of("show", "chassis", "hardware"),
            List.of("show", "configuration"));

    private CliCommands() {
    }

    static String run(Router router, String line) throws RpcException {
        String[] stages = line.strip().split("\\s+\\|\\s*");
        List<String> tokens = new ArrayList<>(Arrays.asList(stages[0].strip().split("\\s+")));
        List<String> command = match(tokens);
        String output = switch (String.join(" ", command)) {
            case "show version" -> version(router);
            case "show system uptime" -> uptime(router);
            case "show interfaces terse" -> terse(router);
            case "show bgp summary" -> bgpSummary(router);
            case "show chassis hardware" -> hardware(router);
            case "show configuration" -> configuration(router, tokens.subList(2, tokens.size()));
            default -> throw syntaxError(tokens.get(0));
        };
        for (int i = 1; i < stages.length; i++) {
            output = pipe(output, stages[i].strip());
        }
        return output;
    }

    private static List<String> match(List<String> tokens) throws RpcException {
        for (List<String> c : COMMANDS) {
            boolean open = c.get(c.size() - 1).equals("configuration");
            if (tokens.size() < c.size() || (!open && tokens.size() != c.size())) {
                continue;
            }
            boolean all = true;
            for (int i = 0; i < c.size() && all; i++) {
                all = !tokens.get(i).isEmpty() && c.get(i).startsWith(tokens.get(i).toLowerCase(Locale.ROOT));
            }
            if (all) {
                return c;
            }
        }
        String bad = tokens.isEmpty() ? "" : tokens.get(tokens.size() - 1);
        for (int i = 0; i < tokens.size(); i++) {
            final int index = i;
            boolean known = COMMANDS.stream().anyMatch(c -> c.size() > index
                    && c.get(index).startsWith(tokens.get(index).toLowerCase(Locale.ROOT)));
            if (!known) {
                bad = tokens.get(i);
                break;
            }
        }
        throw syntaxError(bad);
    }

    private static RpcException syntaxError(String bad) {
        return new RpcException(RpcError.error("syntax error, expecting <command>.").withBadElement(bad));
    }

    private static String pipe(String output, String stage) throws RpcException {
        String[] p = stage.split("\\s+", 2);
        String arg = p.length > 1 ? p[1].strip().replaceAll("^\"|\"$", "") : "";
        List<String> lines = output.lines().toList();
        try {
            return switch (p[0]) {
                case "match" -> join(lines.stream().filter(l -> Pattern.compile(arg).matcher(l).find()).toList());
                case "except" -> join(lines.stream().filter(l -> !Pattern.compile(arg).matcher(l).find()).toList());
                case "count" -> "Count: " + lines.size() + " lines\n";
                case "last" -> join(lines.subList(Math.max(0, lines.size()
                        - (arg.isEmpty() ? lines.size() : Integer.parseInt(arg))), lines.size()));
                case "find" -> {
                    Pattern pattern = Pattern.compile(arg);
                    int from = 0;
                    while (from < lines.size() && !pattern.matcher(lines.get(from)).find()) {
                        from++;
                    }
                    yield join(lines.subList(from, lines.size()));
                }
                case "trim" -> join(lines.stream().map(l -> l.length() > Integer.parseInt(arg)
                        ? l.substring(Integer.parseInt(arg)) : "").toList());
                case "no-more" -> output;
                default -> throw new RpcException(RpcError.error("syntax error, expecting <command>.")
                        .withBadElement(p[0]));
            };
        } catch (PatternSyntaxException | NumberFormatException e) {
            throw new RpcException(RpcError.error("syntax error").withBadElement(arg));
        }
    }

    private static String join(List<String> lines) {
        return lines.isEmpty() ? "" : String.join("\n", lines) + "\n";
    }

    static String version(Router router) {
        RouterView view = router.view();
        StringBuilder sb = new StringBuilder();
        if (!view.hostname().isEmpty()) {
            sb.append("Hostname: ").append(view.hostname()).append('\n');
        }
        sb.append("Model: ").append(router.options().model()).append('\n');
        sb.append("Junos: ").append(router.options().version()).append('\n');
        for (OperationalReplies.Package p : OperationalReplies.packages(router.options().version())) {
            sb.append(p.comment()).append('\n');
        }
        return sb.toString();
    }

    static String uptime(Router router) {
        Instant now = router.now();
        Instant booted = router.bootedAt();
        Instant protocols = booted.plusSeconds(118);
        var last = router.datastore().activeRevision();
        return "Current time: " + Junos.dateTime(now) + "\n"
                + "Time Source:  LOCAL CLOCK \n"
                + "System booted: " + Junos.dateTime(booted) + " (" + Junos.timeLength(Duration.between(booted, now)) + " ago)\n"
                + "Protocols started: " + Junos.dateTime(protocols) + " ("
                + Junos.timeLength(Duration.between(protocols, now)) + " ago)\n"
                + "Last configured: " + Junos.dateTime(last.at()) + " (" + Junos.timeLength(Duration.between(last.at(), now))
                + " ago) by " + last.user() + "\n"
                + Junos.CLOCK.format(now).toUpperCase(Locale.ROOT) + "  up " + Junos.upTime(Duration.between(booted, now))
                + ", 1 user, load averages: 0.52, 0.41, 0.38\n";
    }

    static String terse(Router router) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("%-24s%-6s%-5s%-9s%-22s%s%n", "Interface", "Admin", "Link", "Proto", "Local", "Remote"));
        for (Interfaces.Ifd ifd : router.interfaces(router.view())) {
            sb.append(String.format("%-24s%-6s%s%n", ifd.name(), ifd.adminUp() ? "up" : "down",
                    ifd.operUp() ? "up" : "down"));
            for (Interfaces.Ifl ifl : ifd.units()) {
                String head = String.format("%-24s%-6s%-5s", ifl.name(), ifl.disabled() ? "down" : "up",
                        ifl.operUp() ? "up" : "down");
                boolean firstLine = true;
                if (ifl.families().isEmpty()) {
                    sb.append(head.stripTrailing()).append('\n');
                }
                for (Interfaces.Family f : ifl.families()) {
                    List<String> locals = f.addresses().stream().map(a -> a.cidr().endsWith("/32")
                            && !a.local().contains(":") ? a.local() : a.cidr()).toList();
                    String prefix = firstLine ? head : " ".repeat(35);
                    if (locals.isEmpty()) {
                        sb.append(prefix).append(f.name()).append('\n');
                    } else {
                        sb.append(prefix).append(String.format("%-9s%s", f.name(), locals.get(0))).append('\n');
                        for (String more : locals.subList(1, locals.size())) {
                            sb.append(" ".repeat(44)).append(more).append('\n');
                        }
                    }
                    firstLine = false;
                }
            }
        }
        return sb.toString().replace("\r\n", "\n");
    }

    static String bgpSummary(Router router) {
        RouterView view = router.view();
        List<BgpPeers.Peer> peers = router.bgpPeers(view);
        Instant now = router.now();
        long groups = peers.stream().map(p -> p.config().instance() + "|" + p.config().group()).distinct().count();
        long down = peers.stream().filter(p -> !p.established()).count();
        long received = 0;
        long active = 0;
        for (BgpPeers.Peer p : peers) {
            if (p.established()) {
                OperationalReplies.Routes r = OperationalReplies.Routes.of(p);
                received += r.received();
                active += r.active();
            }
        }
        StringBuilder sb = new StringBuilder();
        sb.append("Threading mode: BGP I/O\n");
        sb.append("Default eBGP mode: advertise - accept, receive - accept\n");
        sb.append("Groups: ").append(groups).append(" Peers: ").append(peers.size()).append(" Down peers: ")
                .append(down).append('\n');
        sb.append("Table          Tot Paths  Act Paths Suppressed    History Damp State    Pending\n");
        sb.append("inet.0\n");
        sb.append(String.format("%24d %10d %10d %10d %10d %10d%n", received, active, 0, 0, 0, 0));
        sb.append("Peer                     AS      InPkt     OutPkt    OutQ   Flaps Last Up/Dwn State|#Active/Received/Accepted/Damped...\n");
        for (BgpPeers.Peer p : peers) {
            Duration elapsed = Duration.between(p.since(), now);
            long keepalives = elapsed.getSeconds() / 30;
            long in = 0;
            long out = 0;
            OperationalReplies.Routes r = null;
            if (p.established()) {
                r = OperationalReplies.Routes.of(p);
                in = keepalives + 3 + r.received() / 3;
                out = keepalives + 2 + r.advertised();
            }
            sb.append(String.format("%-20s %8s %10d %10d %7d %7d %11s %s%n", p.config().address(),
                    p.config().peerAs().map(String::valueOf).orElse("0"), in, out, 0, p.flaps(),
                    Junos.bgpElapsed(elapsed), p.established() ? "Establ" : p.state()));
            if (r != null) {
                sb.append("  ").append(r.rib()).append(": ").append(r.active()).append('/').append(r.received())
                        .append('/').append(r.accepted()).append("/0\n");
            }
        }
        return sb.toString().replace("\r\n", "\n");
    }

    static String hardware(Router router) {
        String model = router.options().model().toUpperCase(Locale.ROOT);
        String f = "%-17s%-9s%-13s%-18s%s%n";
        StringBuilder sb = new StringBuilder("Hardware inventory:\n");
        sb.append(String.format(f, "Item", "Version", "Part number", "Serial number", "Description"));
        sb.append(String.format(f, "Chassis", "", "", router.serialNumber(), model));
        sb.append("Midplane\n");
        sb.append(String.format(f, "Routing Engine 0", "", "", "", "RE-" + model));
        sb.append(String.format(f, "CB 0", "", "", "", model + " SCB"));
        sb.append(String.format(f, "FPC 0", "", "", "", "Virtual FPC"));
        sb.append(String.format(f, "  CPU", "Rev. 1.0", "RIOT-LITE", "BUILTIN", "").stripTrailing()).append('\n');
        sb.append(String.format(f, "  MIC 0", "", "", "", "Virtual"));
        sb.append(String.format(f, "    PIC 0", "", "BUILTIN", "BUILTIN", "Virtual"));
        sb.append(String.format(f, "Fan Tray", "", "", "", "Fan Tray"));
        return sb.toString().replace("\r\n", "\n");
    }

    static String configuration(Router router, List<String> path) throws RpcException {
        String text = router.datastore().committedText();
        if (path.isEmpty()) {
            return text;
        }
        try {
            ConfigNode node = ConfigParser.parse(text);
            List<String> remaining = new ArrayList<>(path);
            while (!remaining.isEmpty()) {
                ConfigNode next = null;
                for (ConfigNode c : node.children()) {
                    List<String> w = c.words();
                    if (w.size() <= remaining.size() && remaining.subList(0, w.size()).equals(w)) {
                        next = c;
                        break;
                    }
                }
                if (next == null) {
                    return "";
                }
                remaining = new ArrayList<>(remaining.subList(next.words().size(), remaining.size()));
                node = next;
            }
            if (node.children().isEmpty()) {
                return ConfigPrinter.print(wrap(node));
            }
            return ConfigPrinter.print(node);
        } catch (ConfigSyntaxException e) {
            throw new IllegalStateException("committed configuration does not parse", e);
        }
    }

    private static ConfigNode wrap(ConfigNode leaf) {
        ConfigNode root = ConfigNode.root();
        root.children().add(leaf);
        return root;
    }
}

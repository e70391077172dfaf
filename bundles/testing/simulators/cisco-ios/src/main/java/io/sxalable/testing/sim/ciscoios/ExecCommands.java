package io.sxalable.testing.sim.ciscoios;

import io.sxalable.testing.sim.ciscoios.cli.CommandTable;
import io.sxalable.testing.sim.ciscoios.cli.Syntax;
import io.sxalable.testing.sim.ciscoios.config.RunningConfig;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** The EXEC commands of the simulated router, per privilege level, and their output filters ({@code | include}). */
final class ExecCommands {

    /** What an EXEC command does. */
    @FunctionalInterface
    interface Handler {
        void run(Shell shell, CommandTable.Matched<Handler> match, Filter filter);
    }

    /** An output filter: {@code | include REGEX}, {@code | exclude}, {@code | begin}, {@code | section}. */
    record Filter(String kind, Pattern regex) {
        static final Filter NONE = new Filter("none", null);

        String apply(String text) {
            if (regex == null) {
                return text;
            }
            List<String> lines = List.of(text.split("\n", -1));
            StringBuilder out = new StringBuilder();
            switch (kind) {
                case "include" -> lines.stream().filter(l -> regex.matcher(l).find()).forEach(l -> out.append(l).append('\n'));
                case "exclude" -> lines.stream().filter(l -> !l.isEmpty() && !regex.matcher(l).find())
                        .forEach(l -> out.append(l).append('\n'));
                case "begin" -> {
                    boolean on = false;
                    for (String l : lines) {
                        on |= regex.matcher(l).find();
                        if (on) {
                            out.append(l).append('\n');
                        }
                    }
                }
                default -> {   // section: matching top-level lines with their indented children
                    boolean on = false;
                    for (String l : lines) {
                        if (!l.startsWith(" ")) {
                            on = regex.matcher(l).find();
                        }
                        if (on && !l.isEmpty()) {
                            out.append(l).append('\n');
                        }
                    }
                }
            }
            return out.toString();
        }
    }

    private static final CommandTable<String> FILTERS = new CommandTable<String>()
            .add("include <line>", "include").add("exclude <line>", "exclude").add("begin <line>", "begin")
            .add("section <line>", "section");

    static Optional<Filter> filter(String text) {
        if (FILTERS.match(text, token -> Optional.empty()) instanceof CommandTable.Matched<String> m) {
            try {
                return Optional.of(new Filter(m.payload(), Pattern.compile(m.values().get(0))));
            } catch (PatternSyntaxException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static final CommandTable<Handler> USER = new CommandTable<>();
    private static final CommandTable<Handler> PRIVILEGED = new CommandTable<>();

    static {
        for (CommandTable<Handler> t : List.of(USER, PRIVILEGED)) {
            t.add("enable", ExecCommands::enable);
            t.add("exit", (s, m, f) -> s.close());
            t.add("logout", (s, m, f) -> s.close());
            t.add("quit", (s, m, f) -> s.close());
            t.add("terminal length <0-512>", (s, m, f) -> {
                s.terminalLength = Integer.parseInt(m.values().get(0));
                s.prompt();
            });
            t.add("terminal width <0-512>", (s, m, f) -> {
                s.terminalWidth = Integer.parseInt(m.values().get(0));
                s.prompt();
            });
            t.add("show version", (s, m, f) -> s.output(f.apply(Show.version(s.device()))));
            t.add("show interfaces", (s, m, f) -> s.output(f.apply(Show.interfaces(s.device(), Optional.empty())
                    .orElse(""))));
            t.add("show interfaces <ifname>", ExecCommands::showInterface);
            t.add("show ip interface brief", (s, m, f) -> s.output(f.apply(Show.ipInterfaceBrief(s.device()))));
            t.add("show ip bgp summary", (s, m, f) -> bgp(s, f, List.of("IPv4 Unicast"), false));
            t.add("show bgp ipv4 unicast summary", (s, m, f) -> bgp(s, f, List.of("IPv4 Unicast"), false));
            t.add("show bgp ipv6 unicast summary", (s, m, f) -> bgp(s, f, List.of("IPv6 Unicast"), false));
            t.add("show bgp vpnv4 unicast all summary", (s, m, f) -> bgp(s, f, List.of("VPNv4 Unicast"), false));
            t.add("show bgp all summary", (s, m, f) -> bgp(s, f, Bgp.FAMILIES, true));
            t.add("show clock", (s, m, f) -> s.output(f.apply(Show.clock(s.device()))));
            t.add("show privilege", (s, m, f) -> s.output(f.apply("Current privilege level is " + s.privilege + "\n")));
        }
        PRIVILEGED.add("disable", (s, m, f) -> {
            s.privilege = 1;
            s.prompt();
        });
        PRIVILEGED.add("show running-config", (s, m, f) -> s.output(f.apply(s.device().showRunningConfig())));
        PRIVILEGED.add("show startup-config", (s, m, f) -> {
            String startup = s.device().startupConfig();
            s.output(f.apply("Using " + startup.length() + " out of 33554432 bytes\n" + startup));
        });
        PRIVILEGED.add("show archive", (s, m, f) -> s.output(f.apply(Show.archive(s.device()))));
        PRIVILEGED.add("show archive config rollback timer", (s, m, f) -> s.output(f.apply(s.device().timerStatus())));
        PRIVILEGED.add("dir", (s, m, f) -> s.output(f.apply(Show.dir(s.device()))));
        PRIVILEGED.add("dir <url>", (s, m, f) -> s.output(f.apply(Show.dir(s.device()))));
        PRIVILEGED.add("more <url>", (s, m, f) -> {
            String url = m.values().get(0);
            Optional<byte[]> file = s.device().file(url);
            s.output(f.apply(file.map(b -> new String(b, StandardCharsets.US_ASCII))
                    .orElse(errorOpening(url))));
        });
        PRIVILEGED.add("configure terminal", (s, m, f) -> configureTerminal(s, Optional.empty()));
        PRIVILEGED.add("configure terminal revert timer <1-120>", (s, m, f) ->
                configureTerminal(s, Optional.of(Integer.parseInt(m.values().get(0)))));
        PRIVILEGED.add("configure replace <url>", (s, m, f) -> replace(s, m.values().get(0), false, Optional.empty()));
        PRIVILEGED.add("configure replace <url> force", (s, m, f) -> replace(s, m.values().get(0), true, Optional.empty()));
        PRIVILEGED.add("configure replace <url> force time <1-120>", (s, m, f) ->
                replace(s, m.values().get(0), true, Optional.of(Integer.parseInt(m.values().get(1)))));
        PRIVILEGED.add("configure replace <url> time <1-120>", (s, m, f) ->
                replace(s, m.values().get(0), false, Optional.of(Integer.parseInt(m.values().get(1)))));
        PRIVILEGED.add("configure confirm", (s, m, f) -> {
            if (!s.device().confirm()) {
                s.write("%No Rollback Confirmed Change pending\n");
            }
            s.prompt();
        });
        PRIVILEGED.add("configure revert now", (s, m, f) -> {
            s.write(s.device().revertNow() ? "Rollback Done\n\n" : "%No Rollback Confirmed Change pending\n");
            s.prompt();
        });
        PRIVILEGED.add("copy <url> <url>", ExecCommands::copy);
        PRIVILEGED.add("write memory", (s, m, f) -> writeMemory(s));
        PRIVILEGED.add("write", (s, m, f) -> writeMemory(s));
    }

    private ExecCommands() {
    }

    static CommandTable<Handler> table(int privilege) {
        return privilege >= 15 ? PRIVILEGED : USER;
    }

    static String errorOpening(String url) {
        return "%Error opening " + url + " (No such file or directory)\n";
    }

    private static void bgp(Shell s, Filter f, List<String> families, boolean headers) {
        s.output(f.apply(s.device().bgp().summary(families, headers)));
    }

    private static void showInterface(Shell s, CommandTable.Matched<Handler> m, Filter f) {
        Optional<String> out = Show.interfaces(s.device(), Optional.of(m.values().get(0)));
        if (out.isEmpty()) {
            // a loopback that does not exist: IOS points at the name
            s.invalid("show interfaces ".length());
            s.prompt();
            return;
        }
        s.output(f.apply(out.get()));
    }

    private static void enable(Shell s, CommandTable.Matched<Handler> m, Filter f) {
        if (s.privilege >= 15) {
            s.prompt();
            return;
        }
        if (s.device().running().enableSecretMatches("").isEmpty()) {
            s.write("% No password set\n");
            s.prompt();
            return;
        }
        askSecret(s, 1);
    }

    private static void askSecret(Shell s, int attempt) {
        s.ask("Password: ", true, typed -> {
            if (s.device().running().enableSecretMatches(typed).orElse(false)) {
                s.privilege = 15;
                s.prompt();
            } else if (attempt < 3) {
                askSecret(s, attempt + 1);
            } else {
                s.write("% Bad secrets\n\n");
                s.prompt();
            }
        });
    }

    private static void writeMemory(Shell s) {
        s.device().writeMemory(s.user());
        s.write("Building configuration...\n[OK]\n");
        s.prompt();
    }

    private static void configureTerminal(Shell s, Optional<Integer> revertMinutes) {
        Device d = s.device();
        if (revertMinutes.isPresent()) {
            synchronized (d) {
                RunningConfig before = d.running().copy();
                Optional<String> archived = d.archiveNow();
                if (archived.isEmpty()) {
                    s.write("%Turn config archive on before using Rollback Confirmed Change\n");
                    s.prompt();
                    return;
                }
                d.startTimer(before, archived.get(), revertMinutes.get(), s.user());
                s.write("Rollback Confirmed Change: Backing up current running config to " + archived.get() + "\n\n");
            }
        }
        s.write("Enter configuration commands, one per line.  End with CNTL/Z.\n");
        s.enterConfig();
        s.prompt();
    }

    private static Optional<String> read(Device d, String url) {
        if (url.equals("startup-config") || url.equalsIgnoreCase("nvram:startup-config")) {
            return Optional.of(d.startupConfig());
        }
        if (url.equals("running-config") || url.equalsIgnoreCase("system:running-config")) {
            return Optional.of(d.body(false));
        }
        return d.file(url).map(b -> new String(b, StandardCharsets.US_ASCII));
    }

    private static void replace(Shell s, String url, boolean force, Optional<Integer> minutes) {
        Optional<String> text = read(s.device(), url);
        if (text.isEmpty()) {
            s.write(errorOpening(url));
            s.prompt();
            return;
        }
        if (force) {
            doReplace(s, text.get(), minutes);
            return;
        }
        s.ask("This will apply all necessary additions and deletions\n"
                + "to replace the current running configuration with the\n"
                + "contents of the specified configuration file, which is\n"
                + "assumed to be a complete configuration, not a partial\n"
                + "configuration. Enter Y if you are sure you want to proceed. ? [no]: ", false, answer -> {
                    String a = answer.strip().toLowerCase(Locale.ROOT);
                    if (a.equals("y") || a.equals("yes")) {
                        doReplace(s, text.get(), minutes);
                    } else {
                        s.prompt();
                    }
                });
    }

    private static void doReplace(Shell s, String text, Optional<Integer> minutes) {
        Device d = s.device();
        synchronized (d) {
            RunningConfig next;
            try {
                next = RunningConfig.load(text, d.running().physicalInterfaces());
            } catch (RunningConfig.LoadException e) {
                s.write("Total number of passes: 5\nRollback aborted after 5 passes\n"
                        + "The following commands are failed to apply to the IOS image.\n");
                e.failed().forEach(l -> s.write(l + "\n"));
                s.write("\n");
                s.prompt();
                return;
            }
            RunningConfig before = d.running().copy();
            if (minutes.isPresent()) {
                Optional<String> archived = d.archiveNow();
                if (archived.isEmpty()) {
                    s.write("%Turn config archive on before using Rollback Confirmed Change\n");
                    s.prompt();
                    return;
                }
                s.write("Timed Rollback: Backing up to " + archived.get() + "\n\n");
                d.startTimer(before, archived.get(), minutes.get(), s.user());
            }
            boolean changed = d.replace(next, s.user());
            s.write("Total number of passes: " + (changed ? 1 : 0) + "\nRollback Done\n\n");
        }
        s.prompt();
    }

    private static void copy(Shell s, CommandTable.Matched<Handler> m, Filter f) {
        String source = m.values().get(0);
        String target = m.values().get(1);
        Device d = s.device();
        Optional<String> text = read(d, source);
        if (text.isEmpty()) {
            s.write(errorOpening(source));
            s.prompt();
            return;
        }
        String suggested = target.startsWith("flash:") ? target.substring(6) : target;
        s.ask("Destination filename [" + suggested + "]? ", false, answer -> {
            String name = answer.isBlank() ? suggested : answer.strip();
            if (target.equals("startup-config")) {
                s.write("Building configuration...\n[OK]\n");
                d.writeMemory(s.user());
                s.prompt();
            } else if (target.equals("running-config")) {
                merge(s, text.get());
            } else {
                String url = Syntax.canonicalUrl(name.contains(":") ? name : "flash:" + name);
                if (d.file(url).isPresent()) {
                    s.ask("%Warning:There is a file already existing with this name \n"
                            + "Do you want to over write? [confirm]", false, confirm -> {
                                String c = confirm.strip().toLowerCase(Locale.ROOT);
                                if (c.isEmpty() || c.equals("y") || c.equals("yes")) {
                                    store(s, url, text.get());
                                } else {
                                    s.write("%Error copying " + source + " (Aborted)\n");
                                    s.prompt();
                                }
                            });
                } else {
                    store(s, url, text.get());
                }
            }
        });
    }

    private static void store(Shell s, String url, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
        s.device().writeFile(url, bytes);
        s.write(copied(bytes.length));
        s.prompt();
    }

    static String copied(int bytes) {
        double secs = 0.011 + bytes / 600_000.0;
        return String.format(Locale.ROOT, "%d bytes copied in %.3f secs (%d bytes/sec)%n", bytes, secs,
                (long) (bytes / secs));
    }

    private static void merge(Shell s, String text) {
        Device d = s.device();
        synchronized (d) {
            String before = d.running().render();
            List<String> failed = new ArrayList<>(d.running().merge(text));
            for (String line : failed) {
                s.write(line + "\n^\n% Invalid input detected at '^' marker.\n\n");
            }
            if (!d.running().render().equals(before)) {
                d.changed(s.user());
            }
            s.write(copied(text.getBytes(StandardCharsets.US_ASCII).length));
        }
        s.prompt();
    }
}

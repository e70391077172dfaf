package io.sxalable.testing.sim.ciscoios.config;

import io.sxalable.testing.sim.ciscoios.cli.CommandTable;
import io.sxalable.testing.sim.ciscoios.cli.Interfaces;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The running configuration of one simulated router as IOS keeps it: a tree of canonical statements, edited one
 * command at a time ({@link #execute}) or replaced from a file ({@link #load}), and printed in IOS's order and
 * layout ({@link #render}). Not thread-safe; the owning device serialises access.
 */
public final class RunningConfig {

    /** Result of one configuration command. */
    public record Outcome(Status status, List<String> messages, int column, ConfigNode entered) {

        static Outcome done() {
            return new Outcome(Status.OK, List.of(), 0, null);
        }

        static Outcome ok(List<String> messages) {
            return new Outcome(Status.OK, List.copyOf(messages), 0, null);
        }

        static Outcome entered(ConfigNode node) {
            return new Outcome(Status.OK, List.of(), 0, node);
        }

        static Outcome invalid(int column) {
            return new Outcome(Status.INVALID, List.of(), column, null);
        }

        static Outcome error(String message) {
            return new Outcome(Status.ERROR, List.of(message), 0, null);
        }

        public boolean succeeded() {
            return status == Status.OK;
        }
    }

    /** How a command ended. */
    public enum Status { OK, INVALID, INCOMPLETE, AMBIGUOUS, ERROR }

    /** A configuration file that could not be applied completely. */
    public static final class LoadException extends Exception {
        private static final long serialVersionUID = 1L;
        private final List<String> failed;

        LoadException(List<String> failed) {
            super("failed commands: " + failed);
            this.failed = List.copyOf(failed);
        }

        /** The commands that failed, as written in the file. */
        public List<String> failed() {
            return failed;
        }
    }

    private final List<String> physical;
    private ConfigNode root;
    private long seq;

    private RunningConfig(List<String> physical) {
        this.physical = List.copyOf(physical);
        this.root = ConfigNode.root();
        for (String name : physical) {
            ConfigNode intf = newChild(root, Grammar.table(Mode.GLOBAL).entries().stream()
                    .filter(e -> e.syntax().toString().equals("interface <ifname>")).findFirst().orElseThrow()
                    .payload(), "interface " + name, "interface " + name, Mode.INTERFACE);
            physicalDefaults(intf);
        }
    }

    /** A configuration loaded from IOS config text; physical interfaces not mentioned keep their defaults. */
    public static RunningConfig load(String text, List<String> physicalInterfaces) throws LoadException {
        RunningConfig config = new RunningConfig(physicalInterfaces);
        List<String> failed = config.apply(text, true);
        if (!failed.isEmpty()) {
            throw new LoadException(failed);
        }
        return config;
    }

    /** A deep copy (archives, confirm timers). */
    public RunningConfig copy() {
        return new RunningConfig(physical, root.copy(), seq);
    }

    private RunningConfig(List<String> physical, ConfigNode root, long seq) {
        this.physical = List.copyOf(physical);
        this.root = root;
        this.seq = seq;
    }

    public ConfigNode root() {
        return root;
    }

    public List<String> physicalInterfaces() {
        return physical;
    }

    /** Interface-name rules for this device: physical interfaces exist, loopbacks can be created. */
    public Interfaces interfaces() {
        return token -> Interfaces.split(token).flatMap(parts -> {
            String name = parts[0] + parts[1];
            if (parts[0].equals("Loopback")) {
                return parts[1].matches("\\d{1,10}") && Long.parseLong(parts[1]) <= Integer.MAX_VALUE
                        ? Optional.of(name) : Optional.empty();
            }
            return physical.contains(name) ? Optional.of(name) : Optional.empty();
        });
    }

    // ------------------------------------------------------------------------------------------------------------
    // Editing
    // ------------------------------------------------------------------------------------------------------------

    /**
     * Runs one configuration command typed in {@code mode} while editing {@code node}; with {@code load} it comes
     * from a file (no automatic side effects such as BGP's implicit {@code activate}).
     */
    public Outcome execute(Mode mode, ConfigNode node, String typed, boolean load) {
        String line = typed.strip();
        if (line.isEmpty()) {
            return Outcome.done();
        }
        int offset = typed.indexOf(line);
        CommandTable<ConfigDef> table = Grammar.table(mode);
        CommandTable.Result<ConfigDef> whole = table.match(line, interfaces());
        if (whole instanceof CommandTable.Matched<ConfigDef> m && !m.payload().noOnly()) {
            return set(mode, node, m.payload(), m.tokens(), load);
        }
        String[] split = line.split("\\s+", 2);
        if (split[0].equalsIgnoreCase("no") && split.length == 2) {
            int restAt = line.indexOf(split[1], 2);
            CommandTable.Result<ConfigDef> rest = table.match(split[1], interfaces(), true);
            if (rest instanceof CommandTable.Matched<ConfigDef> m) {
                return remove(node, m.payload(), m.tokens(), offset + restAt);
            }
            return shift(rest, offset + restAt);
        }
        if (split[0].equalsIgnoreCase("no")) {
            return new Outcome(Status.INCOMPLETE, List.of(), 0, null);
        }
        if (whole instanceof CommandTable.Matched<ConfigDef>) {
            return new Outcome(Status.INCOMPLETE, List.of(), 0, null);   // e.g. a bare "neighbor 10.0.0.1"
        }
        return shift(whole, offset);
    }

    private static Outcome shift(CommandTable.Result<ConfigDef> r, int offset) {
        if (r instanceof CommandTable.Invalid<ConfigDef> inv) {
            return Outcome.invalid(inv.column() + offset);
        }
        if (r instanceof CommandTable.Ambiguous<ConfigDef>) {
            return new Outcome(Status.AMBIGUOUS, List.of(), 0, null);
        }
        return new Outcome(Status.INCOMPLETE, List.of(), 0, null);
    }

    private Outcome set(Mode mode, ConfigNode parent, ConfigDef def, List<String> tokens, boolean load) {
        String text = def.render(tokens);
        String key = def.keyOf(tokens).orElse(text);
        List<String> messages = new ArrayList<>();

        // validation, as IOS does it
        if (text.startsWith("router bgp ")) {
            String wanted = text;
            Optional<ConfigNode> other = parent.find(c -> c.line().startsWith("router bgp ") && !c.line().equals(wanted))
                    .stream().findFirst();
            if (other.isPresent()) {
                return Outcome.error("% BGP is already running; AS is " + other.get().line().substring(11));
            }
        }
        if (mode == Mode.INTERFACE && text.startsWith("vrf forwarding ")) {
            String vrf = tokens.get(2);
            if (!root.has("vrf definition " + vrf)) {
                return Outcome.error("% VRF " + vrf + " not configured.");
            }
            if (!parent.has(text) && !parent.find(c -> c.line().startsWith("ip address ")).isEmpty()) {
                parent.removeIf(c -> c.line().startsWith("ip address "));
                messages.add("% Interface " + parent.line().substring(10) + " IPv4 disabled and address(es) removed "
                        + "due to enabling VRF " + vrf);
            }
        }
        if (text.startsWith("neighbor ") && !text.contains(" remote-as ")) {
            String peer = tokens.get(1);
            ConfigNode scope = mode == Mode.BGP_AF ? routerOf(parent) : parent;
            if (scope == null || remoteAs(scope, peer).isEmpty()) {
                return Outcome.error("% Specify remote-as or peer-group commands first");
            }
        }
        if (text.startsWith("enable secret ") && !tokens.get(2).matches("[0-9] .*")) {
            text = "enable secret 9 " + secretHash(text.substring(14));
            key = "enable secret";
        }

        if (def.isDefault()) {
            String k = key;
            parent.removeIf(c -> k.equals(c.key()));
            return Outcome.ok(messages);
        }
        if (def.enters() != null) {
            Optional<ConfigNode> existing = parent.child(text);
            if (existing.isPresent()) {
                if (load && existing.get().mode() == Mode.INTERFACE && !loadedInterfaces.contains(text)) {
                    existing.get().mutableChildren().clear();   // a file states the whole interface
                    loadedInterfaces.add(text);
                }
                return Outcome.entered(existing.get());
            }
            ConfigNode created = newChild(parent, def, text, key, def.enters());
            if (load && created.mode() == Mode.INTERFACE) {
                loadedInterfaces.add(text);
            }
            if (!load && created.mode() == Mode.INTERFACE) {
                interfaceDefaults(created);
            }
            return Outcome.entered(created);
        }
        if (parent.has(text)) {
            return Outcome.ok(messages);   // already there: IOS keeps it where it is
        }
        String k = key;
        parent.removeIf(c -> k.equals(c.key()));
        def.clearsOf(tokens).ifPresent(prefix -> clear(parent, prefix, def.deep()));
        newChild(parent, def, text, key, mode);
        if (mode == Mode.INTERFACE) {
            interfaceDefaults(parent);
        }
        if (!load && mode == Mode.ROUTER_BGP && text.matches("neighbor [0-9.]+ remote-as \\d+")
                && !parent.has("no bgp default ipv4-unicast")) {
            // IOS-XE activates IPv4 neighbors in the IPv4 unicast family and shows that block explicitly
            Outcome af = execute(Mode.ROUTER_BGP, parent, "address-family ipv4", false);
            execute(Mode.BGP_AF, af.entered(), "neighbor " + tokens.get(1) + " activate", false);
        }
        return Outcome.ok(messages);
    }

    private Outcome remove(ConfigNode parent, ConfigDef def, List<String> tokens, int column) {
        Optional<String> key = def.enters() != null
                ? (tokens.size() == ConfigDef.Syntaxes.size(def.pattern()) ? Optional.of(def.render(tokens)) : Optional.empty())
                : def.keyOf(tokens);
        if (key.isEmpty()) {
            return new Outcome(Status.INCOMPLETE, List.of(), 0, null);
        }
        String k = key.get();
        if (def.enters() == Mode.INTERFACE && physical.contains(k.substring(10))) {
            return Outcome.invalid(column + "interface ".length());   // physical interfaces cannot be removed
        }
        parent.removeIf(c -> k.equals(c.key()) || (def.enters() != null && k.equals(c.line())));
        def.clearsOf(tokens).ifPresent(prefix -> clear(parent, prefix, def.deep()));
        if (k.matches("neighbor \\S+ remote-as")) {
            clear(parent, "neighbor " + tokens.get(1) + " ", true);   // removing remote-as removes the neighbor
        }
        if (parent.mode() == Mode.INTERFACE) {
            interfaceDefaults(parent);
        }
        return Outcome.done();
    }

    private static void clear(ConfigNode parent, String prefix, boolean deep) {
        parent.removeIf(c -> !c.isBlock() && c.line().startsWith(prefix));
        if (deep) {
            for (ConfigNode c : parent.children()) {
                if (c.isBlock()) {
                    clear(c, prefix, true);
                }
            }
        }
    }

    private ConfigNode routerOf(ConfigNode af) {
        for (ConfigNode c : root.children()) {
            if (c.line().startsWith("router bgp ") && c.children().contains(af)) {
                return c;
            }
        }
        return null;
    }

    private static Optional<String> remoteAs(ConfigNode scope, String peer) {
        return scope.childValue("neighbor " + peer + " remote-as ");
    }

    private ConfigNode newChild(ConfigNode parent, ConfigDef def, String text, String key, Mode mode) {
        ConfigNode node = new ConfigNode(def, mode, text, key, ++seq);
        Optional<String> group = groupOf(def, text);
        if (group.isPresent()) {
            node.groupName(group.get());
            parent.children().stream().filter(c -> group.get().equals(c.groupName())).findFirst()
                    .ifPresent(c -> node.groupSeq(c.groupSeq()));
        }
        parent.insert(node, ORDER);
        return node;
    }

    private static Optional<String> groupOf(ConfigDef def, String text) {
        if (def.group() == null) {
            return Optional.empty();
        }
        return ConfigDef.expand(def.group(), List.of(text.split(" ")));
    }

    private final java.util.Set<String> loadedInterfaces = new java.util.HashSet<>();

    private static void physicalDefaults(ConfigNode intf) {
        for (String line : List.of("no ip address", "shutdown", "negotiation auto", "no mop enabled", "no mop sysid")) {
            RunningConfig.addRaw(intf, line);
        }
    }

    /** IOS prints {@code no ip address} on an interface without an IPv4 address. */
    private void interfaceDefaults(ConfigNode intf) {
        if (intf.find(c -> c.line().startsWith("ip address ") || c.line().equals("no ip address")).isEmpty()) {
            addRaw(intf, "no ip address");
        }
    }

    private static void addRaw(ConfigNode parent, String line) {
        CommandTable.Result<ConfigDef> r = Grammar.table(Mode.INTERFACE).match(line, token -> Optional.empty());
        ConfigDef def = ((CommandTable.Matched<ConfigDef>) r).payload();
        String key = def.keyOf(List.of(line.split(" "))).orElse(line);
        parent.insert(new ConfigNode(def, Mode.INTERFACE, line, key, SEQ_DEFAULTS), ORDER);
    }

    /** Default lines sort by rank only; their sequence number never matters. */
    private static final long SEQ_DEFAULTS = 0;

    private static final Comparator<ConfigNode> ORDER = Comparator
            .comparingInt((ConfigNode n) -> n.def().rank())
            .thenComparing(RunningConfig::interfaceOrder)
            .thenComparingLong(ConfigNode::groupSeq)
            .thenComparingInt(n -> n.def().subrank())
            .thenComparingLong(ConfigNode::seq);

    /** Loopbacks first, then GigabitEthernet; numerically by each number component. */
    private static String interfaceOrder(ConfigNode n) {
        if (n.def().rank() != Grammar.INTERFACE_RANK || !n.line().startsWith("interface ")) {
            return "";
        }
        return Interfaces.split(n.line().substring(10)).map(parts -> {
            StringBuilder key = new StringBuilder(parts[0].equals("Loopback") ? "0" : "1");
            for (String number : parts[1].split("[/.]")) {
                key.append(String.format(Locale.ROOT, "%012d", Long.parseLong(number)));
            }
            return key.toString();
        }).orElse("9");
    }

    // ------------------------------------------------------------------------------------------------------------
    // Files
    // ------------------------------------------------------------------------------------------------------------

    /**
     * Merges a configuration file into this config ({@code copy flash:x running-config}); returns the lines that
     * failed (the others are applied, as on IOS).
     */
    public List<String> merge(String text) {
        return apply(text, false);
    }

    /**
     * Applies a configuration file the way {@code configure replace} reads it: indentation gives the mode, comment
     * lines ({@code !}) and {@code end} are skipped. Returns the lines that failed.
     */
    List<String> apply(String text, boolean load) {
        record Frame(int indent, Mode mode, ConfigNode node) {
        }
        Deque<Frame> stack = new ArrayDeque<>();
        stack.push(new Frame(-1, Mode.GLOBAL, root));
        List<String> failed = new ArrayList<>();
        for (String raw : text.replace("\r", "").split("\n")) {
            String trimmed = raw.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("!") || trimmed.equals("end")
                    || trimmed.equals("Building configuration...") || trimmed.startsWith("Current configuration")) {
                continue;
            }
            int indent = raw.indexOf(trimmed);
            if (trimmed.equals("exit-address-family")) {
                while (stack.size() > 1 && !stack.peek().mode().addressFamily()) {
                    stack.pop();
                }
                if (stack.size() > 1) {
                    stack.pop();
                }
                continue;
            }
            while (stack.peek().indent() >= indent) {
                stack.pop();
            }
            Frame top = stack.peek();
            if (top.mode() == null) {
                failed.add(trimmed);   // inside a block that failed
                continue;
            }
            Outcome outcome = execute(top.mode(), top.node(), trimmed, load);
            if (!outcome.succeeded()) {
                failed.add(trimmed);
                stack.push(new Frame(indent, null, null));
            } else if (outcome.entered() != null) {
                stack.push(new Frame(indent, outcome.entered().mode(), outcome.entered()));
            }
        }
        loadedInterfaces.clear();
        for (ConfigNode intf : interfaceBlocks()) {
            interfaceDefaults(intf);
        }
        return failed;
    }

    /**
     * The configuration as {@code show running-config} prints it after the header, from {@code version} to
     * {@code end}, with {@code \n} line ends.
     */
    public String render() {
        StringBuilder out = new StringBuilder();
        boolean previousLeaf = false;
        int previousRank = -1;
        for (ConfigNode c : root.children()) {
            if (c.isBlock()) {
                if (previousLeaf) {
                    out.append("!\n");
                }
                out.append(c.line()).append('\n');
                renderChildren(out, c, 1);
                out.append("!\n");
                previousLeaf = false;
            } else {
                if (previousLeaf && c.def().rank() / 10 != previousRank / 10) {
                    out.append("!\n");
                }
                out.append(c.line()).append('\n');
                previousLeaf = true;
            }
            previousRank = c.def().rank();
        }
        if (previousLeaf) {
            out.append("!\n");
        }
        return out.append("end\n").toString();
    }

    private static void renderChildren(StringBuilder out, ConfigNode node, int depth) {
        String indent = " ".repeat(depth);
        for (ConfigNode c : node.children()) {
            if (c.isBlock()) {
                out.append(indent).append("!\n");
                out.append(indent).append(c.line()).append('\n');
                renderChildren(out, c, depth + 1);
                if (c.mode().addressFamily()) {
                    out.append(indent).append("exit-address-family\n");
                }
            } else {
                out.append(indent).append(c.line()).append('\n');
            }
        }
    }

    // ------------------------------------------------------------------------------------------------------------
    // Queries the show commands need
    // ------------------------------------------------------------------------------------------------------------

    public String hostname() {
        return root.childValue("hostname ").orElse("Router");
    }

    /** The {@code interface ...} block of {@code name}, if configured. */
    public Optional<ConfigNode> interfaceBlock(String name) {
        return root.child("interface " + name);
    }

    /** All interface blocks in running-config order. */
    public List<ConfigNode> interfaceBlocks() {
        return root.find(c -> c.line().startsWith("interface "));
    }

    public Optional<ConfigNode> routerBgp() {
        return root.find(c -> c.line().startsWith("router bgp ")).stream().findFirst();
    }

    /** Whether {@code enable secret} is set, and whether {@code secret} matches it. */
    public Optional<Boolean> enableSecretMatches(String secret) {
        return root.childValue("enable secret ").map(v -> v.equals("9 " + secretHash(secret)));
    }

    /** A stand-in for IOS's scrypt type-9 hash: deterministic, {@code $9$} + 14 + 43 characters like the real one. */
    public static String secretHash(String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            String b64 = Base64.getEncoder().withoutPadding().encodeToString(digest).replace('+', '.').replace('/', '.');
            return "$9$" + b64.substring(0, 14) + "$" + b64.substring(0, 43);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

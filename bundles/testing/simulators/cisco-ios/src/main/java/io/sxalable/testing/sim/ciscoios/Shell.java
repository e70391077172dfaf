package io.sxalable.testing.sim.ciscoios;

import io.sxalable.testing.sim.ciscoios.cli.CommandTable;
import io.sxalable.testing.sim.ciscoios.config.ConfigNode;
import io.sxalable.testing.sim.ciscoios.config.Mode;
import io.sxalable.testing.sim.ciscoios.config.RunningConfig;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;
import org.apache.sshd.server.Environment;
import org.apache.sshd.server.ExitCallback;
import org.apache.sshd.server.channel.ChannelSession;
import org.apache.sshd.server.command.Command;

/**
 * The interactive CLI of one SSH shell channel: IOS prompts ({@code r1>}, {@code r1#}, {@code r1(config-if)#}),
 * character echo, {@code enable} with {@code Password:}, {@code --More--} paging, the parser's error markers,
 * configuration modes with IOS's fall-back to the parent mode, and the interactive questions of {@code copy} and
 * {@code configure replace}. One reader thread per open channel, from the server's shared pool.
 */
final class Shell implements Command, Runnable {

    private static final String MORE = " --More-- ";
    private static final String ERASE_MORE = "\b".repeat(MORE.length()) + " ".repeat(MORE.length())
            + "\b".repeat(MORE.length());

    private record Frame(Mode mode, ConfigNode node) {
    }

    private final Device device;
    private final ExecutorService pool;
    private final String user;
    private final String batch;
    private InputStream in;
    private OutputStream out;
    private ExitCallback exit;
    private volatile boolean closed;

    int privilege;
    int terminalLength = 24;
    int terminalWidth = 80;   // accepted and kept, as IOS does; output is never wrapped
    private final Deque<Frame> config = new ArrayDeque<>();
    private final StringBuilder line = new StringBuilder();
    private final ByteArrayOutputStream pendingOut = new ByteArrayOutputStream();
    private Consumer<String> question;
    private boolean secretInput;
    private List<String> pager;
    private boolean lastWasCr;

    Shell(Device device, ExecutorService pool, String user, int privilege) {
        this(device, pool, user, privilege, null);
    }

    /**
     * With {@code batch}, runs that one command (an SSH exec request: {@code ssh r1 "show version"}) without prompt,
     * echo or paging, then closes the channel.
     */
    Shell(Device device, ExecutorService pool, String user, int privilege, String batch) {
        this.device = device;
        this.pool = pool;
        this.user = user;
        this.privilege = privilege;
        this.batch = batch;
    }

    @Override
    public void setInputStream(InputStream in) {
        this.in = in;
    }

    @Override
    public void setOutputStream(OutputStream out) {
        this.out = out;
    }

    @Override
    public void setErrorStream(OutputStream err) {
        // IOS writes everything to the terminal
    }

    @Override
    public void setExitCallback(ExitCallback callback) {
        this.exit = callback;
    }

    @Override
    public void start(ChannelSession channel, Environment env) {
        pool.execute(this);
    }

    @Override
    public void destroy(ChannelSession channel) {
        closed = true;
    }

    @Override
    public void run() {
        if (batch != null) {
            try {
                terminalLength = 0;
                exec(batch, false);
                flush();
            } catch (IOException | RuntimeException e) {
                // the client went away
            } finally {
                closed = true;
                if (exit != null) {
                    exit.onExit(0);
                }
            }
            return;
        }
        try {
            write("\r\n");
            prompt();
            flush();
            byte[] buffer = new byte[4096];
            int n;
            while (!closed && (n = in.read(buffer)) >= 0) {
                for (int i = 0; i < n && !closed; i++) {
                    key((char) (buffer[i] & 0xff));
                }
                flush();
            }
        } catch (IOException | RuntimeException e) {
            // the client went away
        } finally {
            closed = true;
            if (exit != null) {
                exit.onExit(0);
            }
        }
    }

    // ------------------------------------------------------------------------------------------------------------
    // Terminal
    // ------------------------------------------------------------------------------------------------------------

    private void key(char c) throws IOException {
        if (pager != null) {
            pagerKey(c);
            return;
        }
        if (c == '\n' && lastWasCr) {
            lastWasCr = false;
            return;
        }
        lastWasCr = c == '\r';
        switch (c) {
            case '\r', '\n' -> {
                write("\r\n");
                String typed = line.toString();
                line.setLength(0);
                enter(typed);
            }
            case '\b', 0x7f -> {
                if (line.length() > 0) {
                    line.setLength(line.length() - 1);
                    if (!secretInput) {
                        write("\b \b");
                    }
                }
            }
            case 0x1a -> {   // Ctrl-Z
                if (question == null && !config.isEmpty()) {
                    write("^Z\r\n");
                    line.setLength(0);
                    config.clear();
                    prompt();
                }
            }
            default -> {
                if (c >= 0x20 && c < 0x7f) {
                    line.append(c);
                    if (!secretInput) {
                        write(String.valueOf(c));
                    }
                }
            }
        }
    }

    private void enter(String typed) throws IOException {
        if (question != null) {
            Consumer<String> q = question;
            question = null;
            secretInput = false;
            q.accept(typed);
            return;
        }
        sleep();
        if (config.isEmpty()) {
            exec(typed, false);
        } else {
            configure(typed);
        }
    }

    private void sleep() {
        long millis = device.options().responseDelay().toMillis();
        if (millis > 0) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** The prompt for the current mode: {@code r1>}, {@code r1#}, {@code r1(config-router)#}. */
    String promptText() {
        String host = device.hostname();
        if (!config.isEmpty()) {
            return host + "(" + config.peek().mode().prompt() + ")#";
        }
        return host + (privilege > 1 ? "#" : ">");
    }

    void prompt() {
        if (batch == null) {
            write(promptText());
        }
    }

    /** Writes text, turning {@code \n} into {@code \r\n} as a terminal expects. */
    void write(String text) {
        byte[] bytes = text.replace("\r\n", "\n").replace("\n", "\r\n").getBytes(StandardCharsets.ISO_8859_1);
        pendingOut.write(bytes, 0, bytes.length);
    }

    private void flush() throws IOException {
        if (pendingOut.size() > 0) {
            out.write(pendingOut.toByteArray());
            out.flush();
            pendingOut.reset();
        }
    }

    /** Prints a command's output page by page (unless {@code terminal length 0}), then the prompt. */
    void output(String text) {
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        pager = lines;
        page(pageSize());
    }

    private int pageSize() {
        if (terminalLength == 0) {
            return device.options().pagingAlways() ? 23 : Integer.MAX_VALUE;
        }
        return Math.max(1, terminalLength - 1);
    }

    private void page(int count) {
        int n = Math.min(count, pager.size());
        for (int i = 0; i < n; i++) {
            write(pager.get(i) + "\n");
        }
        pager = new ArrayList<>(pager.subList(n, pager.size()));
        if (pager.isEmpty()) {
            pager = null;
            prompt();
        } else {
            write(MORE);
        }
    }

    private void pagerKey(char c) {
        write(ERASE_MORE);
        if (c == ' ') {
            page(pageSize());
        } else if (c == '\r' || c == '\n') {
            lastWasCr = c == '\r';
            page(1);
        } else {
            pager = null;
            prompt();
        }
    }

    /** Asks a question (the answer is the next line), e.g. {@code Destination filename [x]? }. */
    void ask(String text, boolean secret, Consumer<String> answer) {
        write(text);
        if (batch != null) {
            write("\n");
            answer.accept("");   // no terminal to answer from: take the default
            return;
        }
        secretInput = secret;
        question = answer;
    }

    /** The {@code % Invalid input detected at '^' marker.} block for an error at {@code column} of the typed line. */
    void invalid(int column) {
        write(" ".repeat(promptText().length() + column) + "^\n% Invalid input detected at '^' marker.\n\n");
    }

    void close() {
        closed = true;
    }

    String user() {
        return user;
    }

    Device device() {
        return device;
    }

    // ------------------------------------------------------------------------------------------------------------
    // EXEC
    // ------------------------------------------------------------------------------------------------------------

    /** Runs an EXEC command; {@code fromConfig} for {@code do ...} (the prompt stays the config prompt). */
    void exec(String typed, boolean fromConfig) {
        if (typed.isBlank()) {
            prompt();
            return;
        }
        String[] pipe = typed.split("\\s\\|\\s", 2);
        ExecCommands.Filter filter = ExecCommands.Filter.NONE;
        if (pipe.length == 2) {
            var f = ExecCommands.filter(pipe[1]);
            if (f.isEmpty()) {
                invalid(typed.indexOf('|', pipe[0].length()) + 2);
                prompt();
                return;
            }
            filter = f.get();
        }
        CommandTable<ExecCommands.Handler> table = ExecCommands.table(privilege);
        CommandTable.Result<ExecCommands.Handler> r = table.match(pipe[0], device.running().interfaces());
        if (r instanceof CommandTable.Matched<ExecCommands.Handler> m) {
            m.payload().run(this, m, filter);
        } else if (r instanceof CommandTable.Invalid<ExecCommands.Handler> inv) {
            invalid(inv.column() + (fromConfig ? 3 : 0));
            prompt();
        } else if (r instanceof CommandTable.Ambiguous<ExecCommands.Handler>) {
            write("% Ambiguous command:  \"" + typed.strip() + "\"\n");
            prompt();
        } else {
            write("% Incomplete command.\n\n");
            prompt();
        }
    }

    /** Enters global configuration mode. */
    void enterConfig() {
        config.clear();
        config.push(new Frame(Mode.GLOBAL, device.running().root()));
    }

    // ------------------------------------------------------------------------------------------------------------
    // Configuration modes
    // ------------------------------------------------------------------------------------------------------------

    private void configure(String typed) {
        String t = typed.strip();
        String lower = t.toLowerCase(java.util.Locale.ROOT);
        if (t.isEmpty()) {
            prompt();
            return;
        }
        if (lower.equals("end")) {
            config.clear();
            prompt();
            return;
        }
        if (lower.equals("exit")) {
            config.pop();
            prompt();
            return;
        }
        if (lower.equals("exit-address-family") && config.peek().mode().addressFamily()) {
            config.pop();
            prompt();
            return;
        }
        if (lower.startsWith("do ")) {
            int p = privilege;
            privilege = 15;
            exec(t.substring(3), true);
            privilege = p;
            return;
        }
        synchronized (device) {
            RunningConfig running = device.running();
            if (config.getLast().node() != running.root()) {
                // the config was replaced (configure replace, a confirm timer) while we were in config mode
                config.clear();
                config.push(new Frame(Mode.GLOBAL, running.root()));
            }
            String before = running.render();
            List<Frame> frames = new ArrayList<>(config);   // innermost first
            RunningConfig.Outcome first = null;
            RunningConfig.Outcome refused = null;
            for (int i = 0; i < frames.size(); i++) {
                Frame f = frames.get(i);
                RunningConfig.Outcome o = running.execute(f.mode(), f.node(), typed, false);
                if (first == null) {
                    first = o;
                }
                if (o.succeeded()) {
                    for (int k = 0; k < i; k++) {
                        config.pop();   // IOS leaves the sub-mode when a parent mode's command is typed
                    }
                    o.messages().forEach(msg -> write(msg + "\n"));
                    if (o.entered() != null) {
                        config.push(new Frame(o.entered().mode(), o.entered()));
                    }
                    if (!running.render().equals(before)) {
                        device.changed(user);
                    }
                    prompt();
                    return;
                }
                if (o.status() == RunningConfig.Status.ERROR) {
                    refused = o;   // understood but refused: report it from this mode
                    break;
                }
            }
            RunningConfig.Outcome failed = refused != null ? refused : first;
            switch (failed.status()) {
                case INVALID -> invalid(failed.column());
                case INCOMPLETE -> write("% Incomplete command.\n\n");
                case AMBIGUOUS -> write("% Ambiguous command:  \"" + t + "\"\n");
                default -> failed.messages().forEach(msg -> write(msg + "\n"));
            }
            prompt();
        }
    }
}

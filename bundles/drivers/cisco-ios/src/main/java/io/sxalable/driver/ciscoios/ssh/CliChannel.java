package io.sxalable.driver.ciscoios.ssh;

import io.sxalable.driver.ciscoios.parse.CliText;
import io.sxalable.sdk.driver.DeviceException;
import io.sxalable.sdk.driver.DeviceTimeoutException;
import io.sxalable.sdk.driver.DeviceUnreachableException;
import io.sxalable.sdk.ssh.SshSessions;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.sshd.client.channel.ChannelShell;
import org.apache.sshd.client.session.ClientSession;

/**
 * An interactive IOS CLI on one SSH shell channel (IOS has no usable exec channel for a sequence of commands that
 * share state such as the privilege level or config mode). Sends a line, waits for the device's prompt, answers
 * {@code --More--} with a space, and returns the output without echo and prompt.
 *
 * <p>Once the hostname is known, only that device's prompt ends a command (a line of output cannot be mistaken for
 * a prompt); commands that may change the hostname wait for any prompt and learn the new name from it.
 */
public final class CliChannel implements AutoCloseable {

    /** A question the device may ask during a command, and the line that answers it. */
    public record Answer(Pattern question, String reply) {
        public static Answer of(String regex, String reply) {
            return new Answer(Pattern.compile(regex), reply);
        }
    }

    private final ChannelShell shell;
    private final TerminalBuffer buffer;
    private final OutputStream input;
    private final String endpoint;
    private CliText.Prompt prompt;

    private CliChannel(ChannelShell shell, TerminalBuffer buffer, String endpoint) {
        this.shell = shell;
        this.buffer = buffer;
        this.input = shell.getInvertedIn();
        this.endpoint = endpoint;
    }

    /** Opens a shell with a PTY and waits for the first prompt (after any login banner). */
    static CliChannel open(ClientSession session, String endpoint, long deadlineNanos) throws DeviceException {
        TerminalBuffer buffer = new TerminalBuffer();
        ChannelShell shell;
        try {
            shell = session.createShellChannel();
            shell.setPtyType("vt100");
            shell.setPtyColumns(511);
            shell.setPtyLines(24);
            shell.setOut(buffer);
            shell.setErr(buffer);
            if (!shell.open().await(SshSessions.remaining(deadlineNanos))) {
                shell.close(true);
                throw new DeviceTimeoutException(endpoint + ": no shell channel within the connect timeout");
            }
        } catch (IOException e) {
            throw new DeviceUnreachableException(endpoint + ": cannot open a shell: " + e.getMessage(), e);
        }
        CliChannel cli = new CliChannel(shell, buffer, endpoint);
        String banner = cli.waitFor(0, List.of(), deadlineNanos, "the login prompt", true);
        cli.prompt = CliText.promptAtEnd(banner, Optional.empty()).orElseThrow();
        return cli;
    }

    /** The last prompt seen, e.g. {@code r1#}. */
    public CliText.Prompt prompt() {
        return prompt;
    }

    /** Runs one command and returns its output (echo and prompt removed); {@code --More--} is answered. */
    public String command(String command, Duration timeout) throws DeviceException {
        return command(command, List.of(), timeout, false);
    }

    /**
     * Runs one command, answering the device's questions (e.g. {@code Destination filename [x]?}) in order.
     *
     * @param anyPrompt accept any hostname in the final prompt (the command may rename the device)
     */
    public String command(String command, List<Answer> answers, Duration timeout, boolean anyPrompt)
            throws DeviceException {
        long deadline = System.nanoTime() + timeout.toNanos();
        int mark = buffer.mark();
        send(command + "\n", command);
        String raw = waitFor(mark, answers, deadline, "'" + command + "'", anyPrompt);
        return CliText.output(raw, command);
    }

    /**
     * Sends a secret in answer to a {@code Password:} question (no echo expected) and waits for the prompt or the
     * next question; returns what the device printed.
     */
    public String secret(String secret, Pattern nextQuestion, Duration timeout) throws DeviceException {
        long deadline = System.nanoTime() + timeout.toNanos();
        int mark = buffer.mark();
        send(secret + "\n", "the enable secret");
        return waitFor(mark, List.of(new Answer(nextQuestion, null)), deadline, "the enable secret", false);
    }

    /**
     * Sends {@code command} and waits until the prompt or a question matching {@code question} ends the text;
     * for dialogs the caller steers ({@code enable}).
     */
    public String until(String command, Pattern question, Duration timeout) throws DeviceException {
        long deadline = System.nanoTime() + timeout.toNanos();
        int mark = buffer.mark();
        send(command + "\n", command);
        return waitFor(mark, List.of(new Answer(question, null)), deadline, "'" + command + "'", false);
    }

    private void send(String text, String what) throws DeviceException {
        try {
            input.write(text.getBytes(StandardCharsets.ISO_8859_1));
            input.flush();
        } catch (IOException e) {
            throw new DeviceUnreachableException(endpoint + ": connection lost sending " + what, e);
        }
    }

    /**
     * Waits for the prompt. Pages with a space on {@code --More--}; a question from {@code answers} is answered with
     * its reply, or ends the wait when the reply is {@code null}.
     */
    private String waitFor(int mark, List<Answer> answers, long deadline, String what, boolean anyPrompt)
            throws DeviceException {
        int answered = 0;
        Optional<String> hostname = anyPrompt || prompt == null ? Optional.empty() : Optional.of(prompt.hostname());
        while (true) {
            int next = answered;
            boolean done;
            try {
                done = buffer.await(mark, tail -> CliText.moreAtEnd(tail)
                        || CliText.promptAtEnd(tail, hostname).isPresent()
                        || (next < answers.size() && answers.get(next).question().matcher(tail).find()), deadline);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new DeviceTimeoutException(endpoint + ": interrupted waiting for " + what, e);
            }
            String text = buffer.since(mark);
            if (!done) {
                if (buffer.closed() || !shell.isOpen()) {
                    throw new DeviceUnreachableException(endpoint + ": the device closed the session during " + what);
                }
                throw new DeviceTimeoutException(endpoint + ": " + what + " did not complete within the command "
                        + "timeout; last output: " + excerpt(text));
            }
            String tail = text.length() > TerminalBuffer.TAIL ? text.substring(text.length() - TerminalBuffer.TAIL) : text;
            Optional<CliText.Prompt> seen = CliText.promptAtEnd(tail, hostname);
            if (seen.isPresent()) {
                prompt = seen.get();
                return text;
            }
            if (CliText.moreAtEnd(tail)) {
                int paged = buffer.mark();
                send(" ", "a page key");
                waitForNewOutput(paged, deadline);   // else the same --More-- would be answered twice
                continue;
            }
            Answer a = answers.get(answered++);
            if (a.reply() == null) {
                return text;
            }
            send(a.reply() + "\n", "an answer to " + what);
        }
    }

    /** After the page key IOS erases {@code --More--} and sends the next page: wait for the first byte of that. */
    private void waitForNewOutput(int mark, long deadline) throws DeviceException {
        try {
            buffer.await(mark, tail -> !tail.isEmpty(), deadline);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeviceTimeoutException(endpoint + ": interrupted while paging", e);
        }
    }

    static String excerpt(String text) {
        String t = text.replace("\r", "").strip();
        if (t.length() > 200) {
            t = "..." + t.substring(t.length() - 200);
        }
        return "'" + t.replace("\n", "\\n") + "'";
    }

    @Override
    public void close() {
        try {
            shell.close(false).await(Duration.ofSeconds(2));
        } catch (IOException | RuntimeException ignored) {
            // best effort: the session closes the channel anyway
        }
    }
}

package io.sxalable.driver.routeros.api;

import io.sxalable.sdk.driver.DeviceException;
import io.sxalable.sdk.driver.DeviceTimeoutException;
import io.sxalable.sdk.driver.DeviceUnreachableException;
import io.sxalable.sdk.driver.UnexpectedOutputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One logged-in RouterOS API connection. Every command goes out with its own {@code .tag=}; the replies are
 * matched by tag, so the late replies of a command that timed out (which is then cancelled with
 * {@code /cancel =tag=}) are recognised and dropped instead of being taken for the answer to the next command.
 *
 * <p>Thread-safe: calls are serialised (the session's commit-confirm timer may call in from another thread).
 */
public final class ApiConnection implements AutoCloseable {

    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;
    private final String endpoint;
    private final Optional<String> certificateFingerprint;
    private final SentenceDecoder decoder = new SentenceDecoder();
    private final byte[] readBuffer = new byte[8192];
    private long nextTag = 1;
    private volatile boolean closed;

    ApiConnection(Socket socket, String endpoint, Optional<String> certificateFingerprint) throws IOException {
        this.socket = socket;
        this.in = socket.getInputStream();
        this.out = socket.getOutputStream();
        this.endpoint = endpoint;
        this.certificateFingerprint = certificateFingerprint;
    }

    /** {@code host:port}, for messages. */
    public String endpoint() {
        return endpoint;
    }

    /** {@code SHA256:...} of the TLS certificate the router presented; empty on plain connections. */
    public Optional<String> certificateFingerprint() {
        return certificateFingerprint;
    }

    /**
     * Sends one command and collects every reply up to its {@code !done}.
     *
     * @param command   the command word, e.g. {@code "/interface/print"}
     * @param arguments attribute words, sent as {@code =key=value}; API attributes such as {@code .proplist} too
     * @param queries   query words without the leading {@code ?} (e.g. {@code "name=ether1"}), in order
     * @param timeout   limit from send to {@code !done}
     * @return the replies; a {@code !trap} is returned in {@link ApiResult#trap()}, not thrown
     * @throws DeviceTimeoutException when {@code !done} does not arrive in time (the command is then cancelled)
     * @throws DeviceUnreachableException when the connection is lost or the router sends {@code !fatal}
     */
    public synchronized ApiResult call(String command, Map<String, String> arguments, List<String> queries,
                                       Duration timeout) throws DeviceException {
        ensureOpen(command);
        String tag = Long.toString(nextTag++);
        List<String> words = new ArrayList<>();
        words.add(command);
        arguments.forEach((k, v) -> words.add("=" + k + "=" + v));
        queries.forEach(q -> words.add("?" + q));
        words.add(".tag=" + tag);
        long deadline = System.nanoTime() + timeout.toNanos();
        send(words, command);

        List<Map<String, String>> items = new ArrayList<>();
        String trap = null;
        while (true) {
            Reply reply = receive(deadline, command, tag, timeout);
            Optional<String> replyTag = reply.tag();
            if (replyTag.isPresent() && !replyTag.get().equals(tag)) {
                continue;   // a late reply of a command we gave up on (or of its /cancel)
            }
            switch (reply.type()) {
                case Reply.RE -> items.add(reply.attributes());
                case Reply.TRAP -> {
                    if (trap == null) {
                        trap = reply.message().isEmpty() ? "(no message)" : reply.message();
                    }
                }
                case Reply.EMPTY -> { /* RouterOS 7.18+: nothing matched; !done follows */ }
                case Reply.DONE -> {
                    return new ApiResult(command, items, Optional.ofNullable(trap), reply.attributes());
                }
                case Reply.FATAL -> {
                    close();
                    throw new DeviceUnreachableException(endpoint + ": the router closed the API session ("
                            + reply.message() + ") during '" + command + "'");
                }
                default -> throw new UnexpectedOutputException(endpoint + ": unknown reply '" + reply.type()
                        + "' to '" + command + "'");
            }
        }
    }

    /** {@link #call(String, Map, List, Duration)} without queries. */
    public ApiResult call(String command, Map<String, String> arguments, Duration timeout) throws DeviceException {
        return call(command, arguments, List.of(), timeout);
    }

    private void send(List<String> words, String command) throws DeviceException {
        try {
            out.write(ApiWords.encodeSentence(words));
            out.flush();
        } catch (IOException e) {
            close();
            throw new DeviceUnreachableException(endpoint + ": connection lost sending '" + command + "': "
                    + e.getMessage(), e);
        }
    }

    private Reply receive(long deadline, String command, String tag, Duration timeout) throws DeviceException {
        try {
            while (true) {
                Optional<List<String>> sentence = decoder.next();
                if (sentence.isPresent()) {
                    return Reply.parse(sentence.get());
                }
                long remainingMillis = (deadline - System.nanoTime()) / 1_000_000L;
                if (remainingMillis <= 0) {
                    throw new SocketTimeoutException();
                }
                socket.setSoTimeout((int) Math.min(Integer.MAX_VALUE, Math.max(1, remainingMillis)));
                int n = in.read(readBuffer);
                if (n < 0) {
                    close();
                    throw new DeviceUnreachableException(endpoint + ": the router closed the connection during '"
                            + command + "'");
                }
                decoder.feed(readBuffer, 0, n);
            }
        } catch (SocketTimeoutException e) {
            abandon(tag);
            throw new DeviceTimeoutException(endpoint + ": no complete reply to '" + command + "' within "
                    + timeout.toMillis() + " ms");
        } catch (MalformedApiException e) {
            close();
            throw new UnexpectedOutputException(endpoint + ": malformed API reply to '" + command + "': "
                    + e.getMessage(), e);
        } catch (IOException e) {
            close();
            throw new DeviceUnreachableException(endpoint + ": connection lost during '" + command + "': "
                    + e.getMessage(), e);
        }
    }

    /** Asks the router to stop a command we no longer wait for; its late replies are dropped by tag. */
    private void abandon(String tag) {
        String cancelTag = Long.toString(nextTag++);
        try {
            out.write(ApiWords.encodeSentence(List.of("/cancel", "=tag=" + tag, ".tag=" + cancelTag)));
            out.flush();
        } catch (IOException e) {
            close();
        }
    }

    private void ensureOpen(String command) throws DeviceException {
        if (closed) {
            throw new DeviceUnreachableException(endpoint + ": API connection is closed; cannot run '" + command + "'");
        }
    }

    /** Attribute words of a command as an ordered map (a small convenience for callers). */
    public static Map<String, String> args(String... keyValues) {
        if (keyValues.length % 2 != 0) {
            throw new IllegalArgumentException("key/value pairs expected");
        }
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put(keyValues[i], keyValues[i + 1]);
        }
        return map;
    }

    public boolean isClosed() {
        return closed;
    }

    /** Closes the socket; never throws. Sends no {@code /quit}: the router cleans up on TCP close. */
    @Override
    public void close() {
        closed = true;
        try {
            socket.close();
        } catch (IOException | RuntimeException ignored) {
            // going away anyway
        }
    }
}

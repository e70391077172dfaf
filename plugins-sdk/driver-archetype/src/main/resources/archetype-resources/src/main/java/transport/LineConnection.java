package ${package}.transport;

import io.sxalable.sdk.driver.ConfigRejectedException;
import io.sxalable.sdk.driver.DeviceAuthenticationException;
import io.sxalable.sdk.driver.DeviceException;
import io.sxalable.sdk.driver.DeviceTarget;
import io.sxalable.sdk.driver.DeviceTimeoutException;
import io.sxalable.sdk.driver.DeviceUnreachableException;
import io.sxalable.sdk.driver.UnexpectedOutputException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * A client for the sample line protocol (see the simulator in src/test for the device side). REPLACE this
 * package with your device's transport (SSH, NETCONF, HTTP, ...) and keep its contract: every failure leaves as
 * one of the SDK's typed exceptions, and messages name the endpoint and the command but never a password.
 *
 * <p>The protocol: the device greets with a line {@code HELLO <os>}; the client sends one command per line; the
 * device answers with zero or more data lines and then one status line, {@code OK} or {@code ERR <reason>}. The
 * first command is {@code LOGIN <user> <password>}.
 *
 * <table>
 *   <caption>Error mapping</caption>
 *   <tr><td>connection refused, no route, unknown host, no TCP connection within connectTimeout</td><td>DeviceUnreachableException</td></tr>
 *   <tr><td>connected, but greeting and login not done within connectTimeout</td><td>DeviceTimeoutException</td></tr>
 *   <tr><td>{@code ERR auth} after LOGIN, or no password given</td><td>DeviceAuthenticationException</td></tr>
 *   <tr><td>no complete reply within commandTimeout</td><td>DeviceTimeoutException</td></tr>
 *   <tr><td>{@code ERR <reason>} for a command</td><td>ConfigRejectedException</td></tr>
 *   <tr><td>no greeting, connection closed mid-reply</td><td>UnexpectedOutputException</td></tr>
 *   <tr><td>connection lost mid-session</td><td>DeviceUnreachableException</td></tr>
 * </table>
 */
public final class LineConnection implements AutoCloseable {

    static final String GREETING = "HELLO ";
    static final String OK = "OK";
    static final String ERR = "ERR ";
    static final String AUTH_REFUSED = "ERR auth";

    private final String endpoint;
    private final Socket socket;
    private final BufferedReader in;
    private final Writer out;
    private final Duration commandTimeout;
    private volatile boolean closed;

    private LineConnection(String endpoint, Socket socket, Duration commandTimeout) throws IOException {
        this.endpoint = endpoint;
        this.socket = socket;
        this.in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
        this.out = new OutputStreamWriter(socket.getOutputStream(), StandardCharsets.UTF_8);
        this.commandTimeout = commandTimeout;
    }

    /** Connects, reads the greeting and logs in, all within {@code target.connectTimeout()}. */
    public static LineConnection open(DeviceTarget target) throws DeviceException {
        String endpoint = target.host() + ":" + target.port();
        String user = target.credentials().username();
        String password = target.credentials().password().orElseThrow(() -> new DeviceAuthenticationException(
                endpoint + ": the device needs a password (key login is not supported)"));
        long deadline = System.nanoTime() + target.connectTimeout().toNanos();

        Socket socket = new Socket();
        try {
            socket.connect(new InetSocketAddress(target.host(), target.port()), millis(target.connectTimeout()));
        } catch (SocketTimeoutException e) {
            closeQuietly(socket);
            throw new DeviceUnreachableException(endpoint + ": no TCP connection within " + target.connectTimeout(), e);
        } catch (IOException | IllegalArgumentException e) {     // refused, no route, unknown host
            closeQuietly(socket);
            throw new DeviceUnreachableException(endpoint + ": cannot connect: " + e, e);
        }

        try {
            LineConnection connection = new LineConnection(endpoint, socket, target.commandTimeout());
            String greeting = connection.readLine(deadline, "the greeting");
            if (!greeting.startsWith(GREETING)) {
                throw new UnexpectedOutputException(endpoint + ": not a sample-protocol device, it greeted with '"
                        + abbreviate(greeting) + "'");
            }
            connection.send("LOGIN " + user + " " + password);
            String status = connection.readLine(deadline, "LOGIN");
            if (status.equals(AUTH_REFUSED)) {
                throw new DeviceAuthenticationException(endpoint + ": login as '" + user + "' refused");
            }
            if (!status.equals(OK)) {
                throw new UnexpectedOutputException(endpoint + ": unexpected answer to LOGIN: '" + abbreviate(status)
                        + "'");
            }
            return connection;
        } catch (DeviceTimeoutException e) {
            closeQuietly(socket);
            throw new DeviceTimeoutException(endpoint + ": connected, but greeting and login not done within "
                    + target.connectTimeout(), e);
        } catch (DeviceException e) {
            closeQuietly(socket);
            throw e;
        } catch (IOException e) {
            closeQuietly(socket);
            throw new DeviceUnreachableException(endpoint + ": connection lost during login: " + e, e);
        }
    }

    /** {@code host:port}, for messages. */
    public String endpoint() {
        return endpoint;
    }

    /**
     * Sends one command and returns its data lines, each ended by {@code \n} ({@code ""} when there are none).
     *
     * @throws ConfigRejectedException when the device answers {@code ERR <reason>}
     */
    public synchronized String command(String command) throws DeviceException {
        if (closed) {
            throw new DeviceUnreachableException(endpoint + ": session already closed, cannot run '" + command + "'");
        }
        long deadline = System.nanoTime() + commandTimeout.toNanos();
        StringBuilder data = new StringBuilder();
        try {
            send(command);
            while (true) {
                String line = readLine(deadline, command);
                if (line.equals(OK)) {
                    return data.toString();
                }
                if (line.startsWith(ERR)) {
                    throw new ConfigRejectedException(endpoint + ": '" + command + "' refused: "
                            + line.substring(ERR.length()));
                }
                data.append(line).append('\n');
            }
        } catch (UnexpectedOutputException e) {
            close();
            throw e;
        } catch (DeviceTimeoutException e) {
            close();        // the reply may still arrive: the connection is out of step, drop it
            throw new DeviceTimeoutException(endpoint + ": no complete reply to '" + command + "' within "
                    + commandTimeout, e);
        } catch (IOException e) {
            close();
            throw new DeviceUnreachableException(endpoint + ": connection lost while running '" + command + "': " + e,
                    e);
        }
    }

    private void send(String line) throws IOException {
        out.write(line);
        out.write('\n');
        out.flush();
    }

    /** One line before the deadline; what names the command in messages (never the LOGIN line itself). */
    private String readLine(long deadline, String what) throws IOException, DeviceException {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
            throw new DeviceTimeoutException(endpoint + ": timed out waiting for the reply to " + what);
        }
        socket.setSoTimeout((int) Math.max(1, Math.min(Integer.MAX_VALUE, left / 1_000_000)));
        String line;
        try {
            line = in.readLine();
        } catch (SocketTimeoutException e) {
            throw new DeviceTimeoutException(endpoint + ": timed out waiting for the reply to " + what, e);
        }
        if (line == null) {
            throw new UnexpectedOutputException(endpoint + ": the device closed the connection while we waited for "
                    + "the reply to " + what);
        }
        return line;
    }

    /** Says goodbye if it can; never throws; idempotent. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            socket.setSoTimeout(200);
            send("QUIT");
        } catch (IOException | RuntimeException e) {
            // the connection is going away anyway
        }
        closeQuietly(socket);
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException | RuntimeException e) {
            // nothing left to do
        }
    }

    private static int millis(Duration d) {
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, d.toMillis()));
    }

    private static String abbreviate(String s) {
        return s.length() <= 80 ? s : s.substring(0, 80) + "...";
    }
}

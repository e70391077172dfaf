package io.sxalable.driver.routeros.api;

import io.sxalable.sdk.driver.DeviceAuthenticationException;
import io.sxalable.sdk.driver.DeviceException;
import io.sxalable.sdk.driver.DeviceTarget;
import io.sxalable.sdk.driver.DeviceTimeoutException;
import io.sxalable.sdk.driver.DeviceUnreachableException;
import io.sxalable.sdk.driver.HostKeyMismatchException;
import io.sxalable.sdk.driver.UnexpectedOutputException;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;

/**
 * Opens logged-in API connections and maps every failure to the SDK's error kinds: no TCP connection within the
 * connect timeout (refused fails at once) → {@link DeviceUnreachableException}; TCP up but TLS handshake + login not
 * done within the rest of that time → {@link DeviceTimeoutException}; certificate differs from the pin, or a pin
 * without TLS → {@link HostKeyMismatchException}; login refused → {@link DeviceAuthenticationException}.
 *
 * <p>Login: the post-6.43 form {@code /login =name= =password=}; a router that answers with a challenge
 * ({@code !done =ret=<hex>}, RouterOS before 6.43) gets the MD5 challenge response ({@link LegacyLogin}).
 * Stateless and thread-safe.
 */
public final class ApiConnector {

    /** {@code DeviceTarget.options()} key: {@code true} for API-SSL (TLS, normally port 8729). */
    public static final String OPTION_TLS = "tls";

    /** Connects, runs the TLS handshake when asked, logs in; all within {@link DeviceTarget#connectTimeout()}. */
    public ApiConnection open(DeviceTarget target) throws DeviceException {
        String endpoint = target.host() + ":" + target.port();
        boolean tls = tls(target.options(), endpoint);
        if (!tls && target.hostKey().isPresent()) {
            // a pin was recorded over API-SSL: talking plain now would drop the server check (a downgrade)
            throw new HostKeyMismatchException(endpoint + ": a certificate fingerprint is pinned, but option "
                    + OPTION_TLS + " is not true; the plain API cannot prove the router's identity");
        }
        long deadline = System.nanoTime() + target.connectTimeout().toNanos();

        Socket socket = connect(target, endpoint);
        boolean ok = false;
        try {
            CertificatePin pin = null;
            if (tls) {
                pin = new CertificatePin(target.hostKey());
                socket = handshake(socket, target, endpoint, pin, deadline);
            }
            ApiConnection connection = new ApiConnection(socket, endpoint,
                    pin == null ? Optional.empty() : pin.observed());
            login(connection, target, endpoint, deadline, tls);
            ok = true;
            return connection;
        } catch (IOException e) {
            throw new DeviceUnreachableException(endpoint + ": " + e.getMessage(), e);
        } finally {
            if (!ok) {
                closeQuietly(socket);
            }
        }
    }

    static boolean tls(Map<String, String> options, String endpoint) throws DeviceException {
        String value = options.getOrDefault(OPTION_TLS, "false").strip().toLowerCase(Locale.ROOT);
        return switch (value) {
            case "true", "yes" -> true;
            case "false", "no", "" -> false;
            default -> throw new DeviceUnreachableException(endpoint + ": option " + OPTION_TLS + "='" + value
                    + "' must be true or false");
        };
    }

    private static Socket connect(DeviceTarget target, String endpoint) throws DeviceException {
        Socket socket = new Socket();
        try {
            socket.setTcpNoDelay(true);
            socket.connect(new InetSocketAddress(target.host(), target.port()),
                    (int) Math.max(1, Math.min(Integer.MAX_VALUE, target.connectTimeout().toMillis())));
            return socket;
        } catch (SocketTimeoutException e) {
            closeQuietly(socket);
            throw new DeviceUnreachableException(endpoint + ": no TCP connection within "
                    + target.connectTimeout().toMillis() + " ms", e);
        } catch (IOException | IllegalArgumentException | SecurityException e) {
            // refused, no route, unknown host (InetSocketAddress stays unresolved → UnknownHostException)
            closeQuietly(socket);
            throw new DeviceUnreachableException(endpoint + ": cannot connect: " + describe(e), e);
        }
    }

    private static Socket handshake(Socket raw, DeviceTarget target, String endpoint, CertificatePin pin,
                                    long deadline) throws DeviceException {
        SSLSocket ssl;
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {pin}, null);
            ssl = (SSLSocket) context.getSocketFactory().createSocket(raw, target.host(), target.port(), true);
        } catch (GeneralSecurityException | IOException e) {
            throw new DeviceUnreachableException(endpoint + ": cannot set up TLS: " + describe(e), e);
        }
        try {
            ssl.setUseClientMode(true);
            ssl.setSoTimeout(remainingMillis(deadline));
            ssl.startHandshake();
            return ssl;
        } catch (SocketTimeoutException e) {
            closeQuietly(ssl);
            throw new DeviceTimeoutException(endpoint + ": TLS handshake did not complete within "
                    + target.connectTimeout().toMillis() + " ms", e);
        } catch (IOException e) {
            closeQuietly(ssl);
            if (pin.mismatch()) {
                throw new HostKeyMismatchException(endpoint + ": API-SSL certificate " + pin.observed().orElse("")
                        + " does not match the pinned " + pin.expected().orElse(""), e);
            }
            String hint = e instanceof SSLException ? " (is this the api-ssl port with a certificate assigned?)" : "";
            throw new DeviceUnreachableException(endpoint + ": TLS handshake failed: " + describe(e) + hint, e);
        }
    }

    private static void login(ApiConnection connection, DeviceTarget target, String endpoint, long deadline,
                              boolean tls) throws DeviceException {
        String user = target.credentials().username();
        Optional<String> password = target.credentials().password();
        if (password.isEmpty()) {
            throw new DeviceAuthenticationException(endpoint + ": the RouterOS API needs a password; "
                    + "private-key login is SSH-only");
        }
        ApiResult result;
        try {
            result = connection.call("/login", ApiConnection.args("name", user, "password", password.get()),
                    remaining(deadline));
        } catch (DeviceTimeoutException e) {
            throw new DeviceTimeoutException(endpoint + ": API login did not complete within "
                    + target.connectTimeout().toMillis() + " ms" + (tls ? "" : " (a TLS port? set option tls=true)"), e);
        } catch (DeviceUnreachableException e) {
            throw new DeviceUnreachableException(e.getMessage() + (tls ? "" : " (a TLS port? set option tls=true)"), e);
        } catch (UnexpectedOutputException e) {
            throw new DeviceUnreachableException(endpoint + ": no RouterOS API answer to /login (" + e.getMessage() + ")"
                    + (tls ? "" : " (a TLS port? set option tls=true)"), e);
        }
        if (result.failed()) {
            throw refused(endpoint, user, result.trap().get());
        }
        Optional<String> challenge = result.ret();
        if (challenge.isPresent() && LegacyLogin.isChallenge(challenge.get())) {
            ApiResult second;
            try {
                second = connection.call("/login", ApiConnection.args("name", user, "response",
                        LegacyLogin.response(password.get(), challenge.get())), remaining(deadline));
            } catch (DeviceTimeoutException e) {
                throw new DeviceTimeoutException(endpoint + ": API login (challenge response) did not complete within "
                        + target.connectTimeout().toMillis() + " ms", e);
            }
            if (second.failed()) {
                throw refused(endpoint, user, second.trap().get());
            }
        }
    }

    private static DeviceAuthenticationException refused(String endpoint, String user, String message) {
        // RouterOS: "invalid user name or password (6)"; a user without the api policy gets "not allowed (9)"
        return new DeviceAuthenticationException(endpoint + ": login as '" + user + "' refused: " + message);
    }

    private static Duration remaining(long deadline) {
        return Duration.ofMillis(remainingMillis(deadline));
    }

    private static int remainingMillis(long deadline) {
        long ms = (deadline - System.nanoTime()) / 1_000_000L;
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, ms));
    }

    private static String describe(Throwable e) {
        String message = e.getMessage();
        return message == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + message;
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException | RuntimeException ignored) {
            // nothing to do
        }
    }
}

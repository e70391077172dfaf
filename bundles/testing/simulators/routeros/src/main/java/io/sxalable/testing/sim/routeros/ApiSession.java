package io.sxalable.testing.sim.routeros;

import io.sxalable.testing.sim.routeros.wire.ApiWire;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;

/**
 * One API connection to a simulated router: optional TLS handshake, {@code /login}, then one command after the
 * other. Runs on a pool thread for as long as the client stays connected.
 */
final class ApiSession implements Runnable {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final RouterOsSimulator simulator;
    private final Device device;
    private final Socket accepted;
    private final SSLContext tls;
    private final Set<String> streaming = new HashSet<>();
    private boolean loggedIn;
    private byte[] challenge;

    ApiSession(RouterOsSimulator simulator, Device device, Socket accepted, SSLContext tls) {
        this.simulator = simulator;
        this.device = device;
        this.accepted = accepted;
        this.tls = tls;
    }

    @Override
    public void run() {
        Socket socket = accepted;
        try {
            if (tls != null) {
                SSLSocket ssl = (SSLSocket) tls.getSocketFactory().createSocket(accepted,
                        accepted.getInetAddress().getHostAddress(), accepted.getPort(), true);
                ssl.setUseClientMode(false);
                accepted.setSoTimeout(10_000);
                ssl.startHandshake();
                accepted.setSoTimeout(0);
                socket = ssl;
                simulator.replace(accepted, ssl);
            }
            InputStream in = socket.getInputStream();
            OutputStream out = socket.getOutputStream();
            if (device.options.silent()) {
                while (in.read(new byte[512]) >= 0) {
                    // a hung router: reads, never answers
                }
                return;
            }
            while (true) {
                List<String> words = ApiWire.readSentence(in);
                if (words == null) {
                    return;
                }
                Request request = Request.parse(words);
                List<List<String>> reply = answer(request);
                if (reply == null) {
                    ApiWire.write(out, tagged(List.of(List.of("!fatal", "session terminated on request")), null));
                    return;
                }
                ApiWire.write(out, tagged(reply, request.tag()));
            }
        } catch (IOException | RuntimeException e) {
            // the client went away or spoke garbage: a router just drops the connection
        } finally {
            simulator.closed(socket);
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
    }

    /** The reply to one sentence; {@code null} for /quit. */
    private List<List<String>> answer(Request r) {
        switch (r.command()) {
            case "/login" -> {
                return login(r);
            }
            case "/quit" -> {
                return null;
            }
            default -> { }
        }
        if (!loggedIn) {
            return List.of(List.of("!trap", "=message=not logged in"), List.of("!done"));
        }
        if (r.command().equals("/cancel")) {
            String tag = r.arguments().get("tag");
            if (tag != null && streaming.remove(tag)) {
                return List.of(List.of("!trap", "=category=2", "=message=interrupted", ".tag=" + tag),
                        List.of("!done", ".tag=" + tag), List.of("!done"));
            }
            return List.of(List.of("!done"));
        }
        if (!device.options.commandDelay().isZero()) {
            try {
                Thread.sleep(device.options.commandDelay().toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        Device.Result result = device.execute(r);
        if (result.streaming() && r.tag() != null) {
            streaming.add(r.tag());
        }
        return result.sentences();
    }

    private List<List<String>> login(Request r) {
        String name = r.arguments().get("name");
        Options o = device.options;
        if (o.legacyLogin()) {
            String response = r.arguments().get("response");
            if (response == null || challenge == null) {
                challenge = new byte[16];
                RANDOM.nextBytes(challenge);
                return List.of(List.of("!done", "=ret=" + HexFormat.of().formatHex(challenge)));
            }
            boolean ok = o.username().equals(name) && response.equals(legacyResponse(o.password(), challenge));
            challenge = null;
            loggedIn = ok;
            return ok ? List.of(List.of("!done")) : List.of(List.of("!trap", "=message=cannot log in"), List.of("!done"));
        }
        String password = r.arguments().get("password");
        if (o.username().equals(name) && o.password().equals(password)) {
            loggedIn = true;
            return List.of(List.of("!done"));
        }
        return List.of(List.of("!trap", "=message=invalid user name or password (6)"), List.of("!done"));
    }

    static String legacyResponse(String password, byte[] challenge) {
        try {
            MessageDigest md5 = MessageDigest.getInstance("MD5");
            md5.update((byte) 0);
            md5.update(password.getBytes(StandardCharsets.UTF_8));
            md5.update(challenge);
            return "00" + HexFormat.of().formatHex(md5.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Adds {@code .tag=} to every sentence that does not carry one yet. */
    private static List<List<String>> tagged(List<List<String>> sentences, String tag) {
        if (tag == null) {
            return sentences;
        }
        List<List<String>> out = new ArrayList<>();
        for (List<String> s : sentences) {
            if (s.stream().anyMatch(w -> w.startsWith(".tag="))) {
                out.add(s);
            } else {
                List<String> copy = new ArrayList<>(s);
                copy.add(".tag=" + tag);
                out.add(copy);
            }
        }
        return out;
    }
}

package io.sxalable.testing.sim.routeros;

import io.sxalable.testing.sim.routeros.wire.ApiWire;
import java.io.IOException;
import java.net.Socket;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A bare API client for the simulator's own tests: sends a sentence, reads sentences up to a {@code !done}. */
final class ApiClient implements AutoCloseable {

    private final Socket socket;

    ApiClient(RouterOsSimulator router) throws IOException {
        socket = new Socket(router.host(), router.port());
        socket.setSoTimeout(5000);
    }

    void send(String... words) throws IOException {
        ApiWire.write(socket.getOutputStream(), List.of(Arrays.asList(words)));
    }

    List<String> read() throws IOException {
        return ApiWire.readSentence(socket.getInputStream());
    }

    /** Sends and returns every reply sentence up to and including the first {@code !done} or {@code !fatal}. */
    List<List<String>> call(String... words) throws IOException {
        send(words);
        List<List<String>> out = new ArrayList<>();
        while (true) {
            List<String> s = read();
            if (s == null) {
                return out;
            }
            out.add(s);
            if (s.get(0).equals("!done") || s.get(0).equals("!fatal")) {
                return out;
            }
        }
    }

    ApiClient login(String user, String password) throws IOException {
        List<List<String>> r = call("/login", "=name=" + user, "=password=" + password);
        if (!r.equals(List.of(List.of("!done")))) {
            throw new IllegalStateException("login failed: " + r);
        }
        return this;
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}

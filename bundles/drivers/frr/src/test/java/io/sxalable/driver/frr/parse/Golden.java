package io.sxalable.driver.frr.parse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Recorded real outputs from the FRR lab (Debian 12, FRR 8.4.4), under src/test/resources/golden. */
final class Golden {

    static final String FRR_8_4 = "frr-8.4.4-debian12";

    private Golden() {
    }

    static String read(String router, String file) {
        String path = "/golden/" + FRR_8_4 + "/" + router + "/" + file;
        try (InputStream in = Golden.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing golden file " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

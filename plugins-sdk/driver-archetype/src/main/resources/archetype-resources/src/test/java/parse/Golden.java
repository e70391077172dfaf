package ${package}.parse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Recorded device outputs under src/test/resources/golden/&lt;os-version&gt;/. The sample-os files were recorded
 * from the simulator; record your real device's outputs the same way, one folder per OS version, and add a file
 * for every odd case you meet in the field.
 */
final class Golden {

    static final String SAMPLE_OS_1_0 = "sample-os-1.0";

    private Golden() {
    }

    static String read(String osVersion, String file) {
        String path = "/golden/" + osVersion + "/" + file;
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

package io.sxalable.driver.routeros;

import io.sxalable.driver.routeros.api.MalformedApiException;
import io.sxalable.driver.routeros.api.Reply;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Golden outputs under src/test/resources/golden (see the README there: written by hand from RouterOS 7.16 / 6.49
 * knowledge, not recorded). {@code *.api}: the words of each reply sentence, one per line, sentences separated by
 * an empty line.
 */
public final class Golden {

    public static final String EDGE_1 = "routeros-7.16.1/edge-1";
    public static final String CHR_1 = "routeros-7.16.1/chr-1";
    public static final String CORE_6 = "routeros-6.49.10/core-6";
    public static final String CHR_2_718 = "routeros-7.18.2/chr-2";
    public static final String EDGE_OLD_78 = "routeros-7.8/edge-old";

    private Golden() {
    }

    public static String text(String device, String file) {
        String path = "/golden/" + device + "/" + file;
        try (InputStream in = Golden.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing golden file " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The sentences of a {@code .api} file as word lists. */
    public static List<List<String>> sentences(String device, String file) {
        List<List<String>> out = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (String line : text(device, file).split("\n", -1)) {
            if (line.isEmpty()) {
                if (!current.isEmpty()) {
                    out.add(current);
                    current = new ArrayList<>();
                }
            } else {
                current.add(line);
            }
        }
        if (!current.isEmpty()) {
            out.add(current);
        }
        return out;
    }

    public static List<Reply> replies(String device, String file) {
        List<Reply> out = new ArrayList<>();
        for (List<String> s : sentences(device, file)) {
            try {
                out.add(Reply.parse(s));
            } catch (MalformedApiException e) {
                throw new IllegalStateException(file, e);
            }
        }
        return out;
    }

    /** The attributes of every {@code !re} of a {@code .api} file. */
    public static List<Map<String, String>> items(String device, String file) {
        return replies(device, file).stream().filter(r -> r.is(Reply.RE)).map(Reply::attributes).toList();
    }

    public static Map<String, String> item(String device, String file) {
        return items(device, file).get(0);
    }
}

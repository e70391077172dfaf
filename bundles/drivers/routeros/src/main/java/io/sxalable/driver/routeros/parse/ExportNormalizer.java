package io.sxalable.driver.routeros.parse;

import io.sxalable.sdk.driver.UnexpectedOutputException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Normalises the text of {@code /export} so that two reads of an unchanged router are byte-equal: drops the
 * first line's time stamp comment ({@code # 2025-01-14 09:21:07 by RouterOS 7.16.1}, older builds
 * {@code # jan/14/2025 09:21:07 by RouterOS 7.8}), turns CR LF into LF, strips trailing blanks and ends with one
 * newline. Everything else stays as RouterOS wrote it, including the stable {@code # software id}, {@code # model}
 * and {@code # serial number} comments and the {@code \} line continuations.
 */
public final class ExportNormalizer {

    private static final Pattern STAMP = Pattern.compile("^#\\s.*\\bby RouterOS\\b.*$");

    private ExportNormalizer() {
    }

    public static String normalize(String export, String command) throws UnexpectedOutputException {
        String text = export == null ? "" : export.replace("\r\n", "\n").replace('\r', '\n');
        List<String> lines = new ArrayList<>();
        for (String raw : text.split("\n", -1)) {
            String line = raw.stripTrailing();
            if (lines.isEmpty() && line.isEmpty()) {
                continue;
            }
            if (lines.isEmpty() && STAMP.matcher(line).matches()) {
                continue;
            }
            lines.add(line);
        }
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        if (lines.isEmpty()) {
            throw new UnexpectedOutputException("'" + command + "' produced an empty export");
        }
        for (String line : lines) {
            if (!line.isEmpty() && !line.startsWith("#") && !line.startsWith("/") && !line.startsWith(" ")
                    && !Character.isLetter(line.charAt(0)) && line.charAt(0) != ':') {
                throw new UnexpectedOutputException("'" + command + "' does not look like a RouterOS export: '"
                        + (line.length() > 60 ? line.substring(0, 60) + "..." : line) + "'");
            }
        }
        return String.join("\n", lines) + "\n";
    }
}

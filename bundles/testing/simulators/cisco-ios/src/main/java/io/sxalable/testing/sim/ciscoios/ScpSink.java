package io.sxalable.testing.sim.ciscoios;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.sshd.server.Environment;
import org.apache.sshd.server.ExitCallback;
import org.apache.sshd.server.channel.ChannelSession;
import org.apache.sshd.server.command.Command;

/**
 * IOS's SCP server, receiving side: what {@code scp file router:flash:name} talks to on the exec channel
 * ({@code scp -t flash:name}). Needs {@code ip scp server enable} and a privilege-15 login, as on IOS; otherwise
 * the request is treated like any unknown EXEC command. Files land on the device's {@code flash:}.
 */
final class ScpSink implements Command, Runnable {

    /** {@code scp [-p] [-d] -t [--] <target>}, as OpenSSH's scp and most libraries send it. */
    static final Pattern REQUEST = Pattern.compile("scp(?:\\s+-[a-zA-Z]+)*\\s+-t(?:\\s+-[a-zA-Z]+)*(?:\\s+--)?\\s+(\\S+)");

    private static final Pattern COPY = Pattern.compile("C[0-7]{4} (\\d+) (\\S+)");

    private final Device device;
    private final ExecutorService pool;
    private final String target;
    private final boolean allowed;
    private InputStream in;
    private OutputStream out;
    private ExitCallback exit;

    ScpSink(Device device, ExecutorService pool, String target, boolean allowed) {
        this.device = device;
        this.pool = pool;
        this.target = target;
        this.allowed = allowed;
    }

    static Matcher match(String command) {
        return REQUEST.matcher(command.strip());
    }

    @Override
    public void setInputStream(InputStream in) {
        this.in = in;
    }

    @Override
    public void setOutputStream(OutputStream out) {
        this.out = out;
    }

    @Override
    public void setErrorStream(OutputStream err) {
        // not used
    }

    @Override
    public void setExitCallback(ExitCallback callback) {
        this.exit = callback;
    }

    @Override
    public void start(ChannelSession channel, Environment env) {
        pool.execute(this);
    }

    @Override
    public void destroy(ChannelSession channel) {
        // the reader ends with the stream
    }

    @Override
    public void run() {
        int status = 0;
        try {
            if (!allowed) {
                out.write(("    ^\r\n% Invalid input detected at '^' marker.\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                out.flush();
                status = 1;
                return;
            }
            ack();
            String header;
            while ((header = readLine()) != null) {
                if (header.startsWith("T")) {
                    ack();   // times (scp -p): IOS ignores them
                    continue;
                }
                Matcher m = COPY.matcher(header);
                if (!m.matches()) {
                    nak("scp: unsupported request '" + header + "'");
                    status = 1;
                    return;
                }
                long size = Long.parseLong(m.group(1));
                if (size > 16 * 1024 * 1024) {
                    nak("scp: file too large");
                    status = 1;
                    return;
                }
                ack();
                byte[] content = in.readNBytes((int) size);
                int end = in.read();
                if (content.length != size || end != 0) {
                    status = 1;
                    return;
                }
                String url = target.endsWith(":") ? target + m.group(2) : target;
                device.writeFile(io.sxalable.testing.sim.ciscoios.cli.Syntax.canonicalUrl(url), content);
                ack();
            }
        } catch (IOException e) {
            status = 1;
        } finally {
            if (exit != null) {
                exit.onExit(status);
            }
        }
    }

    private void ack() throws IOException {
        out.write(0);
        out.flush();
    }

    private void nak(String message) throws IOException {
        out.write(2);
        out.write((message + "\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    private String readLine() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int c;
        while ((c = in.read()) >= 0 && c != '\n') {
            line.write(c);
        }
        if (c < 0 && line.size() == 0) {
            return null;
        }
        return line.toString(StandardCharsets.US_ASCII);
    }
}

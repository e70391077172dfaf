package io.sxalable.driver.ciscoios.ssh;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.Predicate;

/**
 * Collects what the device sends on a channel and lets the reader wait, with a deadline, until the end of the text
 * received since a mark satisfies a condition (a prompt, a question, an acknowledgement byte). MINA's I/O thread
 * writes, the session's caller waits. Conditions only see the last {@value #TAIL} characters, so waiting for the
 * prompt after a long {@code show running-config} stays linear.
 */
final class TerminalBuffer extends OutputStream {

    /** How much of the end of the output a condition sees. */
    static final int TAIL = 512;

    private byte[] data = new byte[8192];
    private int count;
    private boolean closed;

    @Override
    public synchronized void write(int b) {
        ensure(1);
        data[count++] = (byte) b;
        notifyAll();
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) {
        ensure(len);
        System.arraycopy(b, off, data, count, len);
        count += len;
        notifyAll();
    }

    private void ensure(int more) {
        if (count + more > data.length) {
            data = Arrays.copyOf(data, Math.max(data.length * 2, count + more));
        }
    }

    /** The channel closed: waiting stops. */
    @Override
    public synchronized void close() {
        closed = true;
        notifyAll();
    }

    synchronized boolean closed() {
        return closed;
    }

    /** Current length in bytes: a mark for {@link #since(int)}. */
    synchronized int mark() {
        return count;
    }

    /** Bytes received since {@code mark}. */
    synchronized byte[] bytesSince(int mark) {
        return Arrays.copyOfRange(data, mark, count);
    }

    /** Text received since {@code mark}, ISO-8859-1 (IOS speaks ASCII; no multi-byte sequence can be split). */
    synchronized String since(int mark) {
        return new String(data, mark, count - mark, StandardCharsets.ISO_8859_1);
    }

    private String tail(int mark) {
        int from = Math.max(mark, count - TAIL);
        return new String(data, from, count - from, StandardCharsets.ISO_8859_1);
    }

    /**
     * Waits until the end of the text since {@code mark} satisfies {@code done}, the channel closes, or the
     * deadline passes.
     *
     * @return whether {@code done} was satisfied
     */
    synchronized boolean await(int mark, Predicate<String> done, long deadlineNanos) throws InterruptedException {
        while (true) {
            if (done.test(tail(mark))) {
                return true;
            }
            long left = deadlineNanos - System.nanoTime();
            if (closed || left <= 0) {
                return false;
            }
            wait(Math.max(1, left / 1_000_000));
        }
    }
}

package io.sxalable.sdk.ssh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sxalable.sdk.driver.Credentials;
import io.sxalable.sdk.driver.DeviceTarget;
import io.sxalable.sdk.driver.DeviceTimeoutException;
import io.sxalable.sdk.driver.DeviceUnreachableException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.apache.sshd.client.SshClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Failure mapping without any SSH server: a closed port, and a port that accepts but never speaks SSH. */
class SshSessionsTest {

    private final SshClient client = SshSessions.newClient();

    @AfterEach
    void stop() {
        client.stop();
    }

    @Test
    void closedPortIsUnreachableAtOnce() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();   // closed again when the try block ends
        }
        long start = System.nanoTime();
        assertThatThrownBy(() -> SshSessions.connect(client, target(port, Duration.ofSeconds(5))))
                .isInstanceOf(DeviceUnreachableException.class).hasMessageContaining("127.0.0.1:" + port);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
    }

    @Test
    void silentServerIsATimeout() throws Exception {
        try (ServerSocket silent = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            Thread acceptor = new Thread(() -> {
                try (Socket ignored = silent.accept()) {
                    Thread.sleep(10_000);   // accept the TCP connection, never send an SSH banner
                } catch (Exception ignored) {
                    // test over
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            long start = System.nanoTime();
            assertThatThrownBy(() -> SshSessions.connect(client, target(silent.getLocalPort(), Duration.ofSeconds(1))))
                    .isInstanceOf(DeviceTimeoutException.class)
                    .hasMessageContaining("did not complete within 1 s");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(4));
            acceptor.interrupt();
        }
    }

    @Test
    void pinsAreNormalizedToOpenSshForm() {
        assertThat(HostKeyCheck.normalize(" SHA256:abc ")).isEqualTo("SHA256:abc");
        assertThat(HostKeyCheck.normalize("sha256:abc")).isEqualTo("SHA256:abc");
        assertThat(HostKeyCheck.normalize("abc")).isEqualTo("SHA256:abc");
    }

    @Test
    void timeoutsAreDescribedInSecondsOrMillis() {
        assertThat(SshSessions.describe(Duration.ofSeconds(10))).isEqualTo("10 s");
        assertThat(SshSessions.describe(Duration.ofMillis(500))).isEqualTo("500 ms");
    }

    private static DeviceTarget target(int port, Duration connectTimeout) {
        return new DeviceTarget("127.0.0.1", port, Credentials.password("nobody", "x"), connectTimeout,
                Duration.ofSeconds(5), Optional.empty(), Map.of());
    }
}

package io.sxalable.testing.sim.ciscoios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumSet;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.channel.ChannelExec;
import org.apache.sshd.client.channel.ClientChannelEvent;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.keyprovider.KeyIdentityProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The simulated IOS-XE CLI over real SSH, byte for byte where IOS's layout matters. */
@Timeout(60)
class IosSimulatorTest {

    private static IosSimulatorServer server;
    private static SshClient client;

    @BeforeAll
    static void start() {
        server = IosSimulatorServer.start();
        client = SshClient.setUpDefaultClient();
        client.setKeyIdentityProvider(KeyIdentityProvider.EMPTY_KEYS_PROVIDER);
        client.setServerKeyVerifier((session, address, key) -> true);
        client.start();
    }

    @AfterAll
    static void stop() {
        client.stop();
        server.close();
    }

    @Test
    void promptEchoAndTheInvalidInputMarker() throws Exception {
        try (IosSimulator r = server.add(Options.defaults()); Terminal t = Terminal.open(client, r)) {
            assertThat(t.until("r1#")).isEqualTo("\r\nr1#");
            assertThat(t.run("show frobnicate", "r1#")).isEqualTo("show frobnicate\r\n"
                    + "        ^\r\n% Invalid input detected at '^' marker.\r\n\r\nr1#");
            assertThat(t.run("show ip", "r1#")).isEqualTo("show ip\r\n% Incomplete command.\r\n\r\nr1#");
            assertThat(t.run("co", "r1#")).isEqualTo("co\r\n% Ambiguous command:  \"co\"\r\nr1#");
            assertThat(t.run("sh ver | i uptime", "r1#")).isEqualTo("sh ver | i uptime\r\n"
                    + "r1 uptime is 1 week, 2 days, 3 hours, 4 minutes\r\nr1#");   // IOS regexes are case-sensitive
        }
    }

    @Test
    void enableAsksForTheSecretWithoutEcho() throws Exception {
        try (IosSimulator r = server.add(Options.defaults().withLoginPrivilege(1)); Terminal t = Terminal.open(client, r)) {
            t.until("r1>");
            assertThat(t.run("show running-config", "r1>")).contains("% Invalid input detected at '^' marker.");
            t.type("enable\r");
            assertThat(t.until("Password: ")).isEqualTo("enable\r\nPassword: ");
            t.type("nope\r");
            assertThat(t.until("Password: ")).isEqualTo("\r\nPassword: ");
            t.type("cisco\r");
            assertThat(t.until("r1#")).isEqualTo("\r\nr1#");
            t.run("disable", "r1>");
            t.type("enable\r").until("Password: ");
            t.type("a\r").until("Password: ");
            t.type("b\r").until("Password: ");
            assertThat(t.type("c\r").until("r1>")).isEqualTo("\r\n% Bad secrets\r\n\r\nr1>");
        }
    }

    @Test
    void moreWhenTheTerminalIsShort() throws Exception {
        try (IosSimulator r = server.add(Options.defaults()); Terminal t = Terminal.open(client, r)) {
            t.until("r1#");
            t.run("terminal length 5", "r1#");
            t.type("show version\r");
            assertThat(t.until(" --More-- ")).isEqualTo("show version\r\nCisco IOS XE Software, Version 17.03.04a\r\n"
                    + "Cisco IOS Software [Amsterdam], Virtual XE Software (X86_64_LINUX_IOSD-UNIVERSALK9-M), Version "
                    + "17.3.4a, RELEASE SOFTWARE (fc3)\r\nTechnical Support: http://www.cisco.com/techsupport\r\n"
                    + "Copyright (c) 1986-2021 by Cisco Systems, Inc.\r\n --More-- ");
            t.type("\r");   // one more line
            assertThat(t.until(" --More-- ")).startsWith("\b\b\b\b\b\b\b\b\b\b          \b\b\b\b\b\b\b\b\b\b"
                    + "Compiled Tue 20-Jul-21 04:59 by mcpre\r\n");
            t.type("q");
            assertThat(t.until("r1#")).endsWith("\b\b\b\b\b\b\b\b\b\br1#");
        }
    }

    @Test
    void configurationModesAndTheirPrompts() throws Exception {
        try (IosSimulator r = server.add(Options.defaults()); Terminal t = Terminal.open(client, r)) {
            t.until("r1#");
            assertThat(t.run("conf t", "r1(config)#")).isEqualTo("conf t\r\n"
                    + "Enter configuration commands, one per line.  End with CNTL/Z.\r\nr1(config)#");
            t.run("int lo5", "r1(config-if)#");
            t.run("ip address 10.5.5.5 255.255.255.255", "r1(config-if)#");
            assertThat(t.run("frobnicate", "r1(config-if)#")).isEqualTo("frobnicate\r\n"
                    + "              ^\r\n% Invalid input detected at '^' marker.\r\n\r\nr1(config-if)#");
            t.run("router bgp 65001", "r1(config-router)#");   // a global command leaves the interface
            t.run("address-family ipv4", "r1(config-router-af)#");
            t.run("network 10.5.5.5 mask 255.255.255.255", "r1(config-router-af)#");
            t.run("exit-address-family", "r1(config-router)#");
            t.run("do show ip interface brief | include Loopback5", "r1(config-router)#");
            t.run("hostname r1-renamed", "r1-renamed(config)#");
            t.type("\u001a");
            assertThat(t.until("r1-renamed#")).isEqualTo("^Z\r\nr1-renamed#");
            assertThat(t.run("show running-config | section Loopback5", "r1-renamed#"))
                    .contains("interface Loopback5\r\n ip address 10.5.5.5 255.255.255.255\r\n");
            assertThat(r.showRunningConfig()).contains("\n  network 10.5.5.5 mask 255.255.255.255\n")
                    .containsPattern("! Last configuration change at \\d\\d:\\d\\d:\\d\\d UTC \\w{3} \\w{3} \\d+ \\d{4} by admin");
        }
    }

    @Test
    void copyAsksForTheDestinationAndBeforeOverwriting() throws Exception {
        try (IosSimulator r = server.add(Options.defaults()); Terminal t = Terminal.open(client, r)) {
            t.until("r1#");
            t.type("copy running-config flash:backup.cfg\r");
            assertThat(t.until("\\? ")).isEqualTo("copy running-config flash:backup.cfg\r\n"
                    + "Destination filename [backup.cfg]? ");
            assertThat(t.type("\r").until("r1#")).matches("\r\n\\d+ bytes copied in \\d\\.\\d{3} secs \\(\\d+ bytes/sec\\)\r\nr1#");
            t.type("copy running-config flash:backup.cfg\r").until("\\? ");
            assertThat(t.type("\r").until("\\[confirm\\]")).isEqualTo("\r\n%Warning:There is a file already existing "
                    + "with this name \r\nDo you want to over write? [confirm]");
            t.type("\r").until("r1#");
            assertThat(r.file("flash:backup.cfg")).hasValueSatisfying(f -> assertThat(f).startsWith("!\n! Last "
                    + "configuration change at ").endsWith("\nend\n"));
            assertThat(t.run("write memory", "r1#")).isEqualTo("write memory\r\nBuilding configuration...\r\n[OK]\r\nr1#");
            assertThat(t.run("more flash:missing.cfg", "r1#"))
                    .contains("%Error opening flash:missing.cfg (No such file or directory)");
        }
    }

    @Test
    void configureReplaceWithATimerRevertsUnlessConfirmed() throws Exception {
        try (IosSimulator r = server.add(Options.defaults().withMinuteLength(Duration.ofMillis(200)));
             Terminal t = Terminal.open(client, r)) {
            t.until("r1#");
            t.type("copy running-config flash:before.cfg\r").until("\\? ");
            t.type("\r").until("r1#");
            t.run("configure terminal", "r1(config)#");
            t.run("hostname changed", "changed(config)#");
            t.run("end", "changed#");
            t.type("copy running-config flash:after.cfg\r").until("\\? ");
            t.type("\r").until("changed#");
            t.run("configure replace flash:before.cfg force", "r1#");
            assertThat(t.run("show archive config rollback timer", "r1#")).contains("%No Rollback Confirmed Change pending");

            assertThat(t.run("configure replace flash:after.cfg force time 1", "changed#")).isEqualTo(
                    "configure replace flash:after.cfg force time 1\r\nTimed Rollback: Backing up to "
                            + "flash:sxalable-archive-1\r\n\r\nTotal number of passes: 1\r\nRollback Done\r\n\r\nchanged#");
            assertThat(t.run("show archive config rollback timer", "changed#")).contains("Timer value: 1 min");
            long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
            while (r.confirmPending() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(r.hostname()).as("reverted by the timer").isEqualTo("r1");
            assertThat(t.run("configure confirm", "r1#")).contains("%No Rollback Confirmed Change pending");

            t.run("configure replace flash:after.cfg force time 5", "changed#");
            assertThat(t.run("configure confirm", "changed#")).isEqualTo("configure confirm\r\nchanged#");
            Thread.sleep(1500);
            assertThat(r.hostname()).as("confirmed").isEqualTo("changed");
            assertThat(t.run("show archive", "changed#")).contains("flash:sxalable-archive-2 <- Most Recent");
        }
    }

    @Test
    void replaceWithAnUnknownLineIsAbortedAndChangesNothing() throws Exception {
        try (IosSimulator r = server.add(Options.defaults()); Terminal t = Terminal.open(client, r)) {
            String before = r.showRunningConfig();
            t.until("r1#");
            t.run("configure terminal", "r1(config)#");
            t.run("end", "r1#");
            upload(r, "flash:bad.cfg", "hostname bad\ninterface Loopback1\n frobnicate\nend\n");
            assertThat(t.run("configure replace flash:bad.cfg force", "r1#")).contains("Rollback aborted after 5 passes")
                    .contains("frobnicate");
            assertThat(r.showRunningConfig()).isEqualTo(before);
        }
    }

    @Test
    void scpUploadsToFlash() throws Exception {
        try (IosSimulator r = server.add(Options.defaults())) {
            upload(r, "flash:up.cfg", "hostname uploaded\n");
            assertThat(r.file("flash:up.cfg")).contains("hostname uploaded\n");
            upload(r, "bootflash:", "second\n");   // a directory target takes the name from the C line
            assertThat(r.file("flash:file.cfg")).contains("second\n");
        }
        try (IosSimulator r = server.add(Options.defaults().withLoginPrivilege(1))) {
            assertThatThrownBy(() -> upload(r, "flash:x.cfg", "x\n")).hasMessageContaining("% Invalid input");
        }
    }

    @Test
    void execChannelRunsOneCommand() throws Exception {
        try (IosSimulator r = server.add(Options.defaults());
             ClientSession s = Terminal.login(client, r, "admin", "admin")) {
            assertThat(Terminal.exec(s, "show ip interface brief")).startsWith("Interface              IP-Address")
                    .doesNotContain("r1#");
        }
    }

    @Test
    void wrongPasswordIsRefusedBySsh() throws Exception {
        try (IosSimulator r = server.add(Options.defaults())) {
            assertThatThrownBy(() -> Terminal.login(client, r, "admin", "wrong")).isInstanceOf(IOException.class);
        }
    }

    @Test
    void closingARouterFreesItsPort() throws Exception {
        IosSimulator r = server.add(Options.defaults());
        int port = r.port();
        r.close();
        try (Socket s = new Socket()) {
            assertThatThrownBy(() -> s.connect(new InetSocketAddress("127.0.0.1", port), 500)).isInstanceOf(IOException.class);
        }
    }

    @Test
    void aFarmOfRoutersIsCheap() throws Exception {
        int n = 300;
        Runtime rt = Runtime.getRuntime();
        System.gc();
        long heapBefore = rt.totalMemory() - rt.freeMemory();
        long start = System.nanoTime();
        IosSimulator[] routers = new IosSimulator[n];
        try (IosSimulatorServer farm = IosSimulatorServer.start()) {
            long afterServer = System.nanoTime();
            for (int i = 0; i < n; i++) {
                routers[i] = farm.add(Options.defaults().withHostname("r" + i));
            }
            long added = System.nanoTime();
            System.gc();
            long heapAfter = rt.totalMemory() - rt.freeMemory();
            System.out.printf("IosSimulatorTest: server start %d ms; %d routers in %d ms (%.2f ms each); heap +%d KB "
                            + "(%.1f KB per router)%n", (afterServer - start) / 1_000_000, n,
                    (added - afterServer) / 1_000_000, (added - afterServer) / 1e6 / n,
                    (heapAfter - heapBefore) / 1024, (heapAfter - heapBefore) / 1024.0 / n);
            assertThat(farm.size()).isEqualTo(n);
            try (Terminal t = Terminal.open(client, routers[n - 1])) {
                assertThat(t.until("#")).endsWith("r" + (n - 1) + "#");
            }
            assertThat((added - afterServer) / 1_000_000 / n).as("ms per router").isLessThan(20);
        }
    }

    /** The sending side of SCP, as OpenSSH's scp speaks it. */
    private static void upload(IosSimulator r, String target, String content) throws Exception {
        try (ClientSession s = Terminal.login(client, r, r.options().username(), r.options().password());
             ChannelExec channel = s.createExecChannel("scp -t " + target)) {
            ByteArrayOutputStream replies = new ByteArrayOutputStream();
            channel.setOut(replies);
            channel.open().verify(Duration.ofSeconds(5));
            OutputStream out = channel.getInvertedIn();
            awaitReply(replies, 1);
            byte[] bytes = content.getBytes(StandardCharsets.US_ASCII);
            out.write(("C0644 " + bytes.length + " file.cfg\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            awaitReply(replies, 2);
            out.write(bytes);
            out.write(0);
            out.flush();
            awaitReply(replies, 3);
            out.close();
            channel.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), Duration.ofSeconds(5));
        }
    }

    private static void awaitReply(ByteArrayOutputStream replies, int count) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (replies.size() < count && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        byte[] got = replies.toByteArray();
        if (got.length < count || got[count - 1] != 0) {
            throw new IOException("SCP refused: " + new String(got, StandardCharsets.ISO_8859_1));
        }
    }
}

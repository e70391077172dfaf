package io.sxalable.testing.sim.routeros;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The simulated router over the raw API: replies and traps as RouterOS sends them. */
class SimulatorProtocolTest {

    private RouterOsSimulator router;

    @BeforeEach
    void start() {
        router = RouterOsSimulator.start(Options.defaults());
    }

    @AfterEach
    void stop() {
        router.close();
    }

    private ApiClient client() throws Exception {
        return new ApiClient(router).login("admin", "admin");
    }

    @Test
    void loginAndItsFailure() throws Exception {
        try (ApiClient c = new ApiClient(router)) {
            assertThat(c.call("/system/identity/print")).containsExactly(List.of("!trap", "=message=not logged in"),
                    List.of("!done"));
            assertThat(c.call("/login", "=name=admin", "=password=wrong"))
                    .containsExactly(List.of("!trap", "=message=invalid user name or password (6)"), List.of("!done"));
            assertThat(c.call("/login", "=name=admin", "=password=admin")).containsExactly(List.of("!done"));
            assertThat(c.call("/system/identity/print")).containsExactly(List.of("!re", "=name=r1"), List.of("!done"));
        }
    }

    @Test
    void legacyChallengeLogin() throws Exception {
        try (RouterOsSimulator old = RouterOsSimulator.start(Options.defaults().toBuilder().legacyLogin(true).build());
             ApiClient c = new ApiClient(old)) {
            List<List<String>> challenge = c.call("/login", "=name=admin", "=password=admin");
            assertThat(challenge).hasSize(1);
            String ret = challenge.get(0).get(1);
            assertThat(ret).matches("=ret=[0-9a-f]{32}");
            byte[] bytes = java.util.HexFormat.of().parseHex(ret.substring(5));

            assertThat(c.call("/login", "=name=admin", "=response=" + ApiSession.legacyResponse("admin", bytes)))
                    .containsExactly(List.of("!done"));
        }
    }

    @Test
    void unknownMenusCommandsAndParameters() throws Exception {
        try (ApiClient c = client()) {
            assertThat(c.call("/ip/firewall/filter/print")).containsExactly(
                    List.of("!trap", "=message=no such command prefix"), List.of("!done"));
            assertThat(c.call("/ip/address/frobnicate")).containsExactly(
                    List.of("!trap", "=message=no such command"), List.of("!done"));
            assertThat(c.call("/ip/address/add", "=address=192.0.2.1/24", "=interface=ether4", "=colour=blue"))
                    .containsExactly(List.of("!trap", "=message=unknown parameter"), List.of("!done"));
        }
    }

    @Test
    void addSetRemoveWithIdsAndRouterOsMessages() throws Exception {
        try (ApiClient c = client()) {
            List<List<String>> added = c.call("/ip/address/add", "=address=192.0.2.1/24", "=interface=ether4", ".tag=9");
            assertThat(added).containsExactly(List.of("!done", "=ret=*5", ".tag=9"));
            assertThat(c.call("/ip/address/add", "=address=192.0.2.1/24", "=interface=ether4")).containsExactly(
                    List.of("!trap", "=message=failure: already have such address"), List.of("!done"));
            assertThat(c.call("/ip/address/add", "=address=192.0.2.9/24", "=interface=ether99")).containsExactly(
                    List.of("!trap", "=message=input does not match any value of interface"), List.of("!done"));
            assertThat(c.call("/ip/address/add", "=address=192.0.2.300/24", "=interface=ether4")).containsExactly(
                    List.of("!trap", "=message=invalid value for argument address"), List.of("!done"));

            assertThat(c.call("/ip/address/print", "?address=192.0.2.1/24")).containsExactly(
                    List.of("!re", "=.id=*5", "=address=192.0.2.1/24", "=network=192.0.2.0", "=interface=ether4",
                            "=actual-interface=ether4", "=invalid=false", "=dynamic=false", "=disabled=false"),
                    List.of("!done"));
            assertThat(c.call("/ip/address/set", "=.id=*5", "=comment=lab")).containsExactly(List.of("!done"));
            assertThat(c.call("/ip/address/set", "=.id=*77", "=comment=lab")).containsExactly(
                    List.of("!trap", "=message=no such item"), List.of("!done"));
            assertThat(c.call("/ip/address/unset", "=numbers=*5", "=value-name=comment")).containsExactly(List.of("!done"));
            assertThat(c.call("/ip/address/remove", "=.id=*5")).containsExactly(List.of("!done"));
            assertThat(c.call("/ip/address/print", "?address=192.0.2.1/24", "=count-only="))
                    .containsExactly(List.of("!done", "=ret=0"));
            // ids are never reused
            assertThat(c.call("/ip/address/add", "=address=192.0.2.1/24", "=interface=ether4"))
                    .containsExactly(List.of("!done", "=ret=*6"));

            assertThat(c.call("/routing/bgp/template/remove", "=numbers=default")).containsExactly(
                    List.of("!trap", "=message=failure: can not remove default template"), List.of("!done"));
            assertThat(c.call("/routing/bgp/connection/add", "=name=to-r2", "=remote.address=192.0.2.2")).containsExactly(
                    List.of("!trap", "=message=failure: entry with such name already exists"), List.of("!done"));
        }
    }

    @Test
    void queriesAndProplist() throws Exception {
        try (ApiClient c = client()) {
            assertThat(c.call("/interface/print", "=.proplist=name,running", "?type=ether", "?running=true"))
                    .containsExactly(List.of("!re", "=name=ether1", "=running=true"),
                            List.of("!re", "=name=ether2", "=running=true"),
                            List.of("!re", "=name=ether3", "=running=true"), List.of("!done"));
            assertThat(c.call("/interface/print", "=.proplist=name", "?name=lo", "?name=ether8", "?#|"))
                    .containsExactly(List.of("!re", "=name=ether8"), List.of("!re", "=name=lo"), List.of("!done"));
            assertThat(c.call("/interface/print", "=.proplist=name", "?-default-name"))
                    .containsExactly(List.of("!re", "=name=lo"), List.of("!done"));
        }
    }

    @Test
    void exportOnlyGoesToAFileAsOnARealRouter() throws Exception {
        try (ApiClient c = client()) {
            assertThat(c.call("/export")).containsExactly(List.of("!done"));
            assertThat(c.call("/export", "=file=backup")).containsExactly(List.of("!done"));

            List<List<String>> files = c.call("/file/print", "?name=backup.rsc");
            assertThat(files).hasSize(2);
            List<String> file = files.get(0);
            assertThat(file).contains("=name=backup.rsc", "=type=script");
            String contents = file.stream().filter(w -> w.startsWith("=contents=")).findFirst().orElseThrow().substring(10);
            assertThat(contents).matches("(?s)# \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d by RouterOS 7\\.16\\.1\r\n"
                    + "# software id = 8XKT-4RXB\r\n.*/system identity\r\nset name=r1\r\n");
            assertThat(file).contains("=size=" + contents.getBytes(java.nio.charset.StandardCharsets.UTF_8).length);

            assertThat(c.call("/file/remove", "=numbers=backup.rsc")).containsExactly(List.of("!done"));
            assertThat(c.call("/file/print")).containsExactly(List.of("!done"));
        }
    }

    @Test
    void largeFilesHaveNoContentsOverTheApi() throws Exception {
        try (RouterOsSimulator small = RouterOsSimulator.start(Options.defaults().toBuilder().fileContentsLimit(100).build());
             ApiClient c = new ApiClient(small).login("admin", "admin")) {
            c.call("/export", "=file=big");
            List<String> file = c.call("/file/print").get(0);
            assertThat(file).anyMatch(w -> w.startsWith("=size=")).noneMatch(w -> w.startsWith("=contents="));
        }
    }

    @Test
    void aMonitorRunsUntilCancelled() throws Exception {
        try (ApiClient c = client()) {
            c.send("/interface/ethernet/monitor", "=numbers=ether1,ether4", ".tag=5");
            assertThat(c.read()).contains("!re", "=name=ether1", "=status=link-ok", "=rate=2.5Gbps", ".tag=5");
            assertThat(c.read()).contains("!re", "=name=ether4", "=status=no-link", ".tag=5");

            assertThat(c.call("/cancel", "=tag=5", ".tag=6")).containsExactly(
                    List.of("!trap", "=category=2", "=message=interrupted", ".tag=5"), List.of("!done", ".tag=5"));
            assertThat(c.read()).containsExactly("!done", ".tag=6");
            assertThat(c.call("/interface/ethernet/monitor", "=numbers=ether2", "=once=", "=.proplist=name,rate"))
                    .containsExactly(List.of("!re", "=name=ether2", "=rate=1Gbps"), List.of("!done"));
        }
    }

    @Test
    void bgpSessionsFollowTheConnectionsAndTheFarEnd() throws Exception {
        try (ApiClient c = client()) {
            List<List<String>> sessions = c.call("/routing/bgp/session/print", "=.proplist=name,remote.address,established,prefix-count");
            assertThat(sessions).containsExactly(
                    List.of("!re", "=name=to-r2-1", "=remote.address=10.0.12.2", "=prefix-count=3", "=established=true"),
                    List.of("!re", "=name=to-r3-1", "=remote.address=10.0.13.2", "=established=false"), List.of("!done"));

            router.peer(new Options.Peer("10.0.13.2", "10.255.0.3", true, 7, Duration.ZERO));
            c.call("/routing/bgp/connection/disable", "=numbers=to-r2");
            assertThat(c.call("/routing/bgp/session/print", "=.proplist=name,prefix-count,established")).containsExactly(
                    List.of("!re", "=name=to-r3-1", "=prefix-count=7", "=established=true"), List.of("!done"));
        }
    }

    @Test
    void routerOs718SaysEmpty() throws Exception {
        try (RouterOsSimulator r = RouterOsSimulator.start(Options.defaults().toBuilder().version("7.18.2").build());
             ApiClient c = new ApiClient(r).login("admin", "admin")) {
            assertThat(c.call("/ip/address/print", "?interface=ether7")).containsExactly(List.of("!empty"), List.of("!done"));
        }
    }

    @Test
    void quit() throws Exception {
        try (ApiClient c = client()) {
            assertThat(c.call("/quit")).containsExactly(List.of("!fatal", "session terminated on request"));
            assertThat(c.read()).isNull();
        }
    }

    @Test
    void tlsWithASelfSignedCertificate() throws Exception {
        try (RouterOsSimulator r = RouterOsSimulator.start(Options.defaults().toBuilder().tls(true).build())) {
            javax.net.ssl.SSLContext trustAll = javax.net.ssl.SSLContext.getInstance("TLS");
            java.security.cert.X509Certificate[][] seen = new java.security.cert.X509Certificate[1][];
            trustAll.init(null, new javax.net.ssl.TrustManager[] {new javax.net.ssl.X509TrustManager() {
                @Override
                public void checkClientTrusted(java.security.cert.X509Certificate[] c, String a) {
                }

                @Override
                public void checkServerTrusted(java.security.cert.X509Certificate[] c, String a) {
                    seen[0] = c;
                }

                @Override
                public java.security.cert.X509Certificate[] getAcceptedIssuers() {
                    return new java.security.cert.X509Certificate[0];
                }
            }}, null);
            try (javax.net.ssl.SSLSocket s = (javax.net.ssl.SSLSocket) trustAll.getSocketFactory()
                    .createSocket(r.host(), r.port())) {
                s.setSoTimeout(5000);
                io.sxalable.testing.sim.routeros.wire.ApiWire.write(s.getOutputStream(),
                        List.of(List.of("/login", "=name=admin", "=password=admin")));
                assertThat(io.sxalable.testing.sim.routeros.wire.ApiWire.readSentence(s.getInputStream()))
                        .containsExactly("!done");
            }
            assertThat(seen[0][0].getSubjectX500Principal().getName()).isEqualTo("CN=r1");
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(seen[0][0].getEncoded());
            assertThat(r.certificateFingerprint()).contains("SHA256:"
                    + java.util.Base64.getEncoder().withoutPadding().encodeToString(digest));
        }
    }
}

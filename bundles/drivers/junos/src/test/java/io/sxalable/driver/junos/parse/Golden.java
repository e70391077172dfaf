package io.sxalable.driver.junos.parse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * NETCONF replies kept under src/test/resources/golden, one file per RPC reply as it arrives on the wire (framing
 * removed). {@code junos-23.4R1-vmx/r1}: replies of the simulator's default vMX; {@code junos-21.4R3-mx204/pe1}:
 * hand-written MX204 replies with the cases the simulator does not produce (dual routing engines, VRF and VPN peers,
 * 10/100G ports, inline values, legacy version fields).
 */
final class Golden {

    static final String VMX = "junos-23.4R1-vmx/r1";
    static final String MX204 = "junos-21.4R3-mx204/pe1";

    private Golden() {
    }

    static String read(String device, String file) {
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
}

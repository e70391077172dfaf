package io.sxalable.driver.ciscoios.parse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Reference outputs under src/test/resources/golden: IOS-XE 17.3.4a on a CSR1000V ({@code edge1}) and classic IOS
 * 15.7 on a Cisco 2911 ({@code branch3}), in the devices' exact layouts (see the README for how they were made).
 */
final class Golden {

    static final String CSR = "iosxe-17.3.4a-csr1000v/edge1";
    static final String ISR_G2 = "ios-15.7-c2900/branch3";

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

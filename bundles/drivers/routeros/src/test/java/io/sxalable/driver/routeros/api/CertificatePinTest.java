package io.sxalable.driver.routeros.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class CertificatePinTest {

    @Test
    void pinsAreComparedInOneSpelling() {
        assertThat(CertificatePin.normalize("SHA256:abc+/x")).isEqualTo("SHA256:abc+/x");
        assertThat(CertificatePin.normalize("sha256:abc+/x==")).isEqualTo("SHA256:abc+/x");
        assertThat(CertificatePin.normalize("  abc+/x ")).isEqualTo("SHA256:abc+/x");
        assertThat(new CertificatePin(Optional.of("abc")).expected()).contains("SHA256:abc");
    }

    @Test
    void noMismatchBeforeACertificateWasSeen() {
        CertificatePin pin = new CertificatePin(Optional.of("SHA256:abc"));

        assertThat(pin.observed()).isEmpty();
        assertThat(pin.mismatch()).isFalse();
    }
}

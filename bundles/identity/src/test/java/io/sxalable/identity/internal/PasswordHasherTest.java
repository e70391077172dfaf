package io.sxalable.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    private final PasswordHasher hasher = new PasswordHasher(new SecureRandom());

    @Test
    void phcFormatWithOwaspParameters() {
        String phc = hasher.hash("correct horse battery");
        assertThat(phc).matches("\\$argon2id\\$v=19\\$m=19456,t=2,p=1\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}");
        assertThat(hasher.hash("correct horse battery")).isNotEqualTo(phc); // random salt
        assertThat(hasher.verify("correct horse battery", phc)).isTrue();
        assertThat(hasher.verify("correct horse batterY", phc)).isFalse();
        assertThat(hasher.verify("", phc)).isFalse();
        assertThat(hasher.needsRehash(phc)).isFalse();
    }

    @Test
    void normalisesUnicodeAndRejectsMalformedHashes() {
        String phc = hasher.hash("pa\u00e9ssword-long");          // é precomposed
        assertThat(hasher.verify("pae\u0301ssword-long", phc)).isTrue(); // e + combining acute
        assertThat(hasher.verify("x", "not a hash")).isFalse();
        assertThat(hasher.verify("x", "$argon2i$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNoaGFzaA")).isFalse();
        assertThat(hasher.verify("x", "$argon2id$v=19$m=99999999,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNoaGFzaA"))
                .isFalse();
        assertThat(hasher.needsRehash("$argon2id$v=19$m=8192,t=2,p=1$c2FsdHNhbHRzYWx0$aGFzaGhhc2hoYXNoaGFzaA"))
                .isTrue();
    }

    @Test
    void verifiesHashesWithOtherParametersAndReferenceVector() {
        // produced by the reference implementation (Debian package argon2):
        // echo -n "password" | argon2 somesalt -id -t 2 -k 65536 -p 1 -l 32 -e
        String reference = "$argon2id$v=19$m=65536,t=2,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc";
        assertThat(hasher.verify("password", reference)).isTrue();
        // echo -n "correct horse battery" | argon2 saltsaltsaltsalt -id -t 2 -k 19456 -p 1 -l 32 -e
        assertThat(hasher.verify("correct horse battery", "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0c2FsdA"
                + "$iPOQ5f2O21FsjnBvo1AiFcDuSXciCnKUrXFO+yfgNoM")).isTrue();
        assertThat(hasher.needsRehash(reference)).isTrue();
    }

    @Test
    void measureHashTime() {
        hasher.hash("warm-up-password"); // JIT
        int n = 10;
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            hasher.hash("measure-password-" + i);
        }
        double ms = (System.nanoTime() - start) / 1e6 / n;
        System.out.printf("MEASURE argon2id m=19456 t=2 p=1: %.1f ms per hash (mean of %d)%n", ms, n);
        assertThat(ms).isLessThan(2000);
    }
}

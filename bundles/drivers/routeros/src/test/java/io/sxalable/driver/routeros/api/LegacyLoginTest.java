package io.sxalable.driver.routeros.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class LegacyLoginTest {

    @Test
    void responseIsZeroZeroAndMd5OfZeroPasswordChallenge() throws Exception {
        String challenge = "ebddd18303a54111e2dea05a92ab46b4";
        MessageDigest md5 = MessageDigest.getInstance("MD5");
        md5.update(new byte[] {0});
        md5.update("secret".getBytes(StandardCharsets.UTF_8));
        md5.update(HexFormat.of().parseHex(challenge));

        assertThat(LegacyLogin.response("secret", challenge)).isEqualTo("00" + HexFormat.of().formatHex(md5.digest()))
                .hasSize(34);
    }

    @Test
    void recognisesAChallenge() {
        assertThat(LegacyLogin.isChallenge("ebddd18303a54111e2dea05a92ab46b4")).isTrue();
        assertThat(LegacyLogin.isChallenge("*1")).isFalse();
        assertThat(LegacyLogin.isChallenge(null)).isFalse();
    }
}

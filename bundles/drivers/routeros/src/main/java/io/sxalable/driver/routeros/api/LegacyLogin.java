package io.sxalable.driver.routeros.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The challenge-response login of RouterOS before 6.43: the router answers {@code /login} with
 * {@code !done =ret=<32 hex digits>}, and the client sends {@code /login =name=<user> =response=00<hex>}, where
 * {@code <hex>} is MD5 over a zero byte, the password and the decoded challenge.
 */
public final class LegacyLogin {

    private LegacyLogin() {
    }

    /** The {@code =response=} value for {@code challengeHex}. */
    public static String response(String password, String challengeHex) {
        byte[] challenge = HexFormat.of().parseHex(challengeHex);
        try {
            MessageDigest md5 = MessageDigest.getInstance("MD5");
            md5.update((byte) 0);
            md5.update(password.getBytes(StandardCharsets.UTF_8));
            md5.update(challenge);
            return "00" + HexFormat.of().formatHex(md5.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is a required JDK algorithm", e);
        }
    }

    /** True when {@code ret} looks like a legacy challenge (32 hex digits). */
    public static boolean isChallenge(String ret) {
        return ret != null && ret.length() == 32 && ret.chars().allMatch(c -> Character.digit(c, 16) >= 0);
    }
}

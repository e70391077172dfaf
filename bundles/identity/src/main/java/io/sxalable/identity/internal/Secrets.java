package io.sxalable.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/** Random opaque tokens and their stored form. */
final class Secrets {

    /** API token secrets start with this, so {@code authenticate} can tell them from JWTs. */
    static final String API_TOKEN_PREFIX = "sxa_";
    /** Characters of an API token secret kept for display. */
    static final int DISPLAY_PREFIX_LENGTH = 8;

    private final SecureRandom random;

    Secrets(SecureRandom random) {
        this.random = random;
    }

    /** 32 random bytes, base64url without padding (43 characters). */
    String opaqueToken() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    String apiTokenSecret() {
        return API_TOKEN_PREFIX + opaqueToken();
    }

    static boolean looksLikeApiToken(String s) {
        return s.length() == API_TOKEN_PREFIX.length() + 43 && s.startsWith(API_TOKEN_PREFIX)
                && s.substring(API_TOKEN_PREFIX.length()).chars().allMatch(Secrets::isBase64Url);
    }

    static boolean looksLikeOpaqueToken(String s) {
        return s.length() == 43 && s.chars().allMatch(Secrets::isBase64Url);
    }

    private static boolean isBase64Url(int c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
    }

    /** What is stored instead of a token: SHA-256 of its ASCII text. */
    static byte[] sha256(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Constant-time string comparison. */
    static boolean constantTimeEquals(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}

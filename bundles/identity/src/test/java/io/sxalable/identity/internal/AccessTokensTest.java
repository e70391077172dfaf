package io.sxalable.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.sxalable.core.api.Role;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.security.KeyPair;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Base64;
import java.util.Date;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AccessTokensTest {

    @TempDir
    static Path dir;
    static KeyPair keys;
    static AccessTokens tokens;
    static final UUID USER = UUID.randomUUID();
    static final UUID TENANT = UUID.randomUUID();

    @BeforeAll
    static void setUp() {
        keys = AccessTokens.loadOrCreateKeyPair(dir.resolve("etc/sxalable-jwt.pem"));
        tokens = new AccessTokens(keys, Clock.systemUTC(), Duration.ofMinutes(15), Duration.ofSeconds(30));
    }

    private static String issue() {
        return tokens.issue(USER, TENANT, "acme", Set.of(Role.OPERATOR, Role.VIEWER), false).token();
    }

    @Test
    void keyFileIsPkcs8PemMode600AndStable() throws Exception {
        Path file = dir.resolve("etc/sxalable-jwt.pem");
        assertThat(Files.getPosixFilePermissions(file))
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        assertThat(Files.readString(file)).startsWith("-----BEGIN PRIVATE KEY-----\n")
                .endsWith("-----END PRIVATE KEY-----\n");
        KeyPair again = AccessTokens.loadOrCreateKeyPair(file);
        assertThat(again.getPublic()).isEqualTo(keys.getPublic());
        assertThat(((java.security.interfaces.RSAPublicKey) keys.getPublic()).getModulus().bitLength())
                .isEqualTo(2048);
        // a second instance on the same file verifies the first one's tokens
        AccessTokens other = new AccessTokens(again, Clock.systemUTC(), Duration.ofMinutes(15), Duration.ZERO);
        assertThat(other.verify(issue()).userId()).isEqualTo(USER);
    }

    @Test
    void claims() throws Exception {
        String jwt = issue();
        SignedJWT parsed = SignedJWT.parse(jwt);
        assertThat(parsed.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
        assertThat(parsed.getHeader().getKeyID()).isEqualTo(tokens.keyId());
        JWTClaimsSet c = parsed.getJWTClaimsSet();
        assertThat(c.getIssuer()).isEqualTo("sxalable");
        assertThat(c.getSubject()).isEqualTo(USER.toString());
        assertThat(c.getStringClaim("tid")).isEqualTo(TENANT.toString());
        assertThat(c.getStringClaim("ten")).isEqualTo("acme");
        assertThat(c.getStringListClaim("roles")).containsExactly("OPERATOR", "VIEWER");
        assertThat(c.getBooleanClaim("pa")).isFalse();
        assertThat(c.getJWTID()).isNotBlank();
        assertThat(Duration.between(c.getIssueTime().toInstant(), c.getExpirationTime().toInstant()))
                .isEqualTo(Duration.ofMinutes(15));
        AccessTokens.Claims verified = tokens.verify(jwt);
        assertThat(verified.roles()).containsExactlyInAnyOrder(Role.OPERATOR, Role.VIEWER);
        assertThat(verified.tenantSlug()).isEqualTo("acme");
    }

    @Test
    void tamperedPayloadIsRejected() {
        String[] parts = issue().split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"OPERATOR\"", "\"ADMIN\"");
        String forged = parts[0] + "." + Base64URL.encode(payload) + "." + parts[2];
        assertRejected(forged, "bad signature");
        // flipped signature bit
        byte[] sig = Base64.getUrlDecoder().decode(parts[2]);
        sig[10] ^= 1;
        assertRejected(parts[0] + "." + parts[1] + "." + Base64URL.encode(sig), "bad signature");
        assertRejected("garbage", "not a signed JWT");
        assertRejected("a".repeat(9000), "too long");
    }

    @Test
    void expiredAndFutureTokensAreRejected() throws Exception {
        Clock hourAgo = Clock.offset(Clock.systemUTC(), Duration.ofHours(-1));
        AccessTokens past = new AccessTokens(keys, hourAgo, Duration.ofMinutes(15), Duration.ofSeconds(30));
        assertRejected(past.issue(USER, TENANT, "acme", Set.of(Role.ADMIN), false).token(), "expired");
        // within the clock skew: still accepted
        Clock justExpired = Clock.offset(Clock.systemUTC(), Duration.ofMinutes(-15).minusSeconds(10));
        AccessTokens skewed = new AccessTokens(keys, justExpired, Duration.ofMinutes(15), Duration.ZERO);
        assertThat(tokens.verify(skewed.issue(USER, TENANT, "acme", Set.of(Role.ADMIN), false).token())).isNotNull();
        Clock future = Clock.fixed(Instant.now().plus(Duration.ofMinutes(5)), ZoneOffset.UTC);
        AccessTokens ahead = new AccessTokens(keys, future, Duration.ofMinutes(15), Duration.ZERO);
        assertRejected(ahead.issue(USER, TENANT, "acme", Set.of(Role.ADMIN), false).token(), "issued in the future");
    }

    @Test
    void otherKeyOtherAlgorithmAndUnsignedAreRejected(@TempDir Path other) throws Exception {
        KeyPair otherKeys = AccessTokens.loadOrCreateKeyPair(other.resolve("other.pem"));
        AccessTokens stranger = new AccessTokens(otherKeys, Clock.systemUTC(), Duration.ofMinutes(5), Duration.ZERO);
        assertRejected(stranger.issue(USER, TENANT, "acme", Set.of(Role.ADMIN), true).token(), "unknown key id");

        // a token signed by another key but claiming our key id
        String[] ours = issue().split("\\.");
        String[] theirs = stranger.issue(USER, TENANT, "acme", Set.of(Role.ADMIN), true).token().split("\\.");
        assertRejected(ours[0] + "." + theirs[1] + "." + theirs[2], "bad signature");

        JWTClaimsSet claims = SignedJWT.parse(issue()).getJWTClaimsSet();
        // HS256 "signed" with the public key as HMAC secret (algorithm confusion)
        byte[] secret = Arrays.copyOf(keys.getPublic().getEncoded(), 294);
        SignedJWT hs = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(tokens.keyId()).build(), claims);
        hs.sign(new MACSigner(secret));
        assertRejected(hs.serialize(), "algorithm HS256");
        // alg none
        String none = Base64URL.encode("{\"alg\":\"none\"}") + "." + Base64URL.encode(claims.toString()) + ".";
        assertRejected(none, "not a signed JWT");
    }

    @Test
    void wrongIssuerOrMissingClaimsAreRejected() throws Exception {
        JWTClaimsSet good = SignedJWT.parse(issue()).getJWTClaimsSet();
        JWTClaimsSet wrongIssuer = new JWTClaimsSet.Builder(good).issuer("someone-else").build();
        JWTClaimsSet noTenant = new JWTClaimsSet.Builder(good).claim("tid", null).build();
        JWTClaimsSet noExp = new JWTClaimsSet.Builder(good).expirationTime(null).build();
        JWTClaimsSet badRole = new JWTClaimsSet.Builder(good).claim("roles", java.util.List.of("ROOT")).build();
        assertRejected(sign(wrongIssuer), "issuer someone-else");
        assertRejected(sign(noTenant), "required claim missing");
        assertRejected(sign(noExp), "exp or iat missing");
        assertRejected(sign(badRole), "malformed claims");
        assertThat(tokens.verify(sign(new JWTClaimsSet.Builder(good).issueTime(new Date()).build()))).isNotNull();
    }

    private static String sign(JWTClaimsSet claims) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(tokens.keyId()).build(), claims);
        jwt.sign(new com.nimbusds.jose.crypto.RSASSASigner(keys.getPrivate()));
        return jwt.serialize();
    }

    private static void assertRejected(String token, String reason) {
        assertThatThrownBy(() -> tokens.verify(token)).isInstanceOf(AccessTokens.InvalidTokenException.class)
                .hasMessageContaining(reason);
    }
}

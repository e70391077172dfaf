package io.sxalable.identity.internal;

import io.sxalable.support.PrivateFiles;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.sxalable.core.api.Role;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * RS256 access tokens. Claims: {@code iss} = {@value #ISSUER}, {@code sub} user id, {@code tid} tenant id,
 * {@code ten} tenant slug, {@code roles}, {@code pa} platform administrator, {@code jti}, {@code iat}, {@code exp}.
 * Header: {@code alg=RS256}, {@code typ=JWT}, {@code kid} = RFC 7638 thumbprint of the public key.
 *
 * <p>Verification accepts nothing but RS256 with our key id, then checks issuer, expiry and issue time against the
 * injected clock with a small skew. The signing key is an RSA 2048 PKCS#8 PEM file created at first start (mode 600).
 */
final class AccessTokens {

    static final String ISSUER = "sxalable";
    static final int RSA_BITS = 2048;
    private static final int MAX_TOKEN_LENGTH = 8192;
    private static final Logger LOG = LoggerFactory.getLogger(AccessTokens.class);

    private final RSAPublicKey publicKey;
    private final RSASSASigner signer;
    private final RSASSAVerifier verifier;
    private final String keyId;
    private final Clock clock;
    private final Duration ttl;
    private final Duration skew;

    AccessTokens(KeyPair keys, Clock clock, Duration ttl, Duration skew) {
        this.publicKey = (RSAPublicKey) keys.getPublic();
        this.signer = new RSASSASigner(keys.getPrivate());
        this.verifier = new RSASSAVerifier(publicKey);
        try {
            this.keyId = new RSAKey.Builder(publicKey).build().computeThumbprint().toString();
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot compute the JWT key id", e);
        }
        this.clock = clock;
        this.ttl = ttl;
        this.skew = skew;
    }

    /** The verified content of an access token. */
    record Claims(UUID userId, UUID tenantId, String tenantSlug, Set<Role> roles, boolean platformAdmin, String jwtId,
                  Instant issuedAt, Instant expiresAt) {
    }

    record Issued(String token, Instant expiresAt) {
    }

    String keyId() {
        return keyId;
    }

    RSAPublicKey publicKey() {
        return publicKey;
    }

    Issued issue(UUID userId, UUID tenantId, String tenantSlug, Set<Role> roles, boolean platformAdmin) {
        Instant now = clock.instant();
        Instant exp = now.plus(ttl);
        List<String> roleNames = roles.stream().map(Role::name).sorted().toList();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .subject(userId.toString())
                .claim("tid", tenantId.toString())
                .claim("ten", tenantSlug)
                .claim("roles", roleNames)
                .claim("pa", platformAdmin)
                .jwtID(UUID.randomUUID().toString())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(exp))
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT).keyID(keyId)
                .build(), claims);
        try {
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign access token", e);
        }
        return new Issued(jwt.serialize(), exp.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
    }

    /** @throws InvalidTokenException with a reason for the debug log; callers answer TOKEN_INVALID */
    Claims verify(String token) throws InvalidTokenException {
        if (token.length() > MAX_TOKEN_LENGTH) {
            throw new InvalidTokenException("too long");
        }
        SignedJWT jwt;
        try {
            jwt = SignedJWT.parse(token);
        } catch (ParseException e) {
            throw new InvalidTokenException("not a signed JWT");
        }
        JWSHeader header = jwt.getHeader();
        if (!JWSAlgorithm.RS256.equals(header.getAlgorithm())) {
            throw new InvalidTokenException("algorithm " + header.getAlgorithm());
        }
        if (header.getType() != null && !JOSEObjectType.JWT.equals(header.getType())) {
            throw new InvalidTokenException("type " + header.getType());
        }
        if (!keyId.equals(header.getKeyID())) {
            throw new InvalidTokenException("unknown key id " + header.getKeyID());
        }
        try {
            if (!jwt.verify(verifier)) {
                throw new InvalidTokenException("bad signature");
            }
        } catch (JOSEException e) {
            throw new InvalidTokenException("signature check failed: " + e.getMessage());
        }
        try {
            JWTClaimsSet c = jwt.getJWTClaimsSet();
            Instant now = clock.instant();
            if (!ISSUER.equals(c.getIssuer())) {
                throw new InvalidTokenException("issuer " + c.getIssuer());
            }
            Date exp = c.getExpirationTime();
            Date iat = c.getIssueTime();
            if (exp == null || iat == null) {
                throw new InvalidTokenException("exp or iat missing");
            }
            if (!now.isBefore(exp.toInstant().plus(skew))) {
                throw new InvalidTokenException("expired at " + exp.toInstant());
            }
            if (iat.toInstant().isAfter(now.plus(skew))) {
                throw new InvalidTokenException("issued in the future");
            }
            String sub = c.getSubject();
            String tid = c.getStringClaim("tid");
            String ten = c.getStringClaim("ten");
            List<String> roles = c.getStringListClaim("roles");
            Boolean pa = c.getBooleanClaim("pa");
            String jti = c.getJWTID();
            if (sub == null || tid == null || ten == null || roles == null || pa == null || jti == null) {
                throw new InvalidTokenException("required claim missing");
            }
            Set<Role> parsedRoles = EnumSet.noneOf(Role.class);
            for (String r : roles) {
                parsedRoles.add(Role.valueOf(r));
            }
            return new Claims(UUID.fromString(sub), UUID.fromString(tid), ten, parsedRoles, pa, jti,
                    iat.toInstant(), exp.toInstant());
        } catch (ParseException | IllegalArgumentException e) {
            throw new InvalidTokenException("malformed claims: " + e.getMessage());
        }
    }

    static final class InvalidTokenException extends Exception {
        private static final long serialVersionUID = 1L;

        InvalidTokenException(String reason) {
            super(reason, null, false, false);
        }
    }

    /** Loads the PKCS#8 PEM RSA key, or creates one (RSA 2048, mode 600) when the file is absent. */
    static KeyPair loadOrCreateKeyPair(Path file) {
        try {
            if (!Files.exists(file)) {
                KeyPairGenerator gen = KeyPairGenerator.getInstance("RSA");
                gen.initialize(RSA_BITS);
                KeyPair fresh = gen.generateKeyPair();
                String pem = "-----BEGIN PRIVATE KEY-----\n"
                        + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(fresh.getPrivate().getEncoded())
                        + "\n-----END PRIVATE KEY-----\n";
                if (PrivateFiles.createIfAbsent(file, pem.getBytes(StandardCharsets.US_ASCII))) {
                    LOG.info("Generated a new RSA {} JWT signing key in {}", RSA_BITS, file);
                    return fresh;
                }
            }
            if (!PrivateFiles.isPrivate(file)) {
                LOG.warn("JWT signing key {} is readable by other users; restrict it with: chmod 600 {}", file, file);
            }
            String pem = Files.readString(file, StandardCharsets.US_ASCII);
            int begin = pem.indexOf("-----BEGIN PRIVATE KEY-----");
            int end = pem.indexOf("-----END PRIVATE KEY-----");
            if (begin < 0 || end < begin) {
                throw new IllegalStateException("JWT signing key " + file + " is not a PKCS#8 PEM private key");
            }
            String body = pem.substring(begin + "-----BEGIN PRIVATE KEY-----".length(), end).replaceAll("\\s", "");
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            RSAPrivateCrtKey priv = (RSAPrivateCrtKey) rsa.generatePrivate(
                    new PKCS8EncodedKeySpec(Base64.getDecoder().decode(body)));
            if (priv.getModulus().bitLength() < RSA_BITS) {
                throw new IllegalStateException("JWT signing key " + file + " is shorter than " + RSA_BITS + " bits");
            }
            RSAPublicKey pub = (RSAPublicKey) rsa.generatePublic(
                    new RSAPublicKeySpec(priv.getModulus(), priv.getPublicExponent()));
            return new KeyPair(pub, priv);
        } catch (IOException | GeneralSecurityException | IllegalArgumentException | ClassCastException e) {
            throw new IllegalStateException("cannot load or create JWT signing key " + file + ": " + e, e);
        }
    }
}

package io.sxalable.driver.routeros.api;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.Optional;
import javax.net.ssl.X509TrustManager;

/**
 * Trust on first use for the API-SSL certificate, the way SSH host keys are pinned: without a pin any certificate
 * is accepted and its fingerprint recorded; with a pin, any other certificate fails the handshake (before the
 * login, so credentials never reach an impostor). The fingerprint is {@code SHA256:} + unpadded base64 of the
 * SHA-256 of the leaf certificate's DER encoding (the format OpenSSH uses for keys).
 *
 * <p>No PKI validation and no host-name check: RouterOS certificates are usually self-signed, and the pin is
 * the trust anchor. One instance per connection attempt.
 */
public final class CertificatePin implements X509TrustManager {

    private final Optional<String> expected;
    private volatile String observed;

    public CertificatePin(Optional<String> expected) {
        this.expected = expected.map(CertificatePin::normalize);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        if (chain == null || chain.length == 0) {
            throw new CertificateException("the router presented no certificate");
        }
        observed = fingerprint(chain[0]);
        if (expected.isPresent() && !expected.get().equals(observed)) {
            throw new CertificateException("certificate " + observed + " does not match the pinned " + expected.get());
        }
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        throw new CertificateException("client side only");
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return new X509Certificate[0];
    }

    /** The fingerprint seen in the handshake, if it got that far. */
    public Optional<String> observed() {
        return Optional.ofNullable(observed);
    }

    public Optional<String> expected() {
        return expected;
    }

    /** True when a certificate was seen and it differs from the pin. */
    public boolean mismatch() {
        return observed != null && expected.isPresent() && !expected.get().equals(observed);
    }

    /** {@code SHA256:<base64>} of the certificate's DER encoding. */
    public static String fingerprint(X509Certificate certificate) throws CertificateException {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
            return "SHA256:" + Base64.getEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException | CertificateEncodingException e) {
            throw new CertificateException("cannot fingerprint the certificate", e);
        }
    }

    /** Accepts {@code SHA256:abc...} and a bare {@code abc...}, with or without base64 padding. */
    public static String normalize(String pinned) {
        String trimmed = pinned.strip();
        String body = trimmed.regionMatches(true, 0, "SHA256:", 0, 7) ? trimmed.substring(7) : trimmed;
        while (body.endsWith("=")) {
            body = body.substring(0, body.length() - 1);
        }
        return "SHA256:" + body;
    }
}

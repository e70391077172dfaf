package io.sxalable.vault.internal;

import io.sxalable.support.PrivateFiles;
import io.sxalable.core.api.ErrorCode;
import io.sxalable.core.api.SxalableException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The appliance master key (AES-256) and authenticated encryption with it.
 *
 * <p>Key file: one line, the 32 key bytes in base64, mode 600. Ciphertext layout: 12-byte random nonce, then the
 * AES-GCM ciphertext with its 16-byte tag appended. The associated data binds a ciphertext to where it is stored, so
 * copying it to another row or tenant makes decryption fail.
 */
final class MasterKey {

    static final int KEY_BYTES = 32;
    static final int NONCE_BYTES = 12;
    static final int TAG_BITS = 128;

    private static final Logger LOG = LoggerFactory.getLogger(MasterKey.class);

    private final SecretKeySpec key;
    private final String keyId;
    private final SecureRandom random;

    MasterKey(byte[] keyBytes, SecureRandom random) {
        if (keyBytes.length != KEY_BYTES) {
            throw new IllegalArgumentException("master key must be " + KEY_BYTES + " bytes, was " + keyBytes.length);
        }
        this.key = new SecretKeySpec(keyBytes, "AES");
        this.keyId = keyId(keyBytes);
        this.random = random;
    }

    /** Reads the key file, or creates it with a fresh random key (mode 600) when there is none. */
    static MasterKey loadOrCreate(Path file) {
        SecureRandom random = new SecureRandom();
        try {
            if (!Files.exists(file)) {
                byte[] fresh = new byte[KEY_BYTES];
                random.nextBytes(fresh);
                byte[] text = (Base64.getEncoder().encodeToString(fresh) + "\n").getBytes(StandardCharsets.US_ASCII);
                try {
                    if (PrivateFiles.createIfAbsent(file, text)) {
                        MasterKey created = new MasterKey(fresh, random);
                        LOG.warn("Generated a new credential master key {} in {}. Back this file up: without it the "
                                + "stored device credentials cannot be decrypted.", created.keyId(), file);
                        return created;
                    }
                } finally {
                    Arrays.fill(fresh, (byte) 0);
                    Arrays.fill(text, (byte) 0);
                }
            }
            if (!PrivateFiles.isPrivate(file)) {
                LOG.warn("Master key file {} is readable by other users; restrict it with: chmod 600 {}", file, file);
            }
            byte[] raw = Files.readAllBytes(file);
            try {
                byte[] keyBytes = Base64.getDecoder().decode(new String(raw, StandardCharsets.US_ASCII).trim());
                try {
                    MasterKey loaded = new MasterKey(keyBytes, random);
                    LOG.info("Credential master key {} loaded from {}", loaded.keyId(), file);
                    return loaded;
                } finally {
                    Arrays.fill(keyBytes, (byte) 0);
                }
            } finally {
                Arrays.fill(raw, (byte) 0);
            }
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("master key file " + file + " is not " + KEY_BYTES
                    + " base64-encoded bytes", e);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read or create master key file " + file + ": " + e, e);
        }
    }

    /** Stable, non-secret identifier of a key: {@code mk-} and 16 hex digits of a hash of it. */
    static String keyId(byte[] keyBytes) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update("sxalable master key id".getBytes(StandardCharsets.US_ASCII));
            byte[] digest = sha.digest(keyBytes);
            return "mk-" + HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    String keyId() {
        return keyId;
    }

    byte[] encrypt(byte[] plaintext, byte[] associatedData) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associatedData);
            byte[] sealed = cipher.doFinal(plaintext);
            byte[] out = new byte[NONCE_BYTES + sealed.length];
            System.arraycopy(nonce, 0, out, 0, NONCE_BYTES);
            System.arraycopy(sealed, 0, out, NONCE_BYTES, sealed.length);
            return out;
        } catch (GeneralSecurityException e) {
            throw new SxalableException(ErrorCode.INTERNAL_ERROR, "encryption failed: " + e.getClass().getSimpleName());
        }
    }

    /** @throws AEADBadTagException when the data was changed, belongs elsewhere, or was sealed with another key */
    byte[] decrypt(byte[] blob, byte[] associatedData) throws AEADBadTagException {
        if (blob.length < NONCE_BYTES + TAG_BITS / 8) {
            throw new AEADBadTagException("ciphertext too short");
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, blob, 0, NONCE_BYTES));
            cipher.updateAAD(associatedData);
            return cipher.doFinal(blob, NONCE_BYTES, blob.length - NONCE_BYTES);
        } catch (AEADBadTagException e) {
            throw e;
        } catch (GeneralSecurityException e) {
            throw new SxalableException(ErrorCode.INTERNAL_ERROR, "decryption failed: " + e.getClass().getSimpleName());
        }
    }
}

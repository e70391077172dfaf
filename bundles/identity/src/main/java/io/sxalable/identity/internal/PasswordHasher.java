package io.sxalable.identity.internal;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Base64;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Argon2id password hashes in PHC string format, e.g.
 * {@code $argon2id$v=19$m=19456,t=2,p=1$<base64 salt>$<base64 hash>} (base64 without padding).
 *
 * <p>Parameters follow the OWASP Password Storage Cheat Sheet minimum for Argon2id: 19 MiB memory, 2 iterations,
 * parallelism 1; 16-byte salt, 32-byte hash. Verification reads the parameters from the stored string, so stronger
 * parameters can be introduced later ({@link #needsRehash}). Passwords are NFC-normalised and UTF-8 encoded.
 */
final class PasswordHasher {

    static final int MEMORY_KIB = 19_456;
    static final int ITERATIONS = 2;
    static final int PARALLELISM = 1;
    static final int SALT_BYTES = 16;
    static final int HASH_BYTES = 32;

    private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder B64D = Base64.getDecoder();

    private final SecureRandom random;
    private final int memoryKib;
    private final int iterations;
    private final int parallelism;

    PasswordHasher(SecureRandom random) {
        this(random, MEMORY_KIB, ITERATIONS, PARALLELISM);
    }

    PasswordHasher(SecureRandom random, int memoryKib, int iterations, int parallelism) {
        this.random = random;
        this.memoryKib = memoryKib;
        this.iterations = iterations;
        this.parallelism = parallelism;
    }

    String hash(String password) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] out = derive(password, salt, memoryKib, iterations, parallelism, HASH_BYTES);
        try {
            return "$argon2id$v=19$m=" + memoryKib + ",t=" + iterations + ",p=" + parallelism + "$"
                    + B64.encodeToString(salt) + "$" + B64.encodeToString(out);
        } finally {
            Arrays.fill(out, (byte) 0);
        }
    }

    /** Constant-time comparison of the derived hash; false for a malformed stored string. */
    boolean verify(String password, String phc) {
        Phc parsed = Phc.parse(phc);
        if (parsed == null) {
            return false;
        }
        byte[] actual = derive(password, parsed.salt(), parsed.memoryKib(), parsed.iterations(),
                parsed.parallelism(), parsed.hash().length);
        try {
            return MessageDigest.isEqual(actual, parsed.hash());
        } finally {
            Arrays.fill(actual, (byte) 0);
        }
    }

    /** True when the stored hash uses other parameters than the current ones. */
    boolean needsRehash(String phc) {
        Phc parsed = Phc.parse(phc);
        return parsed == null || parsed.memoryKib() != memoryKib || parsed.iterations() != iterations
                || parsed.parallelism() != parallelism || parsed.hash().length != HASH_BYTES;
    }

    private static byte[] derive(String password, byte[] salt, int memoryKib, int iterations, int parallelism,
                                 int length) {
        Argon2Parameters params = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(memoryKib)
                .withIterations(iterations)
                .withParallelism(parallelism)
                .withSalt(salt)
                .build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(params);
        byte[] pw = utf8(Normalizer.normalize(password, Normalizer.Form.NFC));
        byte[] out = new byte[length];
        try {
            generator.generateBytes(pw, out);
            return out;
        } finally {
            Arrays.fill(pw, (byte) 0);
        }
    }

    private static byte[] utf8(String s) {
        ByteBuffer buf = StandardCharsets.UTF_8.encode(CharBuffer.wrap(s));
        byte[] bytes = new byte[buf.remaining()];
        buf.get(bytes);
        if (buf.hasArray()) {
            Arrays.fill(buf.array(), (byte) 0);
        }
        return bytes;
    }

    /** A parsed PHC string; parameters are bounded so a corrupted row cannot make a login allocate gigabytes. */
    record Phc(int memoryKib, int iterations, int parallelism, byte[] salt, byte[] hash) {
        static Phc parse(String phc) {
            if (phc == null) {
                return null;
            }
            String[] parts = phc.split("\\$");
            if (parts.length != 6 || !parts[0].isEmpty() || !"argon2id".equals(parts[1]) || !"v=19".equals(parts[2])) {
                return null;
            }
            int m = -1;
            int t = -1;
            int p = -1;
            for (String kv : parts[3].split(",")) {
                String[] pair = kv.split("=", 2);
                if (pair.length != 2) {
                    return null;
                }
                int value;
                try {
                    value = Integer.parseInt(pair[1]);
                } catch (NumberFormatException e) {
                    return null;
                }
                switch (pair[0]) {
                    case "m" -> m = value;
                    case "t" -> t = value;
                    case "p" -> p = value;
                    default -> {
                        return null;
                    }
                }
            }
            if (m < 8 || m > 1_048_576 || t < 1 || t > 20 || p < 1 || p > 16) {
                return null;
            }
            try {
                byte[] salt = B64D.decode(parts[4]);
                byte[] hash = B64D.decode(parts[5]);
                if (salt.length < 8 || hash.length < 16 || hash.length > 64) {
                    return null;
                }
                return new Phc(m, t, p, salt, hash);
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
    }
}

package io.mozart.server.auth;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Default-mode password hashing (spec 06 §2.1): PBKDF2-HMAC-SHA256 over the raw UTF-8 bytes of
 * the password, 16-byte random salt, 32-byte key; stored as salt ‖ key (48 bytes), the spec's format.
 * New hashes use the configured iteration count (600,000 by default, issue 15); the stored value does not
 * record the count, so a check tries the configured count and then the spec's 10,000, and reports a
 * match at 10,000 as {@link Match#REHASH}. A failed check always costs both counts, whether the stored
 * value is real or {@link #dummy() the dummy}, so an unknown user answers as slowly as a wrong password.
 * Implemented on {@link Mac} directly because the JCE's PBKDF2 takes a {@code char[]}
 * and does its own encoding.
 */
public final class Pbkdf2PasswordHasher implements PasswordHasher {

    /** The spec's iteration count (06 §2.1), kept for verifying old hashes. */
    public static final int ITERATIONS = 10_000;
    /** Default iteration count for new hashes. */
    public static final int DEFAULT_ITERATIONS = 600_000;
    /** Salt length in bytes. */
    public static final int SALT_LENGTH = 16;
    /** Derived key length in bytes. */
    public static final int KEY_LENGTH = 32;
    /** Stored length: salt ‖ key. */
    public static final int STORED_LENGTH = SALT_LENGTH + KEY_LENGTH;

    private final SecureRandom random = new SecureRandom();
    private final int iterations;
    private final byte[] dummy;

    /** A hasher at the spec's 10,000 iterations. */
    public Pbkdf2PasswordHasher() {
        this(ITERATIONS);
    }

    /**
     * @param iterations iteration count of new hashes, at least 1
     */
    public Pbkdf2PasswordHasher(int iterations) {
        if (iterations < 1) {
            throw new IllegalArgumentException("iterations must be at least 1: " + iterations);
        }
        this.iterations = iterations;
        this.dummy = new byte[STORED_LENGTH];
        random.nextBytes(dummy);
    }

    /** @return the iteration count of new hashes */
    public int iterations() {
        return iterations;
    }

    @Override
    public byte[] hash(String password) {
        final byte[] salt = new byte[SALT_LENGTH];
        random.nextBytes(salt);
        return hash(password, salt, iterations);
    }

    /**
     * @param password the password
     * @param salt     16 bytes of salt
     * @return salt ‖ derived key at the spec's 10,000 iterations
     */
    public static byte[] hash(String password, byte[] salt) {
        return hash(password, salt, ITERATIONS);
    }

    /**
     * @param password   the password
     * @param salt       16 bytes of salt
     * @param iterations iteration count
     * @return salt ‖ derived key
     */
    public static byte[] hash(String password, byte[] salt, int iterations) {
        if (salt.length != SALT_LENGTH) {
            throw new IllegalArgumentException("salt must be 16 bytes");
        }
        final byte[] key = derive(password.getBytes(StandardCharsets.UTF_8), salt, iterations, KEY_LENGTH);
        final byte[] out = Arrays.copyOf(salt, STORED_LENGTH);
        System.arraycopy(key, 0, out, SALT_LENGTH, KEY_LENGTH);
        return out;
    }

    @Override
    public boolean verify(String password, byte[] stored) {
        return check(password, stored) != Match.NO;
    }

    @Override
    public Match check(String password, byte[] stored) {
        final boolean wellFormed = stored != null && stored.length == STORED_LENGTH;
        // A malformed value is checked against the dummy so that it costs the same.
        final byte[] value = wellFormed ? stored : dummy;
        final byte[] salt = Arrays.copyOf(value, SALT_LENGTH);
        if (MessageDigest.isEqual(hash(password, salt, iterations), value)) {
            return wellFormed ? Match.YES : Match.NO;
        }
        if (iterations != ITERATIONS && MessageDigest.isEqual(hash(password, salt, ITERATIONS), value)) {
            return wellFormed ? Match.REHASH : Match.NO;
        }
        return Match.NO;
    }

    @Override
    public byte[] dummy() {
        return dummy.clone();
    }

    /**
     * PBKDF2 (RFC 8018 §5.2) with HMAC-SHA256.
     *
     * @param password   raw password bytes (the HMAC key)
     * @param salt       salt
     * @param iterations iteration count ≥ 1
     * @param length     output length in bytes
     * @return the derived key
     */
    public static byte[] derive(byte[] password, byte[] salt, int iterations, int length) {
        try {
            final Mac mac = Mac.getInstance("HmacSHA256");
            // An empty password is a valid HMAC key; SecretKeySpec refuses empty arrays, so use a
            // key spec that accepts them.
            mac.init(password.length == 0 ? new EmptyKey() : new SecretKeySpec(password, "HmacSHA256"));
            final int hLen = mac.getMacLength();
            final byte[] out = new byte[length];
            final byte[] u = new byte[hLen];
            final byte[] t = new byte[hLen];
            for (int block = 1, offset = 0; offset < length; block++, offset += hLen) {
                mac.update(salt);
                mac.update(
                        new byte[] {(byte) (block >>> 24), (byte) (block >>> 16), (byte) (block >>> 8), (byte) block});
                mac.doFinal(u, 0);
                System.arraycopy(u, 0, t, 0, hLen);
                for (int i = 1; i < iterations; i++) {
                    mac.update(u);
                    mac.doFinal(u, 0);
                    for (int j = 0; j < hLen; j++) {
                        t[j] ^= u[j];
                    }
                }
                System.arraycopy(t, 0, out, offset, Math.min(hLen, length - offset));
            }
            return out;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    /** A zero-length HMAC key. */
    private static final class EmptyKey implements javax.crypto.SecretKey {
        private static final long serialVersionUID = 1L;

        @Override
        public String getAlgorithm() {
            return "HmacSHA256";
        }

        @Override
        public String getFormat() {
            return "RAW";
        }

        @Override
        public byte[] getEncoded() {
            return new byte[0];
        }
    }
}

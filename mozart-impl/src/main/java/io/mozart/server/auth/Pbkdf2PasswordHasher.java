package io.mozart.server.auth;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;

/**
 * Default-mode password hashing (spec 06 §2.1): PBKDF2-HMAC-SHA256 over the raw UTF-8 bytes of
 * the password, 10 000 iterations, 16-byte random salt, 32-byte key; stored as salt ‖ key
 * (48 bytes). Implemented on {@link Mac} directly because the JCE's PBKDF2 takes a {@code char[]}
 * and does its own encoding.
 */
public final class Pbkdf2PasswordHasher implements PasswordHasher {

    /** Iteration count. */
    public static final int ITERATIONS = 10_000;
    /** Salt length in bytes. */
    public static final int SALT_LENGTH = 16;
    /** Derived key length in bytes. */
    public static final int KEY_LENGTH = 32;
    /** Stored length: salt ‖ key. */
    public static final int STORED_LENGTH = SALT_LENGTH + KEY_LENGTH;

    private final SecureRandom random = new SecureRandom();

    @Override
    public byte[] hash(final String password) {
        final byte[] salt = new byte[SALT_LENGTH];
        random.nextBytes(salt);
        return hash(password, salt);
    }

    /**
     * @param password the password
     * @param salt     16 bytes of salt
     * @return salt ‖ derived key
     */
    public static byte[] hash(final String password, final byte[] salt) {
        if (salt.length != SALT_LENGTH) {
            throw new IllegalArgumentException("salt must be 16 bytes");
        }
        final byte[] key = derive(password.getBytes(StandardCharsets.UTF_8), salt, ITERATIONS, KEY_LENGTH);
        final byte[] out = Arrays.copyOf(salt, STORED_LENGTH);
        System.arraycopy(key, 0, out, SALT_LENGTH, KEY_LENGTH);
        return out;
    }

    @Override
    public boolean verify(final String password, final byte[] stored) {
        if (stored == null || stored.length != STORED_LENGTH) {
            return false;
        }
        final byte[] expected = hash(password, Arrays.copyOf(stored, SALT_LENGTH));
        return MessageDigest.isEqual(expected, stored);
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
    public static byte[] derive(final byte[] password, final byte[] salt, final int iterations, final int length) {
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
                mac.update(new byte[] {(byte) (block >>> 24), (byte) (block >>> 16), (byte) (block >>> 8),
                        (byte) block});
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

package io.mozart.api.launch;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The OTwo.exe launch-string cipher (spec 06 §2.6.2): textbook RSA on 16-bit blocks,
 * n = 251 × 269 = 67519, e = 54391, d = 68711, each block as 6 uppercase hex digits.
 */
public final class LaunchCipher {

    /** Modulus. */
    public static final long N = 67_519;
    /** Public exponent. */
    public static final long E = 54_391;
    /** Private exponent. */
    public static final long D = 68_711;

    private LaunchCipher() {}

    /**
     * @param plaintext text
     * @return the cipher text (3 hex digits per UTF-8 byte after padding to an even count)
     */
    public static String encrypt(String plaintext) {
        final byte[] bytes = plaintext.getBytes(StandardCharsets.UTF_8);
        final StringBuilder sb = new StringBuilder((bytes.length + 1) * 3);
        for (int i = 0; i < bytes.length; i += 2) {
            final int b0 = bytes[i] & 0xFF;
            final int b1 = i + 1 < bytes.length ? bytes[i + 1] & 0xFF : 0;
            sb.append(String.format(Locale.ROOT, "%06X", modPow(b0 * 256L + b1, E)));
        }
        return sb.toString();
    }

    /**
     * Decrypts with the correct split {@code (m >> 8, m & 0xFF)} (the reference's utility splits
     * the unpadded hex text, which differs for m &lt; 0x1000), then strips trailing NULs.
     *
     * @param cipher cipher text, any hex case
     * @return the plaintext
     * @throws IllegalArgumentException when the length is not a multiple of 6 or a block is not hex
     */
    public static String decrypt(String cipher) {
        if (cipher.length() % 6 != 0) {
            throw new IllegalArgumentException("cipher length must be a multiple of 6");
        }
        final ByteArrayOutputStream out = new ByteArrayOutputStream(cipher.length() / 3);
        for (int i = 0; i < cipher.length(); i += 6) {
            final long c;
            try {
                c = Long.parseLong(cipher.substring(i, i + 6), 16);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("bad hex block at " + i, e);
            }
            final long m = modPow(c, D);
            out.write((int) (m >> 8) & 0xFF);
            out.write((int) m & 0xFF);
        }
        final String s = out.toString(StandardCharsets.UTF_8);
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == '\0') {
            end--;
        }
        return s.substring(0, end);
    }

    /**
     * @param base     base
     * @param exponent exponent
     * @return base^exponent mod {@link #N}
     */
    static long modPow(long base, long exponent) {
        long result = 1;
        long b = base % N;
        long e = exponent;
        while (e > 0) {
            if ((e & 1) != 0) {
                result = result * b % N;
            }
            b = b * b % N;
            e >>= 1;
        }
        return result;
    }
}

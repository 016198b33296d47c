package io.mozart.server.metadata;

import java.util.Arrays;

/**
 * Standalone {@code .ojn} chart files (spec 06 §3.1, not used by the running server): plain files
 * carry the header at offset 0; "new" files are encrypted by reversing and XOR-ing with a short key.
 */
public final class OjnFile {

    private static final int NEW_PREFIX = 7;

    private OjnFile() {}

    /**
     * @param data file bytes
     * @return whether the bytes look like an OJN: first three bytes {@code new}, or bytes 4..6 {@code ojn}
     */
    public static boolean isOjn(byte[] data) {
        return isEncrypted(data) || (data.length >= 7 && data[4] == 'o' && data[5] == 'j' && data[6] == 'n');
    }

    private static boolean isEncrypted(byte[] data) {
        return data.length >= 3 && data[0] == 'n' && data[1] == 'e' && data[2] == 'w';
    }

    /**
     * The plain bytes of an OJN file: the file itself when plain, the decrypted body when "new".
     *
     * @param data     file bytes
     * @param fileName name used in error messages
     * @return plain OJN bytes (header at offset 0)
     * @throws MetadataFormatException when the bytes are not an OJN, the "new" prefix is truncated or the
     *                                 block size is 0 (which the reference cannot parse either)
     */
    public static byte[] plainBytes(byte[] data, String fileName) {
        if (!isOjn(data)) {
            throw new MetadataFormatException(fileName, 0, "not an OJN file (no 'new' or 'ojn' signature)");
        }
        if (!isEncrypted(data)) {
            return data.clone();
        }
        if (data.length < NEW_PREFIX) {
            throw new MetadataFormatException(fileName, data.length, "truncated encrypted OJN key block");
        }
        int blockSize = data[3] & 0xFF;
        if (blockSize == 0) {
            throw new MetadataFormatException(fileName, 3, "encrypted OJN with block size 0");
        }
        byte[] key = key(blockSize, data[4], data[5], data[6]);
        int n = data.length - NEW_PREFIX;
        byte[] out = new byte[n];
        for (int k = 0; k < n; k++) {
            out[k] = (byte) (data[data.length - 1 - k] ^ key[k % blockSize]);
        }
        return out;
    }

    /**
     * Parses the header of a plain or encrypted OJN file.
     *
     * @param data     file bytes
     * @param fileName name used in error messages
     * @return the header
     * @throws MetadataFormatException when the file is not an OJN or shorter than a header
     */
    public static OjnHeader parseHeader(byte[] data, String fileName) {
        byte[] plain = plainBytes(data, fileName);
        return OjnHeader.read(new LeReader(plain, fileName));
    }

    /**
     * Writes an encrypted ("new") OJN whose {@link #plainBytes} are {@code plain}.
     *
     * @param plain      plain OJN bytes
     * @param blockSize  key length 1..255
     * @param mainKey    key byte for most positions
     * @param midKey     key byte at position blockSize / 2
     * @param initialKey key byte at position 0 (midKey wins when blockSize is 1)
     * @return the encrypted file
     */
    public static byte[] encrypt(byte[] plain, int blockSize, byte mainKey, byte midKey, byte initialKey) {
        if (blockSize < 1 || blockSize > 255) {
            throw new IllegalArgumentException("block size must be 1..255: " + blockSize);
        }
        byte[] key = key(blockSize, mainKey, midKey, initialKey);
        byte[] out = new byte[NEW_PREFIX + plain.length];
        out[0] = 'n';
        out[1] = 'e';
        out[2] = 'w';
        out[3] = (byte) blockSize;
        out[4] = mainKey;
        out[5] = midKey;
        out[6] = initialKey;
        for (int k = 0; k < plain.length; k++) {
            out[out.length - 1 - k] = (byte) (plain[k] ^ key[k % blockSize]);
        }
        return out;
    }

    private static byte[] key(int blockSize, byte mainKey, byte midKey, byte initialKey) {
        byte[] key = new byte[blockSize];
        Arrays.fill(key, mainKey);
        key[0] = initialKey;
        key[blockSize / 2] = midKey;
        return key;
    }
}

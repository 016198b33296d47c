package io.mozart.server.metadata;

import java.util.Arrays;

/** Little-endian reader over a whole file; every shortfall is a {@link MetadataFormatException}. */
final class LeReader {

    private final byte[] data;
    private final String file;
    private int pos;

    LeReader(byte[] data, String file) {
        this.data = data;
        this.file = file;
    }

    String file() {
        return file;
    }

    int position() {
        return pos;
    }

    void position(int newPosition) {
        pos = newPosition;
    }

    int length() {
        return data.length;
    }

    int remaining() {
        return data.length - pos;
    }

    boolean atEnd() {
        return pos >= data.length;
    }

    MetadataFormatException error(String reason) {
        return new MetadataFormatException(file, pos, reason);
    }

    MetadataFormatException error(int at, String reason) {
        return new MetadataFormatException(file, at, reason);
    }

    void need(int n, String what) {
        if (n < 0 || remaining() < n) {
            throw error("truncated " + what + ": needs " + n + " bytes, " + remaining() + " left");
        }
    }

    int u8(String what) {
        need(1, what);
        return data[pos++] & 0xFF;
    }

    short i16(String what) {
        need(2, what);
        int v = (data[pos] & 0xFF) | (data[pos + 1] << 8);
        pos += 2;
        return (short) v;
    }

    int i32(String what) {
        need(4, what);
        int v = (data[pos] & 0xFF) | (data[pos + 1] & 0xFF) << 8 | (data[pos + 2] & 0xFF) << 16 | data[pos + 3] << 24;
        pos += 4;
        return v;
    }

    float f32(String what) {
        return Float.intBitsToFloat(i32(what));
    }

    byte[] bytes(int n, String what) {
        need(n, what);
        byte[] out = Arrays.copyOfRange(data, pos, pos + n);
        pos += n;
        return out;
    }

    /** Reads an {@code int32} length then that many bytes; a negative length is an error. */
    byte[] lengthPrefixed(String what) {
        int start = pos;
        int n = i32(what + " length");
        if (n < 0) {
            throw error(start, "negative " + what + " length " + n);
        }
        return bytes(n, what);
    }
}

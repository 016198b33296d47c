package io.mozart.server.metadata;

import java.util.Arrays;

/** Growable little-endian byte sink for the metadata writers. */
final class LeWriter {

    private byte[] buf = new byte[256];
    private int size;

    private void ensure(int more) {
        if (size + more > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + more));
        }
    }

    LeWriter u8(int v) {
        ensure(1);
        buf[size++] = (byte) v;
        return this;
    }

    LeWriter i16(int v) {
        ensure(2);
        buf[size++] = (byte) v;
        buf[size++] = (byte) (v >> 8);
        return this;
    }

    LeWriter i32(int v) {
        ensure(4);
        buf[size++] = (byte) v;
        buf[size++] = (byte) (v >> 8);
        buf[size++] = (byte) (v >> 16);
        buf[size++] = (byte) (v >> 24);
        return this;
    }

    LeWriter f32(float v) {
        return i32(Float.floatToRawIntBits(v));
    }

    LeWriter bytes(byte[] b) {
        ensure(b.length);
        System.arraycopy(b, 0, buf, size, b.length);
        size += b.length;
        return this;
    }

    /** Writes exactly {@code width} bytes: {@code b} NUL-padded; longer input is an error. */
    LeWriter fixed(byte[] b, int width, String what) {
        if (b.length > width) {
            throw new IllegalArgumentException(what + " is " + b.length + " bytes, at most " + width + " fit");
        }
        bytes(b);
        ensure(width - b.length);
        size += width - b.length;
        return this;
    }

    LeWriter lengthPrefixed(byte[] b) {
        return i32(b.length).bytes(b);
    }

    int size() {
        return size;
    }

    byte[] toByteArray() {
        return Arrays.copyOf(buf, size);
    }
}

package io.mozart.server.protocol.lobby;

/** Range checks for compact constructors. */
final class Check {

    private Check() {
    }

    static int u8(String name, int v) {
        if (v < 0 || v > 0xFF) {
            throw new IllegalArgumentException(name + " must be a u8: " + v);
        }
        return v;
    }

    static int u16(String name, int v) {
        if (v < 0 || v > 0xFFFF) {
            throw new IllegalArgumentException(name + " must be a u16: " + v);
        }
        return v;
    }

    static long u32(String name, long v) {
        if (v < 0 || v > 0xFFFFFFFFL) {
            throw new IllegalArgumentException(name + " must be a u32: " + v);
        }
        return v;
    }

    static <T> T notNull(String name, T v) {
        if (v == null) {
            throw new IllegalArgumentException(name + " is null");
        }
        return v;
    }
}

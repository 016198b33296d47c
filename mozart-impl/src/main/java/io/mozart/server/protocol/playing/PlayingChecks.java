package io.mozart.server.protocol.playing;

/** Range checks shared by the records of this package (compact constructors). */
final class PlayingChecks {

    private PlayingChecks() {
    }

    static int u8(String name, int value) {
        if (value < 0 || value > 0xFF) {
            throw new IllegalArgumentException(name + " out of u8 range: " + value);
        }
        return value;
    }

    static int u16(String name, int value) {
        if (value < 0 || value > 0xFFFF) {
            throw new IllegalArgumentException(name + " out of u16 range: " + value);
        }
        return value;
    }

    static long u32(String name, long value) {
        if (value < 0 || value > 0xFFFFFFFFL) {
            throw new IllegalArgumentException(name + " out of u32 range: " + value);
        }
        return value;
    }
}

package io.mozart.server.protocol.common;

/**
 * The range check for record components the codec does not bound by itself: an {@code i32} on the wire whose
 * value the game must keep within a smaller range, and fields of hand-written codecs.
 */
public final class Ranges {

    private Ranges() {
    }

    /**
     * @param name  component name, for the message
     * @return {@code value}
     * @throws IllegalArgumentException when {@code value} is outside 0..255
     */
    public static int u8(String name, int value) {
        if (value < 0 || value > 0xFF) {
            throw new IllegalArgumentException(name + " out of u8 range: " + value);
        }
        return value;
    }

    /**
     * @param name  component name, for the message
     * @return {@code value}
     * @throws IllegalArgumentException when {@code value} is outside 0..65535
     */
    public static int u16(String name, int value) {
        if (value < 0 || value > 0xFFFF) {
            throw new IllegalArgumentException(name + " out of u16 range: " + value);
        }
        return value;
    }

    /**
     * @param name  component name, for the message
     * @return {@code value}
     * @throws IllegalArgumentException when {@code value} is outside 0..4294967295
     */
    public static long u32(String name, long value) {
        if (value < 0 || value > 0xFFFFFFFFL) {
            throw new IllegalArgumentException(name + " out of u32 range: " + value);
        }
        return value;
    }
}

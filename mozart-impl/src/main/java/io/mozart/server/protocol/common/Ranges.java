package io.mozart.server.protocol.common;

/** The range check for record components the codec does not bound by itself. */
public final class Ranges {
    private Ranges() {}

    /** @throws IllegalArgumentException when {@code value} is outside 0..255 */
    public static int u8(String name, int value) {
        if (value < 0 || value > 0xFF) {
            throw new IllegalArgumentException(name + " out of u8 range: " + value);
        }
        return value;
    }
}

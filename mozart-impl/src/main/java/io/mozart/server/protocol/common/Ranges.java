package io.mozart.server.protocol.common;

/**
 * The range check for record components the codec does not bound by itself: an {@code i32} on the wire whose
 * value the game must keep within a byte. Widths the codec carries are checked when encoding, not here.
 */
public final class Ranges {

    private Ranges() {
    }

    /**
     * @param name  component name, for the message
     * @param value the value
     * @return {@code value}
     * @throws IllegalArgumentException when {@code value} is outside 0..255
     */
    public static int u8(String name, int value) {
        if (value < 0 || value > 0xFF) {
            throw new IllegalArgumentException(name + " out of u8 range: " + value);
        }
        return value;
    }
}

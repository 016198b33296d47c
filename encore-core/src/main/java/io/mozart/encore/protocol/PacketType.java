package io.mozart.encore.protocol;

import io.mozart.encore.codec.Codec;
import java.util.Objects;

/**
 * The binding of one opcode to one record class and its codec.
 *
 * @param opcode the 16-bit opcode (0..65535)
 * @param type   the record class
 * @param codec  the body codec (the opcode is not part of it)
 * @param <T>    the record type
 */
public record PacketType<T>(int opcode, Class<T> type, Codec<T> codec) {

    /**
     * Validates the binding.
     *
     * @param opcode the opcode
     * @param type   the record class
     * @param codec  the body codec
     */
    public PacketType {
        if (opcode < 0 || opcode > 0xFFFF) {
            throw new IllegalArgumentException("opcode out of u16 range: " + opcode);
        }
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(codec, "codec");
    }

    /** @return the record's simple name, for logs */
    public String name() {
        return type.getSimpleName();
    }

    /** @return e.g. {@code AuthRequest(0x03E8)} */
    @Override
    public String toString() {
        return name() + "(" + hex(opcode) + ")";
    }

    /**
     * Formats an opcode the way the spec writes it.
     *
     * @param opcode the opcode
     * @return {@code 0xNNNN}
     */
    public static String hex(int opcode) {
        return String.format("0x%04X", opcode);
    }
}

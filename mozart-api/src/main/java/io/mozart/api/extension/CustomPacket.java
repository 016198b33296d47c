package io.mozart.api.extension;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Objects;

/**
 * A typed custom packet: an opcode, the record class that carries its fields, and the body codec.
 *
 * <pre>{@code
 * record ServerTime(long epochMillis) {
 *     static final Codec<ServerTime> CODEC = StructCodec.of(
 *             Field.of("epochMillis", Codecs.I64, ServerTime::epochMillis), ServerTime::new);
 * }
 * static final CustomPacket<ServerTime> SERVER_TIME = CustomPackets.of(0x7D01, ServerTime.class, ServerTime.CODEC);
 * }</pre>
 *
 * @param opcode the 16-bit opcode
 * @param type   the record class (one class per custom packet, not a built-in packet class)
 * @param codec  its body codec
 * @param <T>    the record type
 */
public record CustomPacket<T>(int opcode, Class<T> type, BodyCodec<T> codec) {

    /**
     * Validates.
     *
     * @param opcode the opcode
     * @param type   the class
     * @param codec  the codec
     */
    public CustomPacket {
        if (opcode < 0 || opcode > 0xFFFF) {
            throw new IllegalArgumentException("opcode out of u16 range: " + opcode);
        }
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(codec, "codec");
    }

    /**
     * Encodes a value as a raw packet of this opcode.
     *
     * @param value the value
     * @return the raw packet
     */
    public RawPacket toRaw(T value) {
        return new RawPacket(opcode, codec.encode(value));
    }

    /**
     * Decodes the body of a raw packet of this opcode.
     *
     * @param packet the raw packet
     * @return the value
     * @throws IllegalArgumentException when the opcode differs
     */
    public T fromRaw(RawPacket packet) {
        if (packet.opcode() != opcode) {
            throw new IllegalArgumentException(String.format("opcode 0x%04X is not 0x%04X", packet.opcode(), opcode));
        }
        return codec.decode(ByteBuffer.wrap(packet.body()).order(ByteOrder.LITTLE_ENDIAN));
    }
}

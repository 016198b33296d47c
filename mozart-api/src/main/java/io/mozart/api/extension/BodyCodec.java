package io.mozart.api.extension;

import java.nio.ByteBuffer;

/**
 * The two-way codec of a custom packet's body, over the JDK's {@link ByteBuffer} so that
 * {@code mozart-api} stays free of Netty. Embedders normally do not implement it: they build the body
 * from the same field templates the built-in packets use ({@code io.mozart.encore.codec.StructCodec},
 * {@code Field}, {@code Codecs}) and adapt it with {@code io.mozart.server.extension.CustomPackets.of};
 * the server then decodes with that template codec directly. A hand-written implementation works too.
 *
 * @param <T> the record type
 */
public interface BodyCodec<T> {

    /**
     * Reads one value from a little-endian buffer positioned at the first body byte (after the opcode).
     * Bytes after the value are ignored, as for the built-in packets.
     *
     * @param body the body bytes
     * @return the value
     * @throws RuntimeException any failure (for example {@link java.nio.BufferUnderflowException} or
     *                          {@link IllegalArgumentException}): the server drops the frame with one log
     *                          line and the connection lives on
     */
    T decode(ByteBuffer body);

    /**
     * Writes one value.
     *
     * @param value the value
     * @return the body bytes (little-endian, no opcode)
     * @throws IllegalArgumentException when the value cannot be represented on the wire
     */
    byte[] encode(T value);
}

package io.mozart.encore.codec;

import io.netty.buffer.ByteBuf;
import java.util.Objects;
import java.util.function.Function;

/**
 * A two-way binary codec for one value type.
 *
 * <p>{@link #read} consumes exactly the bytes of one value from the reader index of {@code in};
 * {@link #write} appends exactly those bytes to {@code out}. All multi-byte values are little-endian.
 * A codec never lets an {@link IndexOutOfBoundsException} or a {@link NullPointerException} escape
 * from {@code read}: running out of bytes or any other malformed input is a {@link DecodeException}
 * naming the field and the offset. Encoding a value the wire cannot carry is an {@link EncodeException}.
 *
 * <p>Codecs are immutable and thread-safe. Compose them with {@link Codecs} and {@link StructCodec}.
 *
 * @param <T> the decoded value type
 */
public interface Codec<T> {

    /**
     * Reads one value.
     *
     * @param in the buffer, positioned at the first byte of the value
     * @return the decoded value
     * @throws DecodeException if the bytes do not form a valid value
     */
    T read(ByteBuf in);

    /**
     * Writes one value.
     *
     * @param out   the buffer to append to
     * @param value the value to write
     * @throws EncodeException if the value cannot be represented on the wire
     */
    void write(ByteBuf out, T value);

    /**
     * A codec for {@code R} that travels on the wire as this codec's {@code T}.
     *
     * @param decode maps a decoded wire value to the domain value
     * @param encode maps a domain value to the wire value
     * @param <R>    the domain type
     * @return the mapped codec
     */
    default <R> Codec<R> map(Function<? super T, ? extends R> decode, Function<? super R, ? extends T> encode) {
        Objects.requireNonNull(decode, "decode");
        Objects.requireNonNull(encode, "encode");
        Codec<T> self = this;
        return new Codec<>() {
            @Override
            public R read(ByteBuf in) {
                return decode.apply(self.read(in));
            }

            @Override
            public void write(ByteBuf out, R value) {
                self.write(out, encode.apply(value));
            }
        };
    }

    /**
     * This codec as an optional trailing field: {@code null} writes no bytes at all, and on decode a
     * frame that has no bytes left yields {@code null}. Only meaningful for fields at the end of a
     * message (or followed only by other optional fields), which is how the protocol builds
     * variable-shape replies.
     *
     * @return the optional codec
     */
    default Codec<T> optional() {
        return Codecs.optional(this);
    }
}

package io.mozart.server.extension;

import io.mozart.api.extension.BodyCodec;
import io.mozart.api.extension.CustomPacket;
import io.mozart.encore.codec.Codec;
import io.mozart.encore.codec.DecodeException;
import io.mozart.encore.codec.EncodeException;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Objects;

/**
 * The bridge between the field templates the built-in packets use ({@link Codec}, built with
 * {@code StructCodec}, {@code Field} and {@code Codecs}) and the Netty-free {@link BodyCodec} of
 * {@code mozart-api}. A custom packet made here is decoded by the server with the template codec itself,
 * in the same decoder as the built-in packets; a hand-written {@link BodyCodec} is adapted the other way.
 */
public final class CustomPackets {

    private CustomPackets() {}

    /**
     * A typed custom packet whose body is described with the built-in templates.
     *
     * @param opcode the opcode
     * @param type   the record class
     * @param codec  the template codec (for example {@code StructCodec.of(...)})
     * @param <T>    the record type
     * @return the custom packet for {@code MozartServer.Builder.handler} and {@code PacketContext.send}
     */
    public static <T> CustomPacket<T> of(int opcode, Class<T> type, Codec<T> codec) {
        return new CustomPacket<>(opcode, type, new TemplateCodec<>(codec));
    }

    /**
     * The template codec behind a body codec: the one given to {@link #of} when it came from there,
     * otherwise an adapter that hands the body to {@link BodyCodec#decode} as a little-endian
     * {@link ByteBuffer} and turns any failure into a {@link DecodeException}.
     *
     * @param codec a body codec
     * @param <T>   the record type
     * @return a codec the packet registry can use
     */
    public static <T> Codec<T> templateOf(BodyCodec<T> codec) {
        if (codec instanceof TemplateCodec<T> t) {
            return t.codec;
        }
        return new Codec<>() {
            @Override
            public T read(ByteBuf in) {
                ByteBuffer body = in.nioBuffer().order(ByteOrder.LITTLE_ENDIAN);
                T value;
                try {
                    value = codec.decode(body);
                } catch (RuntimeException e) {
                    throw DecodeException.at(
                            in.readerIndex() + body.position(), e.getClass().getSimpleName() + ": " + e.getMessage());
                }
                in.skipBytes(body.position());
                return value;
            }

            @Override
            public void write(ByteBuf out, T value) {
                try {
                    out.writeBytes(codec.encode(value));
                } catch (IllegalArgumentException e) {
                    throw new EncodeException(e.getMessage());
                }
            }
        };
    }

    private record TemplateCodec<T>(Codec<T> codec) implements BodyCodec<T> {

        TemplateCodec {
            Objects.requireNonNull(codec, "codec");
        }

        @Override
        public T decode(ByteBuffer body) {
            ByteBuf in = Unpooled.wrappedBuffer(body.duplicate().order(ByteOrder.BIG_ENDIAN));
            try {
                T value = codec.read(in);
                body.position(body.position() + in.readerIndex());
                return value;
            } finally {
                in.release();
            }
        }

        @Override
        public byte[] encode(T value) {
            ByteBuf out = Unpooled.buffer();
            try {
                codec.write(out, value);
                return ByteBufUtil.getBytes(out);
            } catch (EncodeException e) {
                throw new IllegalArgumentException(e.getMessage(), e);
            } finally {
                out.release();
            }
        }
    }
}

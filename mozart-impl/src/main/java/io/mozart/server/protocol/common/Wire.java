package io.mozart.server.protocol.common;

import io.mozart.encore.codec.Codec;
import io.mozart.encore.codec.DecodeException;
import io.mozart.encore.codec.EncodeException;
import io.netty.buffer.ByteBuf;

/**
 * Named reads and writes for hand-written codecs: a failure names the field, as a {@code Field} of a
 * {@code StructCodec} does, and a value out of the template's range fails on encode.
 */
public final class Wire {

    private Wire() {
    }

    /**
     * @param in    the buffer
     * @param name  field name, for the error
     * @param codec the field template
     * @param <T>   value type
     * @return the value read
     */
    public static <T> T read(ByteBuf in, String name, Codec<T> codec) {
        try {
            return codec.read(in);
        } catch (DecodeException e) {
            throw e.within(name);
        }
    }

    /**
     * @param out   the buffer
     * @param name  field name, for the error
     * @param codec the field template
     * @param value the value to write
     * @param <T>   value type
     */
    public static <T> void write(ByteBuf out, String name, Codec<T> codec, T value) {
        try {
            codec.write(out, value);
        } catch (EncodeException e) {
            throw e.within(name);
        }
    }
}

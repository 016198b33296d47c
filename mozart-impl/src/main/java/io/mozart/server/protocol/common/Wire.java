package io.mozart.server.protocol.common;

import io.mozart.encore.codec.Codec;
import io.mozart.encore.codec.DecodeException;
import io.mozart.encore.codec.EncodeException;
import io.netty.buffer.ByteBuf;

/** Named reads and writes for hand-written codecs: a failure names the field. */
public final class Wire {
    private Wire() {}

    public static <T> T read(ByteBuf in, String name, Codec<T> codec) {
        try {
            return codec.read(in);
        } catch (DecodeException e) {
            throw e.within(name);
        }
    }

    public static <T> void write(ByteBuf out, String name, Codec<T> codec, T value) {
        try {
            codec.write(out, value);
        } catch (EncodeException e) {
            throw e.within(name);
        }
    }
}

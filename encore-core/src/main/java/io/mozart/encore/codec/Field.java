package io.mozart.encore.codec;

import io.netty.buffer.ByteBuf;
import java.util.Objects;
import java.util.function.Function;

/**
 * One named field of a {@link StructCodec}: its wire codec and how to read it from the record.
 * The name appears in decode and encode errors.
 *
 * @param name   field name, as in the spec's tables
 * @param codec  wire codec
 * @param getter accessor on the record
 * @param <R>    record type
 * @param <T>    field type
 */
public record Field<R, T>(String name, Codec<T> codec, Function<R, T> getter) {

    /**
     * Validates the parts.
     *
     * @param name   field name
     * @param codec  wire codec
     * @param getter accessor
     */
    public Field {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(codec, "codec");
        Objects.requireNonNull(getter, "getter");
    }

    /**
     * Declares a field.
     *
     * @param name   field name
     * @param codec  wire codec
     * @param getter accessor on the record
     * @param <R>    record type
     * @param <T>    field type
     * @return the field
     */
    public static <R, T> Field<R, T> of(String name, Codec<T> codec, Function<R, T> getter) {
        return new Field<>(name, codec, getter);
    }

    T read(ByteBuf in) {
        try {
            return codec.read(in);
        } catch (DecodeException e) {
            throw e.within(name);
        }
    }

    void write(ByteBuf out, R record) {
        try {
            codec.write(out, getter.apply(record));
        } catch (EncodeException e) {
            throw e.within(name);
        }
    }
}

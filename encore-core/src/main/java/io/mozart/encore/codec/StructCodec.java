package io.mozart.encore.codec;

import io.netty.buffer.ByteBuf;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * A codec for a record built from {@link Field} templates: the order of the fields is the order on
 * the wire, and the constructor reference builds the record on decode. No reflection.
 *
 * <pre>{@code
 * record ChannelLoginRequest(short serverId, short channelId) {
 *     static final Codec<ChannelLoginRequest> CODEC = StructCodec.of(
 *             Field.of("serverId", Codecs.I16, ChannelLoginRequest::serverId),
 *             Field.of("channelId", Codecs.I16, ChannelLoginRequest::channelId),
 *             ChannelLoginRequest::new);
 * }
 * }</pre>
 *
 * <p>Overloads exist for 1 to 24 fields; a wider structure hand-writes its codec.
 * Records with no fields use {@link Codecs#unit}.
 *
 * @param <R> the record type
 */
public final class StructCodec<R> implements Codec<R> {

    private final List<Field<R, ?>> fields;
    private final Function<Object[], R> constructor;

    private StructCodec(List<Field<R, ?>> fields, Function<Object[], R> constructor) {
        this.fields = fields;
        this.constructor = constructor;
    }

    /** @return the fields in wire order */
    public List<Field<R, ?>> fields() {
        return fields;
    }

    @Override
    public R read(ByteBuf in) {
        Object[] values = new Object[fields.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = fields.get(i).read(in);
        }
        try {
            return constructor.apply(values);
        } catch (IllegalArgumentException | NullPointerException e) {
            // Validation in a compact constructor rejected remote input.
            throw DecodeException.at(in.readerIndex(), "invalid value: " + e.getMessage());
        }
    }

    @Override
    public void write(ByteBuf out, R value) {
        if (value == null) {
            throw new EncodeException("required record is null");
        }
        for (Field<R, ?> field : fields) {
            field.write(out, value);
        }
    }

    /**
     * A constructor of 1 argument.
     *
     * @param <T1> argument type
     * @param <R> record type
     */
    @FunctionalInterface
    public interface Constructor1<T1, R> {
        /**
         * Builds the record.
         *
         * @param a1 field 1
         * @return the record
         */
        R create(T1 a1);
    }

    /**
     * A constructor of 2 arguments.
     *
     * @param <T1> argument type
     * @param <T2> argument type
     * @param <R> record type
     */
    @FunctionalInterface
    public interface Constructor2<T1, T2, R> {
        /**
         * Builds the record.
         *
         * @param a1 field 1
         * @param a2 field 2
         * @return the record
         */
        R create(T1 a1, T2 a2);
    }

    /**
     * A constructor of 3 arguments.
     *
     * @param <T1> argument type
     * @param <T2> argument type
     * @param <T3> argument type
     * @param <R> record type
     */
    @FunctionalInterface
    public interface Constructor3<T1, T2, T3, R> {
        /**
         * Builds the record.
         *
         * @param a1 field 1
         * @param a2 field 2
         * @param a3 field 3
         * @return the record
         */
        R create(T1 a1, T2 a2, T3 a3);
    }

    /**
     * A constructor of 4 arguments.
     *
     * @param <T1> argument type
     * @param <T2> argument type
     * @param <T3> argument type
     * @param <T4> argument type
     * @param <R> record type
     */
    @FunctionalInterface
    public interface Constructor4<T1, T2, T3, T4, R> {
        /**
         * Builds the record.
         *
         * @param a1 field 1
         * @param a2 field 2
         * @param a3 field 3
         * @param a4 field 4
         * @return the record
         */
        R create(T1 a1, T2 a2, T3 a3, T4 a4);
    }

    /**
     * A constructor of 5 arguments.
     *
     * @param <T1> argument type
     * @param <T2> argument type
     * @param <T3> argument type
     * @param <T4> argument type
     * @param <T5> argument type
     * @param <R> record type
     */
    @FunctionalInterface
    public interface Constructor5<T1, T2, T3, T4, T5, R> {
        /**
         * Builds the record.
         *
         * @param a1 field 1
         * @param a2 field 2
         * @param a3 field 3
         * @param a4 field 4
         * @param a5 field 5
         * @return the record
         */
        R create(T1 a1, T2 a2, T3 a3, T4 a4, T5 a5);
    }

    /**
     * A constructor of 6 arguments.
     *
     * @param <T1> argument type
     * @param <T2> argument type
     * @param <T3> argument type
     * @param <T4> argument type
     * @param <T5> argument type
     * @param <T6> argument type
     * @param <R> record type
     */
    @FunctionalInterface
    public interface Constructor6<T1, T2, T3, T4, T5, T6, R> {
        /**
         * Builds the record.
         *
         * @param a1 field 1
         * @param a2 field 2
         * @param a3 field 3
         * @param a4 field 4
         * @param a5 field 5
         * @param a6 field 6
         * @return the record
         */
        R create(T1 a1, T2 a2, T3 a3, T4 a4, T5 a5, T6 a6);
    }

    /**
     * A constructor of 7 arguments.
     *
     * @param <T1> argument type
     * @param <T2> argument type
     * @param <T3> argument type
     * @param <T4> argument type
     * @param <T5> argument type
     * @param <T6> argument type
     * @param <T7> argument type
     * @param <R> record type
     */
    @FunctionalInterface
    public interface Constructor7<T1, T2, T3, T4, T5, T6, T7, R> {
        /**
         * Builds the record.
         *
         * @param a1 field 1
         * @param a2 field 2
         * @param a3 field 3
         * @param a4 field 4
         * @param a5 field 5
         * @param a6 field 6
         * @param a7 field 7
         * @return the record
         */
        R create(T1 a1, T2 a2, T3 a3, T4 a4, T5 a5, T6 a6, T7 a7);
    }

    /**
     * A constructor of 8 arguments.
     *
     * @param <T1> argument type
     * @param <T2> argument type
     * @param <T3> argument type
     * @param <T4> argument type
     * @param <T5> argument type
     * @param <T6> argument type
     * @param <T7> argument type
     * @param <T8> argument type
     * @param <R> record type
     */
    @FunctionalInterface
    public interface Constructor8<T1, T2, T3, T4, T5, T6, T7, T8, R> {
        /**
         * Builds the record.
         *
         * @param a1 field 1
         * @param a2 field 2
         * @param a3 field 3
         * @param a4 field 4
         * @param a5 field 5
         * @param a6 field 6
         * @param a7 field 7
         * @param a8 field 8
         * @return the record
         */
        R create(T1 a1, T2 a2, T3 a3, T4 a4, T5 a5, T6 a6, T7 a7, T8 a8);
    }

    /**
     * A constructor of 9 arguments.
     *
     * @param <T1> argument type
     * @param <T2> argument type
     * @param <T3> argument type
     * @param <T4> argument type
     * @param <T5> argument type
     * @param <T6> argument type
     * @param <T7> argument type
     * @param <T8> argument type
     * @param <T9> argument type
     * @param <R> record type
     */
    @FunctionalInterface
    public interface Constructor9<T1, T2, T3, T4, T5, T6, T7, T8, T9, R> {
        /**
         * Builds the record.
         *
         * @param a1 field 1
         * @param a2 field 2
         * @param a3 field 3
         * @param a4 field 4
         * @param a5 field 5
         * @param a6 field 6
         * @param a7 field 7
         * @param a8 field 8
         * @param a9 field 9
         * @return the record
         */
        R create(T1 a1, T2 a2, T3 a3, T4 a4, T5 a5, T6 a6, T7 a7, T8 a8, T9 a9);
    }

    /**
     * A constructor of 10 arguments.
     *
     * @param <T1> argument type
     * @param <T2> argument type
     * @param <T3> argument type
     * @param <T4> argument type
     * @param <T5> argument type
     * @param <T6> argument type
     * @param <T7> argument type
     * @param <T8> argument type
     * @param <T9> argument type
     * @param <T10> argument type
     * @param <R> record type
     */
    @FunctionalInterface
    public interface Constructor10<T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, R> {
        /**
         * Builds the record.
         *
         * @param a1 field 1
         * @param a2 field 2
         * @param a3 field 3
         * @param a4 field 4
         * @param a5 field 5
         * @param a6 field 6
         * @param a7 field 7
         * @param a8 field 8
         * @param a9 field 9
         * @param a10 field 10
         * @return the record
         */
        R create(T1 a1, T2 a2, T3 a3, T4 a4, T5 a5, T6 a6, T7 a7, T8 a8, T9 a9, T10 a10);
    }

    /**
     * A constructor of 11 arguments.
     *
     * @param <T1> argument type
     * @param <T2> argument type
     * @param <T3> argument type
     * @param <T4> argument type
     * @param <T5> argument type
     * @param <T6> argument type
     * @param <T7> argument type
     * @param <T8> argument type
     * @param <T9> argument type
     * @param <T10> argument type
     * @param <T11> argument type
     * @param <R> record type
     */
    @FunctionalInterface
    public interface Constructor11<T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, R> {
        /**
         * Builds the record.
         *
         * @param a1 field 1
         * @param a2 field 2
         * @param a3 field 3
         * @param a4 field 4
         * @param a5 field 5
         * @param a6 field 6
         * @param a7 field 7
         * @param a8 field 8
         * @param a9 field 9
         * @param a10 field 10
         * @param a11 field 11
         * @return the record
         */
        R create(T1 a1, T2 a2, T3 a3, T4 a4, T5 a5, T6 a6, T7 a7, T8 a8, T9 a9, T10 a10, T11 a11);
    }

    /**
     * A constructor of 12 arguments.
     *
     * @param <T1> argument type
     * @param <T2> argument type
     * @param <T3> argument type
     * @param <T4> argument type
     * @param <T5> argument type
     * @param <T6> argument type
     * @param <T7> argument type
     * @param <T8> argument type
     * @param <T9> argument type
     * @param <T10> argument type
     * @param <T11> argument type
     * @param <T12> argument type
     * @param <R> record type
     */
    @FunctionalInterface
    public interface Constructor12<T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, R> {
        /**
         * Builds the record.
         *
         * @param a1 field 1
         * @param a2 field 2
         * @param a3 field 3
         * @param a4 field 4
         * @param a5 field 5
         * @param a6 field 6
         * @param a7 field 7
         * @param a8 field 8
         * @param a9 field 9
         * @param a10 field 10
         * @param a11 field 11
         * @param a12 field 12
         * @return the record
         */
        R create(T1 a1, T2 a2, T3 a3, T4 a4, T5 a5, T6 a6, T7 a7, T8 a8, T9 a9, T10 a10, T11 a11, T12 a12);
    }

    /**
     * A constructor of 13 arguments.
     *
     * @param <T1> argument type
     * @param <T2> argument type
     * @param <T3> argument type
     * @param <T4> argument type
     * @param <T5> argument type
     * @param <T6> argument type
     * @param <T7> argument type
     * @param <T8> argument type
     * @param <T9> argument type
     * @param <T10> argument type
     * @param <T11> argument type
     * @param <T12> argument type
     * @param <T13> argument type
     * @param <R> record type
     */
    @FunctionalInterface
    public interface Constructor13<T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, R> {
        /**
         * Builds the record.
         *
         * @param a1 field 1
         * @param a2 field 2
         * @param a3 field 3
         * @param a4 field 4
         * @param a5 field 5
         * @param a6 field 6
         * @param a7 field 7
         * @param a8 field 8
         * @param a9 field 9
         * @param a10 field 10
         * @param a11 field 11
         * @param a12 field 12
         * @param a13 field 13
         * @return the record
         */
        R create(T1 a1, T2 a2, T3 a3, T4 a4, T5 a5, T6 a6, T7 a7, T8 a8, T9 a9, T10 a10, T11 a11, T12 a12, T13 a13);
    }

    /**
     * A constructor of 14 arguments.
     *
     * @param <T1> argument type
     * @param <T2> argument type
     * @param <T3> argument type
     * @param <T4> argument type
     * @param <T5> argument type
     * @param <T6> argument type
     * @param <T7> argument type
     * @param <T8> argument type
     * @param <T9> argument type
     * @param <T10> argument type
     * @param <T11> argument type
     * @param <T12> argument type
     * @param <T13> argument type
     * @param <T14> argument type
     * @param <R> record type
     */
    @FunctionalInterface
    public interface Constructor14<T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, R> {
        /**
         * Builds the record.
         *
         * @param a1 field 1
         * @param a2 field 2
         * @param a3 field 3
         * @param a4 field 4
         * @param a5 field 5
         * @param a6 field 6
         * @param a7 field 7
         * @param a8 field 8
         * @param a9 field 9
         * @param a10 field 10
         * @param a11 field 11
         * @param a12 field 12
         * @param a13 field 13
         * @param a14 field 14
         * @return the record
         */
        R create(
                T1 a1,
                T2 a2,
                T3 a3,
                T4 a4,
                T5 a5,
                T6 a6,
                T7 a7,
                T8 a8,
                T9 a9,
                T10 a10,
                T11 a11,
                T12 a12,
                T13 a13,
                T14 a14);
    }

    /**
     * A constructor of 15 arguments.
     *
     * @param <T1> argument type
     * @param <T2> argument type
     * @param <T3> argument type
     * @param <T4> argument type
     * @param <T5> argument type
     * @param <T6> argument type
     * @param <T7> argument type
     * @param <T8> argument type
     * @param <T9> argument type
     * @param <T10> argument type
     * @param <T11> argument type
     * @param <T12> argument type
     * @param <T13> argument type
     * @param <T14> argument type
     * @param <T15> argument type
     * @param <R> record type
     */
    @FunctionalInterface
    public interface Constructor15<T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, R> {
        /**
         * Builds the record.
         *
         * @param a1 field 1
         * @param a2 field 2
         * @param a3 field 3
         * @param a4 field 4
         * @param a5 field 5
         * @param a6 field 6
         * @param a7 field 7
         * @param a8 field 8
         * @param a9 field 9
         * @param a10 field 10
         * @param a11 field 11
         * @param a12 field 12
         * @param a13 field 13
         * @param a14 field 14
         * @param a15 field 15
         * @return the record
         */
        R create(
                T1 a1,
                T2 a2,
                T3 a3,
                T4 a4,
                T5 a5,
                T6 a6,
                T7 a7,
                T8 a8,
                T9 a9,
                T10 a10,
                T11 a11,
                T12 a12,
                T13 a13,
                T14 a14,
                T15 a15);
    }

    /**
     * A constructor of 16 arguments.
     *
     * @param <T1> argument type
     * @param <T2> argument type
     * @param <T3> argument type
     * @param <T4> argument type
     * @param <T5> argument type
     * @param <T6> argument type
     * @param <T7> argument type
     * @param <T8> argument type
     * @param <T9> argument type
     * @param <T10> argument type
     * @param <T11> argument type
     * @param <T12> argument type
     * @param <T13> argument type
     * @param <T14> argument type
     * @param <T15> argument type
     * @param <T16> argument type
     * @param <R> record type
     */
    @FunctionalInterface
    public interface Constructor16<T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16, R> {
        /**
         * Builds the record.
         *
         * @param a1 field 1
         * @param a2 field 2
         * @param a3 field 3
         * @param a4 field 4
         * @param a5 field 5
         * @param a6 field 6
         * @param a7 field 7
         * @param a8 field 8
         * @param a9 field 9
         * @param a10 field 10
         * @param a11 field 11
         * @param a12 field 12
         * @param a13 field 13
         * @param a14 field 14
         * @param a15 field 15
         * @param a16 field 16
         * @return the record
         */
        R create(
                T1 a1,
                T2 a2,
                T3 a3,
                T4 a4,
                T5 a5,
                T6 a6,
                T7 a7,
                T8 a8,
                T9 a9,
                T10 a10,
                T11 a11,
                T12 a12,
                T13 a13,
                T14 a14,
                T15 a15,
                T16 a16);
    }

    /**
     * A constructor of 17 arguments.
     *
     * @param <T1> argument type
     * @param <T2> argument type
     * @param <T3> argument type
     * @param <T4> argument type
     * @param <T5> argument type
     * @param <T6> argument type
     * @param <T7> argument type
     * @param <T8> argument type
     * @param <T9> argument type
     * @param <T10> argument type
     * @param <T11> argument type
     * @param <T12> argument type
     * @param <T13> argument type
     * @param <T14> argument type
     * @param <T15> argument type
     * @param <T16> argument type
     * @param <T17> argument type
     * @param <R> record type
     */
    @FunctionalInterface
    public interface Constructor17<T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16, T17, R> {
        /**
         * Builds the record.
         *
         * @param a1 field 1
         * @param a2 field 2
         * @param a3 field 3
         * @param a4 field 4
         * @param a5 field 5
         * @param a6 field 6
         * @param a7 field 7
         * @param a8 field 8
         * @param a9 field 9
         * @param a10 field 10
         * @param a11 field 11
         * @param a12 field 12
         * @param a13 field 13
         * @param a14 field 14
         * @param a15 field 15
         * @param a16 field 16
         * @param a17 field 17
         * @return the record
         */
        R create(
                T1 a1,
                T2 a2,
                T3 a3,
                T4 a4,
                T5 a5,
                T6 a6,
                T7 a7,
                T8 a8,
                T9 a9,
                T10 a10,
                T11 a11,
                T12 a12,
                T13 a13,
                T14 a14,
                T15 a15,
                T16 a16,
                T17 a17);
    }

    /**
     * A constructor of 18 arguments.
     *
     * @param <T1> argument type
     * @param <T2> argument type
     * @param <T3> argument type
     * @param <T4> argument type
     * @param <T5> argument type
     * @param <T6> argument type
     * @param <T7> argument type
     * @param <T8> argument type
     * @param <T9> argument type
     * @param <T10> argument type
     * @param <T11> argument type
     * @param <T12> argument type
     * @param <T13> argument type
     * @param <T14> argument type
     * @param <T15> argument type
     * @param <T16> argument type
     * @param <T17> argument type
     * @param <T18> argument type
     * @param <R> record type
     */
    @FunctionalInterface
    public interface Constructor18<T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16, T17, T18, R> {
        /**
         * Builds the record.
         *
         * @param a1 field 1
         * @param a2 field 2
         * @param a3 field 3
         * @param a4 field 4
         * @param a5 field 5
         * @param a6 field 6
         * @param a7 field 7
         * @param a8 field 8
         * @param a9 field 9
         * @param a10 field 10
         * @param a11 field 11
         * @param a12 field 12
         * @param a13 field 13
         * @param a14 field 14
         * @param a15 field 15
         * @param a16 field 16
         * @param a17 field 17
         * @param a18 field 18
         * @return the record
         */
        R create(
                T1 a1,
                T2 a2,
                T3 a3,
                T4 a4,
                T5 a5,
                T6 a6,
                T7 a7,
                T8 a8,
                T9 a9,
                T10 a10,
                T11 a11,
                T12 a12,
                T13 a13,
                T14 a14,
                T15 a15,
                T16 a16,
                T17 a17,
                T18 a18);
    }

    /**
     * A constructor of 19 arguments.
     *
     * @param <T1> argument type
     * @param <T2> argument type
     * @param <T3> argument type
     * @param <T4> argument type
     * @param <T5> argument type
     * @param <T6> argument type
     * @param <T7> argument type
     * @param <T8> argument type
     * @param <T9> argument type
     * @param <T10> argument type
     * @param <T11> argument type
     * @param <T12> argument type
     * @param <T13> argument type
     * @param <T14> argument type
     * @param <T15> argument type
     * @param <T16> argument type
     * @param <T17> argument type
     * @param <T18> argument type
     * @param <T19> argument type
     * @param <R> record type
     */
    @FunctionalInterface
    public interface Constructor19<
            T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16, T17, T18, T19, R> {
        /**
         * Builds the record.
         *
         * @param a1 field 1
         * @param a2 field 2
         * @param a3 field 3
         * @param a4 field 4
         * @param a5 field 5
         * @param a6 field 6
         * @param a7 field 7
         * @param a8 field 8
         * @param a9 field 9
         * @param a10 field 10
         * @param a11 field 11
         * @param a12 field 12
         * @param a13 field 13
         * @param a14 field 14
         * @param a15 field 15
         * @param a16 field 16
         * @param a17 field 17
         * @param a18 field 18
         * @param a19 field 19
         * @return the record
         */
        R create(
                T1 a1,
                T2 a2,
                T3 a3,
                T4 a4,
                T5 a5,
                T6 a6,
                T7 a7,
                T8 a8,
                T9 a9,
                T10 a10,
                T11 a11,
                T12 a12,
                T13 a13,
                T14 a14,
                T15 a15,
                T16 a16,
                T17 a17,
                T18 a18,
                T19 a19);
    }

    /**
     * A constructor of 20 arguments.
     *
     * @param <T1> argument type
     * @param <T2> argument type
     * @param <T3> argument type
     * @param <T4> argument type
     * @param <T5> argument type
     * @param <T6> argument type
     * @param <T7> argument type
     * @param <T8> argument type
     * @param <T9> argument type
     * @param <T10> argument type
     * @param <T11> argument type
     * @param <T12> argument type
     * @param <T13> argument type
     * @param <T14> argument type
     * @param <T15> argument type
     * @param <T16> argument type
     * @param <T17> argument type
     * @param <T18> argument type
     * @param <T19> argument type
     * @param <T20> argument type
     * @param <R> record type
     */
    @FunctionalInterface
    public interface Constructor20<
            T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16, T17, T18, T19, T20, R> {
        /**
         * Builds the record.
         *
         * @param a1 field 1
         * @param a2 field 2
         * @param a3 field 3
         * @param a4 field 4
         * @param a5 field 5
         * @param a6 field 6
         * @param a7 field 7
         * @param a8 field 8
         * @param a9 field 9
         * @param a10 field 10
         * @param a11 field 11
         * @param a12 field 12
         * @param a13 field 13
         * @param a14 field 14
         * @param a15 field 15
         * @param a16 field 16
         * @param a17 field 17
         * @param a18 field 18
         * @param a19 field 19
         * @param a20 field 20
         * @return the record
         */
        R create(
                T1 a1,
                T2 a2,
                T3 a3,
                T4 a4,
                T5 a5,
                T6 a6,
                T7 a7,
                T8 a8,
                T9 a9,
                T10 a10,
                T11 a11,
                T12 a12,
                T13 a13,
                T14 a14,
                T15 a15,
                T16 a16,
                T17 a17,
                T18 a18,
                T19 a19,
                T20 a20);
    }

    /**
     * A constructor of 21 arguments.
     *
     * @param <T1> argument type
     * @param <T2> argument type
     * @param <T3> argument type
     * @param <T4> argument type
     * @param <T5> argument type
     * @param <T6> argument type
     * @param <T7> argument type
     * @param <T8> argument type
     * @param <T9> argument type
     * @param <T10> argument type
     * @param <T11> argument type
     * @param <T12> argument type
     * @param <T13> argument type
     * @param <T14> argument type
     * @param <T15> argument type
     * @param <T16> argument type
     * @param <T17> argument type
     * @param <T18> argument type
     * @param <T19> argument type
     * @param <T20> argument type
     * @param <T21> argument type
     * @param <R> record type
     */
    @FunctionalInterface
    public interface Constructor21<
            T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16, T17, T18, T19, T20, T21, R> {
        /**
         * Builds the record.
         *
         * @param a1 field 1
         * @param a2 field 2
         * @param a3 field 3
         * @param a4 field 4
         * @param a5 field 5
         * @param a6 field 6
         * @param a7 field 7
         * @param a8 field 8
         * @param a9 field 9
         * @param a10 field 10
         * @param a11 field 11
         * @param a12 field 12
         * @param a13 field 13
         * @param a14 field 14
         * @param a15 field 15
         * @param a16 field 16
         * @param a17 field 17
         * @param a18 field 18
         * @param a19 field 19
         * @param a20 field 20
         * @param a21 field 21
         * @return the record
         */
        R create(
                T1 a1,
                T2 a2,
                T3 a3,
                T4 a4,
                T5 a5,
                T6 a6,
                T7 a7,
                T8 a8,
                T9 a9,
                T10 a10,
                T11 a11,
                T12 a12,
                T13 a13,
                T14 a14,
                T15 a15,
                T16 a16,
                T17 a17,
                T18 a18,
                T19 a19,
                T20 a20,
                T21 a21);
    }

    /**
     * A constructor of 22 arguments.
     *
     * @param <T1> argument type
     * @param <T2> argument type
     * @param <T3> argument type
     * @param <T4> argument type
     * @param <T5> argument type
     * @param <T6> argument type
     * @param <T7> argument type
     * @param <T8> argument type
     * @param <T9> argument type
     * @param <T10> argument type
     * @param <T11> argument type
     * @param <T12> argument type
     * @param <T13> argument type
     * @param <T14> argument type
     * @param <T15> argument type
     * @param <T16> argument type
     * @param <T17> argument type
     * @param <T18> argument type
     * @param <T19> argument type
     * @param <T20> argument type
     * @param <T21> argument type
     * @param <T22> argument type
     * @param <R> record type
     */
    @FunctionalInterface
    public interface Constructor22<
            T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16, T17, T18, T19, T20, T21, T22, R> {
        /**
         * Builds the record.
         *
         * @param a1 field 1
         * @param a2 field 2
         * @param a3 field 3
         * @param a4 field 4
         * @param a5 field 5
         * @param a6 field 6
         * @param a7 field 7
         * @param a8 field 8
         * @param a9 field 9
         * @param a10 field 10
         * @param a11 field 11
         * @param a12 field 12
         * @param a13 field 13
         * @param a14 field 14
         * @param a15 field 15
         * @param a16 field 16
         * @param a17 field 17
         * @param a18 field 18
         * @param a19 field 19
         * @param a20 field 20
         * @param a21 field 21
         * @param a22 field 22
         * @return the record
         */
        R create(
                T1 a1,
                T2 a2,
                T3 a3,
                T4 a4,
                T5 a5,
                T6 a6,
                T7 a7,
                T8 a8,
                T9 a9,
                T10 a10,
                T11 a11,
                T12 a12,
                T13 a13,
                T14 a14,
                T15 a15,
                T16 a16,
                T17 a17,
                T18 a18,
                T19 a19,
                T20 a20,
                T21 a21,
                T22 a22);
    }

    /**
     * A constructor of 23 arguments.
     *
     * @param <T1> argument type
     * @param <T2> argument type
     * @param <T3> argument type
     * @param <T4> argument type
     * @param <T5> argument type
     * @param <T6> argument type
     * @param <T7> argument type
     * @param <T8> argument type
     * @param <T9> argument type
     * @param <T10> argument type
     * @param <T11> argument type
     * @param <T12> argument type
     * @param <T13> argument type
     * @param <T14> argument type
     * @param <T15> argument type
     * @param <T16> argument type
     * @param <T17> argument type
     * @param <T18> argument type
     * @param <T19> argument type
     * @param <T20> argument type
     * @param <T21> argument type
     * @param <T22> argument type
     * @param <T23> argument type
     * @param <R> record type
     */
    @FunctionalInterface
    public interface Constructor23<
            T1,
            T2,
            T3,
            T4,
            T5,
            T6,
            T7,
            T8,
            T9,
            T10,
            T11,
            T12,
            T13,
            T14,
            T15,
            T16,
            T17,
            T18,
            T19,
            T20,
            T21,
            T22,
            T23,
            R> {
        /**
         * Builds the record.
         *
         * @param a1 field 1
         * @param a2 field 2
         * @param a3 field 3
         * @param a4 field 4
         * @param a5 field 5
         * @param a6 field 6
         * @param a7 field 7
         * @param a8 field 8
         * @param a9 field 9
         * @param a10 field 10
         * @param a11 field 11
         * @param a12 field 12
         * @param a13 field 13
         * @param a14 field 14
         * @param a15 field 15
         * @param a16 field 16
         * @param a17 field 17
         * @param a18 field 18
         * @param a19 field 19
         * @param a20 field 20
         * @param a21 field 21
         * @param a22 field 22
         * @param a23 field 23
         * @return the record
         */
        R create(
                T1 a1,
                T2 a2,
                T3 a3,
                T4 a4,
                T5 a5,
                T6 a6,
                T7 a7,
                T8 a8,
                T9 a9,
                T10 a10,
                T11 a11,
                T12 a12,
                T13 a13,
                T14 a14,
                T15 a15,
                T16 a16,
                T17 a17,
                T18 a18,
                T19 a19,
                T20 a20,
                T21 a21,
                T22 a22,
                T23 a23);
    }

    /**
     * A constructor of 24 arguments.
     *
     * @param <T1> argument type
     * @param <T2> argument type
     * @param <T3> argument type
     * @param <T4> argument type
     * @param <T5> argument type
     * @param <T6> argument type
     * @param <T7> argument type
     * @param <T8> argument type
     * @param <T9> argument type
     * @param <T10> argument type
     * @param <T11> argument type
     * @param <T12> argument type
     * @param <T13> argument type
     * @param <T14> argument type
     * @param <T15> argument type
     * @param <T16> argument type
     * @param <T17> argument type
     * @param <T18> argument type
     * @param <T19> argument type
     * @param <T20> argument type
     * @param <T21> argument type
     * @param <T22> argument type
     * @param <T23> argument type
     * @param <T24> argument type
     * @param <R> record type
     */
    @FunctionalInterface
    public interface Constructor24<
            T1,
            T2,
            T3,
            T4,
            T5,
            T6,
            T7,
            T8,
            T9,
            T10,
            T11,
            T12,
            T13,
            T14,
            T15,
            T16,
            T17,
            T18,
            T19,
            T20,
            T21,
            T22,
            T23,
            T24,
            R> {
        /**
         * Builds the record.
         *
         * @param a1 field 1
         * @param a2 field 2
         * @param a3 field 3
         * @param a4 field 4
         * @param a5 field 5
         * @param a6 field 6
         * @param a7 field 7
         * @param a8 field 8
         * @param a9 field 9
         * @param a10 field 10
         * @param a11 field 11
         * @param a12 field 12
         * @param a13 field 13
         * @param a14 field 14
         * @param a15 field 15
         * @param a16 field 16
         * @param a17 field 17
         * @param a18 field 18
         * @param a19 field 19
         * @param a20 field 20
         * @param a21 field 21
         * @param a22 field 22
         * @param a23 field 23
         * @param a24 field 24
         * @return the record
         */
        R create(
                T1 a1,
                T2 a2,
                T3 a3,
                T4 a4,
                T5 a5,
                T6 a6,
                T7 a7,
                T8 a8,
                T9 a9,
                T10 a10,
                T11 a11,
                T12 a12,
                T13 a13,
                T14 a14,
                T15 a15,
                T16 a16,
                T17 a17,
                T18 a18,
                T19 a19,
                T20 a20,
                T21 a21,
                T22 a22,
                T23 a23,
                T24 a24);
    }

    /**
     * A record codec of 1 field.
     *
     * @param f1 field 1 in wire order
     * @param constructor builds the record from the decoded fields
     * @param <R> record type
     * @param <T1> field type
     * @return the codec
     */
    @SuppressWarnings("unchecked")
    public static <R, T1> StructCodec<R> of(Field<R, T1> f1, Constructor1<T1, R> constructor) {
        Objects.requireNonNull(constructor, "constructor");
        return new StructCodec<>(List.of(f1), v -> constructor.create((T1) v[0]));
    }

    /**
     * A record codec of 2 fields.
     *
     * @param f1 field 1 in wire order
     * @param f2 field 2 in wire order
     * @param constructor builds the record from the decoded fields
     * @param <R> record type
     * @param <T1> field type
     * @param <T2> field type
     * @return the codec
     */
    @SuppressWarnings("unchecked")
    public static <R, T1, T2> StructCodec<R> of(Field<R, T1> f1, Field<R, T2> f2, Constructor2<T1, T2, R> constructor) {
        Objects.requireNonNull(constructor, "constructor");
        return new StructCodec<>(List.of(f1, f2), v -> constructor.create((T1) v[0], (T2) v[1]));
    }

    /**
     * A record codec of 3 fields.
     *
     * @param f1 field 1 in wire order
     * @param f2 field 2 in wire order
     * @param f3 field 3 in wire order
     * @param constructor builds the record from the decoded fields
     * @param <R> record type
     * @param <T1> field type
     * @param <T2> field type
     * @param <T3> field type
     * @return the codec
     */
    @SuppressWarnings("unchecked")
    public static <R, T1, T2, T3> StructCodec<R> of(
            Field<R, T1> f1, Field<R, T2> f2, Field<R, T3> f3, Constructor3<T1, T2, T3, R> constructor) {
        Objects.requireNonNull(constructor, "constructor");
        return new StructCodec<>(List.of(f1, f2, f3), v -> constructor.create((T1) v[0], (T2) v[1], (T3) v[2]));
    }

    /**
     * A record codec of 4 fields.
     *
     * @param f1 field 1 in wire order
     * @param f2 field 2 in wire order
     * @param f3 field 3 in wire order
     * @param f4 field 4 in wire order
     * @param constructor builds the record from the decoded fields
     * @param <R> record type
     * @param <T1> field type
     * @param <T2> field type
     * @param <T3> field type
     * @param <T4> field type
     * @return the codec
     */
    @SuppressWarnings("unchecked")
    public static <R, T1, T2, T3, T4> StructCodec<R> of(
            Field<R, T1> f1,
            Field<R, T2> f2,
            Field<R, T3> f3,
            Field<R, T4> f4,
            Constructor4<T1, T2, T3, T4, R> constructor) {
        Objects.requireNonNull(constructor, "constructor");
        return new StructCodec<>(
                List.of(f1, f2, f3, f4), v -> constructor.create((T1) v[0], (T2) v[1], (T3) v[2], (T4) v[3]));
    }

    /**
     * A record codec of 5 fields.
     *
     * @param f1 field 1 in wire order
     * @param f2 field 2 in wire order
     * @param f3 field 3 in wire order
     * @param f4 field 4 in wire order
     * @param f5 field 5 in wire order
     * @param constructor builds the record from the decoded fields
     * @param <R> record type
     * @param <T1> field type
     * @param <T2> field type
     * @param <T3> field type
     * @param <T4> field type
     * @param <T5> field type
     * @return the codec
     */
    @SuppressWarnings("unchecked")
    public static <R, T1, T2, T3, T4, T5> StructCodec<R> of(
            Field<R, T1> f1,
            Field<R, T2> f2,
            Field<R, T3> f3,
            Field<R, T4> f4,
            Field<R, T5> f5,
            Constructor5<T1, T2, T3, T4, T5, R> constructor) {
        Objects.requireNonNull(constructor, "constructor");
        return new StructCodec<>(
                List.of(f1, f2, f3, f4, f5),
                v -> constructor.create((T1) v[0], (T2) v[1], (T3) v[2], (T4) v[3], (T5) v[4]));
    }

    /**
     * A record codec of 6 fields.
     *
     * @param f1 field 1 in wire order
     * @param f2 field 2 in wire order
     * @param f3 field 3 in wire order
     * @param f4 field 4 in wire order
     * @param f5 field 5 in wire order
     * @param f6 field 6 in wire order
     * @param constructor builds the record from the decoded fields
     * @param <R> record type
     * @param <T1> field type
     * @param <T2> field type
     * @param <T3> field type
     * @param <T4> field type
     * @param <T5> field type
     * @param <T6> field type
     * @return the codec
     */
    @SuppressWarnings("unchecked")
    public static <R, T1, T2, T3, T4, T5, T6> StructCodec<R> of(
            Field<R, T1> f1,
            Field<R, T2> f2,
            Field<R, T3> f3,
            Field<R, T4> f4,
            Field<R, T5> f5,
            Field<R, T6> f6,
            Constructor6<T1, T2, T3, T4, T5, T6, R> constructor) {
        Objects.requireNonNull(constructor, "constructor");
        return new StructCodec<>(
                List.of(f1, f2, f3, f4, f5, f6),
                v -> constructor.create((T1) v[0], (T2) v[1], (T3) v[2], (T4) v[3], (T5) v[4], (T6) v[5]));
    }

    /**
     * A record codec of 7 fields.
     *
     * @param f1 field 1 in wire order
     * @param f2 field 2 in wire order
     * @param f3 field 3 in wire order
     * @param f4 field 4 in wire order
     * @param f5 field 5 in wire order
     * @param f6 field 6 in wire order
     * @param f7 field 7 in wire order
     * @param constructor builds the record from the decoded fields
     * @param <R> record type
     * @param <T1> field type
     * @param <T2> field type
     * @param <T3> field type
     * @param <T4> field type
     * @param <T5> field type
     * @param <T6> field type
     * @param <T7> field type
     * @return the codec
     */
    @SuppressWarnings("unchecked")
    public static <R, T1, T2, T3, T4, T5, T6, T7> StructCodec<R> of(
            Field<R, T1> f1,
            Field<R, T2> f2,
            Field<R, T3> f3,
            Field<R, T4> f4,
            Field<R, T5> f5,
            Field<R, T6> f6,
            Field<R, T7> f7,
            Constructor7<T1, T2, T3, T4, T5, T6, T7, R> constructor) {
        Objects.requireNonNull(constructor, "constructor");
        return new StructCodec<>(
                List.of(f1, f2, f3, f4, f5, f6, f7),
                v -> constructor.create((T1) v[0], (T2) v[1], (T3) v[2], (T4) v[3], (T5) v[4], (T6) v[5], (T7) v[6]));
    }

    /**
     * A record codec of 8 fields.
     *
     * @param f1 field 1 in wire order
     * @param f2 field 2 in wire order
     * @param f3 field 3 in wire order
     * @param f4 field 4 in wire order
     * @param f5 field 5 in wire order
     * @param f6 field 6 in wire order
     * @param f7 field 7 in wire order
     * @param f8 field 8 in wire order
     * @param constructor builds the record from the decoded fields
     * @param <R> record type
     * @param <T1> field type
     * @param <T2> field type
     * @param <T3> field type
     * @param <T4> field type
     * @param <T5> field type
     * @param <T6> field type
     * @param <T7> field type
     * @param <T8> field type
     * @return the codec
     */
    @SuppressWarnings("unchecked")
    public static <R, T1, T2, T3, T4, T5, T6, T7, T8> StructCodec<R> of(
            Field<R, T1> f1,
            Field<R, T2> f2,
            Field<R, T3> f3,
            Field<R, T4> f4,
            Field<R, T5> f5,
            Field<R, T6> f6,
            Field<R, T7> f7,
            Field<R, T8> f8,
            Constructor8<T1, T2, T3, T4, T5, T6, T7, T8, R> constructor) {
        Objects.requireNonNull(constructor, "constructor");
        return new StructCodec<>(
                List.of(f1, f2, f3, f4, f5, f6, f7, f8),
                v -> constructor.create(
                        (T1) v[0], (T2) v[1], (T3) v[2], (T4) v[3], (T5) v[4], (T6) v[5], (T7) v[6], (T8) v[7]));
    }

    /**
     * A record codec of 9 fields.
     *
     * @param f1 field 1 in wire order
     * @param f2 field 2 in wire order
     * @param f3 field 3 in wire order
     * @param f4 field 4 in wire order
     * @param f5 field 5 in wire order
     * @param f6 field 6 in wire order
     * @param f7 field 7 in wire order
     * @param f8 field 8 in wire order
     * @param f9 field 9 in wire order
     * @param constructor builds the record from the decoded fields
     * @param <R> record type
     * @param <T1> field type
     * @param <T2> field type
     * @param <T3> field type
     * @param <T4> field type
     * @param <T5> field type
     * @param <T6> field type
     * @param <T7> field type
     * @param <T8> field type
     * @param <T9> field type
     * @return the codec
     */
    @SuppressWarnings("unchecked")
    public static <R, T1, T2, T3, T4, T5, T6, T7, T8, T9> StructCodec<R> of(
            Field<R, T1> f1,
            Field<R, T2> f2,
            Field<R, T3> f3,
            Field<R, T4> f4,
            Field<R, T5> f5,
            Field<R, T6> f6,
            Field<R, T7> f7,
            Field<R, T8> f8,
            Field<R, T9> f9,
            Constructor9<T1, T2, T3, T4, T5, T6, T7, T8, T9, R> constructor) {
        Objects.requireNonNull(constructor, "constructor");
        return new StructCodec<>(
                List.of(f1, f2, f3, f4, f5, f6, f7, f8, f9),
                v -> constructor.create(
                        (T1) v[0], (T2) v[1], (T3) v[2], (T4) v[3], (T5) v[4], (T6) v[5], (T7) v[6], (T8) v[7],
                        (T9) v[8]));
    }

    /**
     * A record codec of 10 fields.
     *
     * @param f1 field 1 in wire order
     * @param f2 field 2 in wire order
     * @param f3 field 3 in wire order
     * @param f4 field 4 in wire order
     * @param f5 field 5 in wire order
     * @param f6 field 6 in wire order
     * @param f7 field 7 in wire order
     * @param f8 field 8 in wire order
     * @param f9 field 9 in wire order
     * @param f10 field 10 in wire order
     * @param constructor builds the record from the decoded fields
     * @param <R> record type
     * @param <T1> field type
     * @param <T2> field type
     * @param <T3> field type
     * @param <T4> field type
     * @param <T5> field type
     * @param <T6> field type
     * @param <T7> field type
     * @param <T8> field type
     * @param <T9> field type
     * @param <T10> field type
     * @return the codec
     */
    @SuppressWarnings("unchecked")
    public static <R, T1, T2, T3, T4, T5, T6, T7, T8, T9, T10> StructCodec<R> of(
            Field<R, T1> f1,
            Field<R, T2> f2,
            Field<R, T3> f3,
            Field<R, T4> f4,
            Field<R, T5> f5,
            Field<R, T6> f6,
            Field<R, T7> f7,
            Field<R, T8> f8,
            Field<R, T9> f9,
            Field<R, T10> f10,
            Constructor10<T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, R> constructor) {
        Objects.requireNonNull(constructor, "constructor");
        return new StructCodec<>(
                List.of(f1, f2, f3, f4, f5, f6, f7, f8, f9, f10),
                v -> constructor.create(
                        (T1) v[0],
                        (T2) v[1],
                        (T3) v[2],
                        (T4) v[3],
                        (T5) v[4],
                        (T6) v[5],
                        (T7) v[6],
                        (T8) v[7],
                        (T9) v[8],
                        (T10) v[9]));
    }

    /**
     * A record codec of 11 fields.
     *
     * @param f1 field 1 in wire order
     * @param f2 field 2 in wire order
     * @param f3 field 3 in wire order
     * @param f4 field 4 in wire order
     * @param f5 field 5 in wire order
     * @param f6 field 6 in wire order
     * @param f7 field 7 in wire order
     * @param f8 field 8 in wire order
     * @param f9 field 9 in wire order
     * @param f10 field 10 in wire order
     * @param f11 field 11 in wire order
     * @param constructor builds the record from the decoded fields
     * @param <R> record type
     * @param <T1> field type
     * @param <T2> field type
     * @param <T3> field type
     * @param <T4> field type
     * @param <T5> field type
     * @param <T6> field type
     * @param <T7> field type
     * @param <T8> field type
     * @param <T9> field type
     * @param <T10> field type
     * @param <T11> field type
     * @return the codec
     */
    @SuppressWarnings("unchecked")
    public static <R, T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11> StructCodec<R> of(
            Field<R, T1> f1,
            Field<R, T2> f2,
            Field<R, T3> f3,
            Field<R, T4> f4,
            Field<R, T5> f5,
            Field<R, T6> f6,
            Field<R, T7> f7,
            Field<R, T8> f8,
            Field<R, T9> f9,
            Field<R, T10> f10,
            Field<R, T11> f11,
            Constructor11<T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, R> constructor) {
        Objects.requireNonNull(constructor, "constructor");
        return new StructCodec<>(
                List.of(f1, f2, f3, f4, f5, f6, f7, f8, f9, f10, f11),
                v -> constructor.create(
                        (T1) v[0],
                        (T2) v[1],
                        (T3) v[2],
                        (T4) v[3],
                        (T5) v[4],
                        (T6) v[5],
                        (T7) v[6],
                        (T8) v[7],
                        (T9) v[8],
                        (T10) v[9],
                        (T11) v[10]));
    }

    /**
     * A record codec of 12 fields.
     *
     * @param f1 field 1 in wire order
     * @param f2 field 2 in wire order
     * @param f3 field 3 in wire order
     * @param f4 field 4 in wire order
     * @param f5 field 5 in wire order
     * @param f6 field 6 in wire order
     * @param f7 field 7 in wire order
     * @param f8 field 8 in wire order
     * @param f9 field 9 in wire order
     * @param f10 field 10 in wire order
     * @param f11 field 11 in wire order
     * @param f12 field 12 in wire order
     * @param constructor builds the record from the decoded fields
     * @param <R> record type
     * @param <T1> field type
     * @param <T2> field type
     * @param <T3> field type
     * @param <T4> field type
     * @param <T5> field type
     * @param <T6> field type
     * @param <T7> field type
     * @param <T8> field type
     * @param <T9> field type
     * @param <T10> field type
     * @param <T11> field type
     * @param <T12> field type
     * @return the codec
     */
    @SuppressWarnings("unchecked")
    public static <R, T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12> StructCodec<R> of(
            Field<R, T1> f1,
            Field<R, T2> f2,
            Field<R, T3> f3,
            Field<R, T4> f4,
            Field<R, T5> f5,
            Field<R, T6> f6,
            Field<R, T7> f7,
            Field<R, T8> f8,
            Field<R, T9> f9,
            Field<R, T10> f10,
            Field<R, T11> f11,
            Field<R, T12> f12,
            Constructor12<T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, R> constructor) {
        Objects.requireNonNull(constructor, "constructor");
        return new StructCodec<>(
                List.of(f1, f2, f3, f4, f5, f6, f7, f8, f9, f10, f11, f12),
                v -> constructor.create(
                        (T1) v[0],
                        (T2) v[1],
                        (T3) v[2],
                        (T4) v[3],
                        (T5) v[4],
                        (T6) v[5],
                        (T7) v[6],
                        (T8) v[7],
                        (T9) v[8],
                        (T10) v[9],
                        (T11) v[10],
                        (T12) v[11]));
    }

    /**
     * A record codec of 13 fields.
     *
     * @param f1 field 1 in wire order
     * @param f2 field 2 in wire order
     * @param f3 field 3 in wire order
     * @param f4 field 4 in wire order
     * @param f5 field 5 in wire order
     * @param f6 field 6 in wire order
     * @param f7 field 7 in wire order
     * @param f8 field 8 in wire order
     * @param f9 field 9 in wire order
     * @param f10 field 10 in wire order
     * @param f11 field 11 in wire order
     * @param f12 field 12 in wire order
     * @param f13 field 13 in wire order
     * @param constructor builds the record from the decoded fields
     * @param <R> record type
     * @param <T1> field type
     * @param <T2> field type
     * @param <T3> field type
     * @param <T4> field type
     * @param <T5> field type
     * @param <T6> field type
     * @param <T7> field type
     * @param <T8> field type
     * @param <T9> field type
     * @param <T10> field type
     * @param <T11> field type
     * @param <T12> field type
     * @param <T13> field type
     * @return the codec
     */
    @SuppressWarnings("unchecked")
    public static <R, T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13> StructCodec<R> of(
            Field<R, T1> f1,
            Field<R, T2> f2,
            Field<R, T3> f3,
            Field<R, T4> f4,
            Field<R, T5> f5,
            Field<R, T6> f6,
            Field<R, T7> f7,
            Field<R, T8> f8,
            Field<R, T9> f9,
            Field<R, T10> f10,
            Field<R, T11> f11,
            Field<R, T12> f12,
            Field<R, T13> f13,
            Constructor13<T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, R> constructor) {
        Objects.requireNonNull(constructor, "constructor");
        return new StructCodec<>(
                List.of(f1, f2, f3, f4, f5, f6, f7, f8, f9, f10, f11, f12, f13),
                v -> constructor.create(
                        (T1) v[0],
                        (T2) v[1],
                        (T3) v[2],
                        (T4) v[3],
                        (T5) v[4],
                        (T6) v[5],
                        (T7) v[6],
                        (T8) v[7],
                        (T9) v[8],
                        (T10) v[9],
                        (T11) v[10],
                        (T12) v[11],
                        (T13) v[12]));
    }

    /**
     * A record codec of 14 fields.
     *
     * @param f1 field 1 in wire order
     * @param f2 field 2 in wire order
     * @param f3 field 3 in wire order
     * @param f4 field 4 in wire order
     * @param f5 field 5 in wire order
     * @param f6 field 6 in wire order
     * @param f7 field 7 in wire order
     * @param f8 field 8 in wire order
     * @param f9 field 9 in wire order
     * @param f10 field 10 in wire order
     * @param f11 field 11 in wire order
     * @param f12 field 12 in wire order
     * @param f13 field 13 in wire order
     * @param f14 field 14 in wire order
     * @param constructor builds the record from the decoded fields
     * @param <R> record type
     * @param <T1> field type
     * @param <T2> field type
     * @param <T3> field type
     * @param <T4> field type
     * @param <T5> field type
     * @param <T6> field type
     * @param <T7> field type
     * @param <T8> field type
     * @param <T9> field type
     * @param <T10> field type
     * @param <T11> field type
     * @param <T12> field type
     * @param <T13> field type
     * @param <T14> field type
     * @return the codec
     */
    @SuppressWarnings("unchecked")
    public static <R, T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14> StructCodec<R> of(
            Field<R, T1> f1,
            Field<R, T2> f2,
            Field<R, T3> f3,
            Field<R, T4> f4,
            Field<R, T5> f5,
            Field<R, T6> f6,
            Field<R, T7> f7,
            Field<R, T8> f8,
            Field<R, T9> f9,
            Field<R, T10> f10,
            Field<R, T11> f11,
            Field<R, T12> f12,
            Field<R, T13> f13,
            Field<R, T14> f14,
            Constructor14<T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, R> constructor) {
        Objects.requireNonNull(constructor, "constructor");
        return new StructCodec<>(
                List.of(f1, f2, f3, f4, f5, f6, f7, f8, f9, f10, f11, f12, f13, f14),
                v -> constructor.create(
                        (T1) v[0],
                        (T2) v[1],
                        (T3) v[2],
                        (T4) v[3],
                        (T5) v[4],
                        (T6) v[5],
                        (T7) v[6],
                        (T8) v[7],
                        (T9) v[8],
                        (T10) v[9],
                        (T11) v[10],
                        (T12) v[11],
                        (T13) v[12],
                        (T14) v[13]));
    }

    /**
     * A record codec of 15 fields.
     *
     * @param f1 field 1 in wire order
     * @param f2 field 2 in wire order
     * @param f3 field 3 in wire order
     * @param f4 field 4 in wire order
     * @param f5 field 5 in wire order
     * @param f6 field 6 in wire order
     * @param f7 field 7 in wire order
     * @param f8 field 8 in wire order
     * @param f9 field 9 in wire order
     * @param f10 field 10 in wire order
     * @param f11 field 11 in wire order
     * @param f12 field 12 in wire order
     * @param f13 field 13 in wire order
     * @param f14 field 14 in wire order
     * @param f15 field 15 in wire order
     * @param constructor builds the record from the decoded fields
     * @param <R> record type
     * @param <T1> field type
     * @param <T2> field type
     * @param <T3> field type
     * @param <T4> field type
     * @param <T5> field type
     * @param <T6> field type
     * @param <T7> field type
     * @param <T8> field type
     * @param <T9> field type
     * @param <T10> field type
     * @param <T11> field type
     * @param <T12> field type
     * @param <T13> field type
     * @param <T14> field type
     * @param <T15> field type
     * @return the codec
     */
    @SuppressWarnings("unchecked")
    public static <R, T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15> StructCodec<R> of(
            Field<R, T1> f1,
            Field<R, T2> f2,
            Field<R, T3> f3,
            Field<R, T4> f4,
            Field<R, T5> f5,
            Field<R, T6> f6,
            Field<R, T7> f7,
            Field<R, T8> f8,
            Field<R, T9> f9,
            Field<R, T10> f10,
            Field<R, T11> f11,
            Field<R, T12> f12,
            Field<R, T13> f13,
            Field<R, T14> f14,
            Field<R, T15> f15,
            Constructor15<T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, R> constructor) {
        Objects.requireNonNull(constructor, "constructor");
        return new StructCodec<>(
                List.of(f1, f2, f3, f4, f5, f6, f7, f8, f9, f10, f11, f12, f13, f14, f15),
                v -> constructor.create(
                        (T1) v[0],
                        (T2) v[1],
                        (T3) v[2],
                        (T4) v[3],
                        (T5) v[4],
                        (T6) v[5],
                        (T7) v[6],
                        (T8) v[7],
                        (T9) v[8],
                        (T10) v[9],
                        (T11) v[10],
                        (T12) v[11],
                        (T13) v[12],
                        (T14) v[13],
                        (T15) v[14]));
    }

    /**
     * A record codec of 16 fields.
     *
     * @param f1 field 1 in wire order
     * @param f2 field 2 in wire order
     * @param f3 field 3 in wire order
     * @param f4 field 4 in wire order
     * @param f5 field 5 in wire order
     * @param f6 field 6 in wire order
     * @param f7 field 7 in wire order
     * @param f8 field 8 in wire order
     * @param f9 field 9 in wire order
     * @param f10 field 10 in wire order
     * @param f11 field 11 in wire order
     * @param f12 field 12 in wire order
     * @param f13 field 13 in wire order
     * @param f14 field 14 in wire order
     * @param f15 field 15 in wire order
     * @param f16 field 16 in wire order
     * @param constructor builds the record from the decoded fields
     * @param <R> record type
     * @param <T1> field type
     * @param <T2> field type
     * @param <T3> field type
     * @param <T4> field type
     * @param <T5> field type
     * @param <T6> field type
     * @param <T7> field type
     * @param <T8> field type
     * @param <T9> field type
     * @param <T10> field type
     * @param <T11> field type
     * @param <T12> field type
     * @param <T13> field type
     * @param <T14> field type
     * @param <T15> field type
     * @param <T16> field type
     * @return the codec
     */
    @SuppressWarnings("unchecked")
    public static <R, T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16> StructCodec<R> of(
            Field<R, T1> f1,
            Field<R, T2> f2,
            Field<R, T3> f3,
            Field<R, T4> f4,
            Field<R, T5> f5,
            Field<R, T6> f6,
            Field<R, T7> f7,
            Field<R, T8> f8,
            Field<R, T9> f9,
            Field<R, T10> f10,
            Field<R, T11> f11,
            Field<R, T12> f12,
            Field<R, T13> f13,
            Field<R, T14> f14,
            Field<R, T15> f15,
            Field<R, T16> f16,
            Constructor16<T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16, R> constructor) {
        Objects.requireNonNull(constructor, "constructor");
        return new StructCodec<>(
                List.of(f1, f2, f3, f4, f5, f6, f7, f8, f9, f10, f11, f12, f13, f14, f15, f16),
                v -> constructor.create(
                        (T1) v[0],
                        (T2) v[1],
                        (T3) v[2],
                        (T4) v[3],
                        (T5) v[4],
                        (T6) v[5],
                        (T7) v[6],
                        (T8) v[7],
                        (T9) v[8],
                        (T10) v[9],
                        (T11) v[10],
                        (T12) v[11],
                        (T13) v[12],
                        (T14) v[13],
                        (T15) v[14],
                        (T16) v[15]));
    }

    /**
     * A record codec of 17 fields.
     *
     * @param f1 field 1 in wire order
     * @param f2 field 2 in wire order
     * @param f3 field 3 in wire order
     * @param f4 field 4 in wire order
     * @param f5 field 5 in wire order
     * @param f6 field 6 in wire order
     * @param f7 field 7 in wire order
     * @param f8 field 8 in wire order
     * @param f9 field 9 in wire order
     * @param f10 field 10 in wire order
     * @param f11 field 11 in wire order
     * @param f12 field 12 in wire order
     * @param f13 field 13 in wire order
     * @param f14 field 14 in wire order
     * @param f15 field 15 in wire order
     * @param f16 field 16 in wire order
     * @param f17 field 17 in wire order
     * @param constructor builds the record from the decoded fields
     * @param <R> record type
     * @param <T1> field type
     * @param <T2> field type
     * @param <T3> field type
     * @param <T4> field type
     * @param <T5> field type
     * @param <T6> field type
     * @param <T7> field type
     * @param <T8> field type
     * @param <T9> field type
     * @param <T10> field type
     * @param <T11> field type
     * @param <T12> field type
     * @param <T13> field type
     * @param <T14> field type
     * @param <T15> field type
     * @param <T16> field type
     * @param <T17> field type
     * @return the codec
     */
    @SuppressWarnings("unchecked")
    public static <R, T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16, T17> StructCodec<R> of(
            Field<R, T1> f1,
            Field<R, T2> f2,
            Field<R, T3> f3,
            Field<R, T4> f4,
            Field<R, T5> f5,
            Field<R, T6> f6,
            Field<R, T7> f7,
            Field<R, T8> f8,
            Field<R, T9> f9,
            Field<R, T10> f10,
            Field<R, T11> f11,
            Field<R, T12> f12,
            Field<R, T13> f13,
            Field<R, T14> f14,
            Field<R, T15> f15,
            Field<R, T16> f16,
            Field<R, T17> f17,
            Constructor17<T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16, T17, R> constructor) {
        Objects.requireNonNull(constructor, "constructor");
        return new StructCodec<>(
                List.of(f1, f2, f3, f4, f5, f6, f7, f8, f9, f10, f11, f12, f13, f14, f15, f16, f17),
                v -> constructor.create(
                        (T1) v[0],
                        (T2) v[1],
                        (T3) v[2],
                        (T4) v[3],
                        (T5) v[4],
                        (T6) v[5],
                        (T7) v[6],
                        (T8) v[7],
                        (T9) v[8],
                        (T10) v[9],
                        (T11) v[10],
                        (T12) v[11],
                        (T13) v[12],
                        (T14) v[13],
                        (T15) v[14],
                        (T16) v[15],
                        (T17) v[16]));
    }

    /**
     * A record codec of 18 fields.
     *
     * @param f1 field 1 in wire order
     * @param f2 field 2 in wire order
     * @param f3 field 3 in wire order
     * @param f4 field 4 in wire order
     * @param f5 field 5 in wire order
     * @param f6 field 6 in wire order
     * @param f7 field 7 in wire order
     * @param f8 field 8 in wire order
     * @param f9 field 9 in wire order
     * @param f10 field 10 in wire order
     * @param f11 field 11 in wire order
     * @param f12 field 12 in wire order
     * @param f13 field 13 in wire order
     * @param f14 field 14 in wire order
     * @param f15 field 15 in wire order
     * @param f16 field 16 in wire order
     * @param f17 field 17 in wire order
     * @param f18 field 18 in wire order
     * @param constructor builds the record from the decoded fields
     * @param <R> record type
     * @param <T1> field type
     * @param <T2> field type
     * @param <T3> field type
     * @param <T4> field type
     * @param <T5> field type
     * @param <T6> field type
     * @param <T7> field type
     * @param <T8> field type
     * @param <T9> field type
     * @param <T10> field type
     * @param <T11> field type
     * @param <T12> field type
     * @param <T13> field type
     * @param <T14> field type
     * @param <T15> field type
     * @param <T16> field type
     * @param <T17> field type
     * @param <T18> field type
     * @return the codec
     */
    @SuppressWarnings("unchecked")
    public static <R, T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16, T17, T18>
            StructCodec<R> of(
                    Field<R, T1> f1,
                    Field<R, T2> f2,
                    Field<R, T3> f3,
                    Field<R, T4> f4,
                    Field<R, T5> f5,
                    Field<R, T6> f6,
                    Field<R, T7> f7,
                    Field<R, T8> f8,
                    Field<R, T9> f9,
                    Field<R, T10> f10,
                    Field<R, T11> f11,
                    Field<R, T12> f12,
                    Field<R, T13> f13,
                    Field<R, T14> f14,
                    Field<R, T15> f15,
                    Field<R, T16> f16,
                    Field<R, T17> f17,
                    Field<R, T18> f18,
                    Constructor18<T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16, T17, T18, R>
                            constructor) {
        Objects.requireNonNull(constructor, "constructor");
        return new StructCodec<>(
                List.of(f1, f2, f3, f4, f5, f6, f7, f8, f9, f10, f11, f12, f13, f14, f15, f16, f17, f18),
                v -> constructor.create(
                        (T1) v[0],
                        (T2) v[1],
                        (T3) v[2],
                        (T4) v[3],
                        (T5) v[4],
                        (T6) v[5],
                        (T7) v[6],
                        (T8) v[7],
                        (T9) v[8],
                        (T10) v[9],
                        (T11) v[10],
                        (T12) v[11],
                        (T13) v[12],
                        (T14) v[13],
                        (T15) v[14],
                        (T16) v[15],
                        (T17) v[16],
                        (T18) v[17]));
    }

    /**
     * A record codec of 19 fields.
     *
     * @param f1 field 1 in wire order
     * @param f2 field 2 in wire order
     * @param f3 field 3 in wire order
     * @param f4 field 4 in wire order
     * @param f5 field 5 in wire order
     * @param f6 field 6 in wire order
     * @param f7 field 7 in wire order
     * @param f8 field 8 in wire order
     * @param f9 field 9 in wire order
     * @param f10 field 10 in wire order
     * @param f11 field 11 in wire order
     * @param f12 field 12 in wire order
     * @param f13 field 13 in wire order
     * @param f14 field 14 in wire order
     * @param f15 field 15 in wire order
     * @param f16 field 16 in wire order
     * @param f17 field 17 in wire order
     * @param f18 field 18 in wire order
     * @param f19 field 19 in wire order
     * @param constructor builds the record from the decoded fields
     * @param <R> record type
     * @param <T1> field type
     * @param <T2> field type
     * @param <T3> field type
     * @param <T4> field type
     * @param <T5> field type
     * @param <T6> field type
     * @param <T7> field type
     * @param <T8> field type
     * @param <T9> field type
     * @param <T10> field type
     * @param <T11> field type
     * @param <T12> field type
     * @param <T13> field type
     * @param <T14> field type
     * @param <T15> field type
     * @param <T16> field type
     * @param <T17> field type
     * @param <T18> field type
     * @param <T19> field type
     * @return the codec
     */
    @SuppressWarnings("unchecked")
    public static <R, T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16, T17, T18, T19>
            StructCodec<R> of(
                    Field<R, T1> f1,
                    Field<R, T2> f2,
                    Field<R, T3> f3,
                    Field<R, T4> f4,
                    Field<R, T5> f5,
                    Field<R, T6> f6,
                    Field<R, T7> f7,
                    Field<R, T8> f8,
                    Field<R, T9> f9,
                    Field<R, T10> f10,
                    Field<R, T11> f11,
                    Field<R, T12> f12,
                    Field<R, T13> f13,
                    Field<R, T14> f14,
                    Field<R, T15> f15,
                    Field<R, T16> f16,
                    Field<R, T17> f17,
                    Field<R, T18> f18,
                    Field<R, T19> f19,
                    Constructor19<
                                    T1,
                                    T2,
                                    T3,
                                    T4,
                                    T5,
                                    T6,
                                    T7,
                                    T8,
                                    T9,
                                    T10,
                                    T11,
                                    T12,
                                    T13,
                                    T14,
                                    T15,
                                    T16,
                                    T17,
                                    T18,
                                    T19,
                                    R>
                            constructor) {
        Objects.requireNonNull(constructor, "constructor");
        return new StructCodec<>(
                List.of(f1, f2, f3, f4, f5, f6, f7, f8, f9, f10, f11, f12, f13, f14, f15, f16, f17, f18, f19),
                v -> constructor.create(
                        (T1) v[0],
                        (T2) v[1],
                        (T3) v[2],
                        (T4) v[3],
                        (T5) v[4],
                        (T6) v[5],
                        (T7) v[6],
                        (T8) v[7],
                        (T9) v[8],
                        (T10) v[9],
                        (T11) v[10],
                        (T12) v[11],
                        (T13) v[12],
                        (T14) v[13],
                        (T15) v[14],
                        (T16) v[15],
                        (T17) v[16],
                        (T18) v[17],
                        (T19) v[18]));
    }

    /**
     * A record codec of 20 fields.
     *
     * @param f1 field 1 in wire order
     * @param f2 field 2 in wire order
     * @param f3 field 3 in wire order
     * @param f4 field 4 in wire order
     * @param f5 field 5 in wire order
     * @param f6 field 6 in wire order
     * @param f7 field 7 in wire order
     * @param f8 field 8 in wire order
     * @param f9 field 9 in wire order
     * @param f10 field 10 in wire order
     * @param f11 field 11 in wire order
     * @param f12 field 12 in wire order
     * @param f13 field 13 in wire order
     * @param f14 field 14 in wire order
     * @param f15 field 15 in wire order
     * @param f16 field 16 in wire order
     * @param f17 field 17 in wire order
     * @param f18 field 18 in wire order
     * @param f19 field 19 in wire order
     * @param f20 field 20 in wire order
     * @param constructor builds the record from the decoded fields
     * @param <R> record type
     * @param <T1> field type
     * @param <T2> field type
     * @param <T3> field type
     * @param <T4> field type
     * @param <T5> field type
     * @param <T6> field type
     * @param <T7> field type
     * @param <T8> field type
     * @param <T9> field type
     * @param <T10> field type
     * @param <T11> field type
     * @param <T12> field type
     * @param <T13> field type
     * @param <T14> field type
     * @param <T15> field type
     * @param <T16> field type
     * @param <T17> field type
     * @param <T18> field type
     * @param <T19> field type
     * @param <T20> field type
     * @return the codec
     */
    @SuppressWarnings("unchecked")
    public static <R, T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16, T17, T18, T19, T20>
            StructCodec<R> of(
                    Field<R, T1> f1,
                    Field<R, T2> f2,
                    Field<R, T3> f3,
                    Field<R, T4> f4,
                    Field<R, T5> f5,
                    Field<R, T6> f6,
                    Field<R, T7> f7,
                    Field<R, T8> f8,
                    Field<R, T9> f9,
                    Field<R, T10> f10,
                    Field<R, T11> f11,
                    Field<R, T12> f12,
                    Field<R, T13> f13,
                    Field<R, T14> f14,
                    Field<R, T15> f15,
                    Field<R, T16> f16,
                    Field<R, T17> f17,
                    Field<R, T18> f18,
                    Field<R, T19> f19,
                    Field<R, T20> f20,
                    Constructor20<
                                    T1,
                                    T2,
                                    T3,
                                    T4,
                                    T5,
                                    T6,
                                    T7,
                                    T8,
                                    T9,
                                    T10,
                                    T11,
                                    T12,
                                    T13,
                                    T14,
                                    T15,
                                    T16,
                                    T17,
                                    T18,
                                    T19,
                                    T20,
                                    R>
                            constructor) {
        Objects.requireNonNull(constructor, "constructor");
        return new StructCodec<>(
                List.of(f1, f2, f3, f4, f5, f6, f7, f8, f9, f10, f11, f12, f13, f14, f15, f16, f17, f18, f19, f20),
                v -> constructor.create(
                        (T1) v[0],
                        (T2) v[1],
                        (T3) v[2],
                        (T4) v[3],
                        (T5) v[4],
                        (T6) v[5],
                        (T7) v[6],
                        (T8) v[7],
                        (T9) v[8],
                        (T10) v[9],
                        (T11) v[10],
                        (T12) v[11],
                        (T13) v[12],
                        (T14) v[13],
                        (T15) v[14],
                        (T16) v[15],
                        (T17) v[16],
                        (T18) v[17],
                        (T19) v[18],
                        (T20) v[19]));
    }

    /**
     * A record codec of 21 fields.
     *
     * @param f1 field 1 in wire order
     * @param f2 field 2 in wire order
     * @param f3 field 3 in wire order
     * @param f4 field 4 in wire order
     * @param f5 field 5 in wire order
     * @param f6 field 6 in wire order
     * @param f7 field 7 in wire order
     * @param f8 field 8 in wire order
     * @param f9 field 9 in wire order
     * @param f10 field 10 in wire order
     * @param f11 field 11 in wire order
     * @param f12 field 12 in wire order
     * @param f13 field 13 in wire order
     * @param f14 field 14 in wire order
     * @param f15 field 15 in wire order
     * @param f16 field 16 in wire order
     * @param f17 field 17 in wire order
     * @param f18 field 18 in wire order
     * @param f19 field 19 in wire order
     * @param f20 field 20 in wire order
     * @param f21 field 21 in wire order
     * @param constructor builds the record from the decoded fields
     * @param <R> record type
     * @param <T1> field type
     * @param <T2> field type
     * @param <T3> field type
     * @param <T4> field type
     * @param <T5> field type
     * @param <T6> field type
     * @param <T7> field type
     * @param <T8> field type
     * @param <T9> field type
     * @param <T10> field type
     * @param <T11> field type
     * @param <T12> field type
     * @param <T13> field type
     * @param <T14> field type
     * @param <T15> field type
     * @param <T16> field type
     * @param <T17> field type
     * @param <T18> field type
     * @param <T19> field type
     * @param <T20> field type
     * @param <T21> field type
     * @return the codec
     */
    @SuppressWarnings("unchecked")
    public static <R, T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16, T17, T18, T19, T20, T21>
            StructCodec<R> of(
                    Field<R, T1> f1,
                    Field<R, T2> f2,
                    Field<R, T3> f3,
                    Field<R, T4> f4,
                    Field<R, T5> f5,
                    Field<R, T6> f6,
                    Field<R, T7> f7,
                    Field<R, T8> f8,
                    Field<R, T9> f9,
                    Field<R, T10> f10,
                    Field<R, T11> f11,
                    Field<R, T12> f12,
                    Field<R, T13> f13,
                    Field<R, T14> f14,
                    Field<R, T15> f15,
                    Field<R, T16> f16,
                    Field<R, T17> f17,
                    Field<R, T18> f18,
                    Field<R, T19> f19,
                    Field<R, T20> f20,
                    Field<R, T21> f21,
                    Constructor21<
                                    T1,
                                    T2,
                                    T3,
                                    T4,
                                    T5,
                                    T6,
                                    T7,
                                    T8,
                                    T9,
                                    T10,
                                    T11,
                                    T12,
                                    T13,
                                    T14,
                                    T15,
                                    T16,
                                    T17,
                                    T18,
                                    T19,
                                    T20,
                                    T21,
                                    R>
                            constructor) {
        Objects.requireNonNull(constructor, "constructor");
        return new StructCodec<>(
                List.of(f1, f2, f3, f4, f5, f6, f7, f8, f9, f10, f11, f12, f13, f14, f15, f16, f17, f18, f19, f20, f21),
                v -> constructor.create(
                        (T1) v[0],
                        (T2) v[1],
                        (T3) v[2],
                        (T4) v[3],
                        (T5) v[4],
                        (T6) v[5],
                        (T7) v[6],
                        (T8) v[7],
                        (T9) v[8],
                        (T10) v[9],
                        (T11) v[10],
                        (T12) v[11],
                        (T13) v[12],
                        (T14) v[13],
                        (T15) v[14],
                        (T16) v[15],
                        (T17) v[16],
                        (T18) v[17],
                        (T19) v[18],
                        (T20) v[19],
                        (T21) v[20]));
    }

    /**
     * A record codec of 22 fields.
     *
     * @param f1 field 1 in wire order
     * @param f2 field 2 in wire order
     * @param f3 field 3 in wire order
     * @param f4 field 4 in wire order
     * @param f5 field 5 in wire order
     * @param f6 field 6 in wire order
     * @param f7 field 7 in wire order
     * @param f8 field 8 in wire order
     * @param f9 field 9 in wire order
     * @param f10 field 10 in wire order
     * @param f11 field 11 in wire order
     * @param f12 field 12 in wire order
     * @param f13 field 13 in wire order
     * @param f14 field 14 in wire order
     * @param f15 field 15 in wire order
     * @param f16 field 16 in wire order
     * @param f17 field 17 in wire order
     * @param f18 field 18 in wire order
     * @param f19 field 19 in wire order
     * @param f20 field 20 in wire order
     * @param f21 field 21 in wire order
     * @param f22 field 22 in wire order
     * @param constructor builds the record from the decoded fields
     * @param <R> record type
     * @param <T1> field type
     * @param <T2> field type
     * @param <T3> field type
     * @param <T4> field type
     * @param <T5> field type
     * @param <T6> field type
     * @param <T7> field type
     * @param <T8> field type
     * @param <T9> field type
     * @param <T10> field type
     * @param <T11> field type
     * @param <T12> field type
     * @param <T13> field type
     * @param <T14> field type
     * @param <T15> field type
     * @param <T16> field type
     * @param <T17> field type
     * @param <T18> field type
     * @param <T19> field type
     * @param <T20> field type
     * @param <T21> field type
     * @param <T22> field type
     * @return the codec
     */
    @SuppressWarnings("unchecked")
    public static <
                    R,
                    T1,
                    T2,
                    T3,
                    T4,
                    T5,
                    T6,
                    T7,
                    T8,
                    T9,
                    T10,
                    T11,
                    T12,
                    T13,
                    T14,
                    T15,
                    T16,
                    T17,
                    T18,
                    T19,
                    T20,
                    T21,
                    T22>
            StructCodec<R> of(
                    Field<R, T1> f1,
                    Field<R, T2> f2,
                    Field<R, T3> f3,
                    Field<R, T4> f4,
                    Field<R, T5> f5,
                    Field<R, T6> f6,
                    Field<R, T7> f7,
                    Field<R, T8> f8,
                    Field<R, T9> f9,
                    Field<R, T10> f10,
                    Field<R, T11> f11,
                    Field<R, T12> f12,
                    Field<R, T13> f13,
                    Field<R, T14> f14,
                    Field<R, T15> f15,
                    Field<R, T16> f16,
                    Field<R, T17> f17,
                    Field<R, T18> f18,
                    Field<R, T19> f19,
                    Field<R, T20> f20,
                    Field<R, T21> f21,
                    Field<R, T22> f22,
                    Constructor22<
                                    T1,
                                    T2,
                                    T3,
                                    T4,
                                    T5,
                                    T6,
                                    T7,
                                    T8,
                                    T9,
                                    T10,
                                    T11,
                                    T12,
                                    T13,
                                    T14,
                                    T15,
                                    T16,
                                    T17,
                                    T18,
                                    T19,
                                    T20,
                                    T21,
                                    T22,
                                    R>
                            constructor) {
        Objects.requireNonNull(constructor, "constructor");
        return new StructCodec<>(
                List.of(
                        f1, f2, f3, f4, f5, f6, f7, f8, f9, f10, f11, f12, f13, f14, f15, f16, f17, f18, f19, f20, f21,
                        f22),
                v -> constructor.create(
                        (T1) v[0],
                        (T2) v[1],
                        (T3) v[2],
                        (T4) v[3],
                        (T5) v[4],
                        (T6) v[5],
                        (T7) v[6],
                        (T8) v[7],
                        (T9) v[8],
                        (T10) v[9],
                        (T11) v[10],
                        (T12) v[11],
                        (T13) v[12],
                        (T14) v[13],
                        (T15) v[14],
                        (T16) v[15],
                        (T17) v[16],
                        (T18) v[17],
                        (T19) v[18],
                        (T20) v[19],
                        (T21) v[20],
                        (T22) v[21]));
    }

    /**
     * A record codec of 23 fields.
     *
     * @param f1 field 1 in wire order
     * @param f2 field 2 in wire order
     * @param f3 field 3 in wire order
     * @param f4 field 4 in wire order
     * @param f5 field 5 in wire order
     * @param f6 field 6 in wire order
     * @param f7 field 7 in wire order
     * @param f8 field 8 in wire order
     * @param f9 field 9 in wire order
     * @param f10 field 10 in wire order
     * @param f11 field 11 in wire order
     * @param f12 field 12 in wire order
     * @param f13 field 13 in wire order
     * @param f14 field 14 in wire order
     * @param f15 field 15 in wire order
     * @param f16 field 16 in wire order
     * @param f17 field 17 in wire order
     * @param f18 field 18 in wire order
     * @param f19 field 19 in wire order
     * @param f20 field 20 in wire order
     * @param f21 field 21 in wire order
     * @param f22 field 22 in wire order
     * @param f23 field 23 in wire order
     * @param constructor builds the record from the decoded fields
     * @param <R> record type
     * @param <T1> field type
     * @param <T2> field type
     * @param <T3> field type
     * @param <T4> field type
     * @param <T5> field type
     * @param <T6> field type
     * @param <T7> field type
     * @param <T8> field type
     * @param <T9> field type
     * @param <T10> field type
     * @param <T11> field type
     * @param <T12> field type
     * @param <T13> field type
     * @param <T14> field type
     * @param <T15> field type
     * @param <T16> field type
     * @param <T17> field type
     * @param <T18> field type
     * @param <T19> field type
     * @param <T20> field type
     * @param <T21> field type
     * @param <T22> field type
     * @param <T23> field type
     * @return the codec
     */
    @SuppressWarnings("unchecked")
    public static <
                    R,
                    T1,
                    T2,
                    T3,
                    T4,
                    T5,
                    T6,
                    T7,
                    T8,
                    T9,
                    T10,
                    T11,
                    T12,
                    T13,
                    T14,
                    T15,
                    T16,
                    T17,
                    T18,
                    T19,
                    T20,
                    T21,
                    T22,
                    T23>
            StructCodec<R> of(
                    Field<R, T1> f1,
                    Field<R, T2> f2,
                    Field<R, T3> f3,
                    Field<R, T4> f4,
                    Field<R, T5> f5,
                    Field<R, T6> f6,
                    Field<R, T7> f7,
                    Field<R, T8> f8,
                    Field<R, T9> f9,
                    Field<R, T10> f10,
                    Field<R, T11> f11,
                    Field<R, T12> f12,
                    Field<R, T13> f13,
                    Field<R, T14> f14,
                    Field<R, T15> f15,
                    Field<R, T16> f16,
                    Field<R, T17> f17,
                    Field<R, T18> f18,
                    Field<R, T19> f19,
                    Field<R, T20> f20,
                    Field<R, T21> f21,
                    Field<R, T22> f22,
                    Field<R, T23> f23,
                    Constructor23<
                                    T1,
                                    T2,
                                    T3,
                                    T4,
                                    T5,
                                    T6,
                                    T7,
                                    T8,
                                    T9,
                                    T10,
                                    T11,
                                    T12,
                                    T13,
                                    T14,
                                    T15,
                                    T16,
                                    T17,
                                    T18,
                                    T19,
                                    T20,
                                    T21,
                                    T22,
                                    T23,
                                    R>
                            constructor) {
        Objects.requireNonNull(constructor, "constructor");
        return new StructCodec<>(
                List.of(
                        f1, f2, f3, f4, f5, f6, f7, f8, f9, f10, f11, f12, f13, f14, f15, f16, f17, f18, f19, f20, f21,
                        f22, f23),
                v -> constructor.create(
                        (T1) v[0],
                        (T2) v[1],
                        (T3) v[2],
                        (T4) v[3],
                        (T5) v[4],
                        (T6) v[5],
                        (T7) v[6],
                        (T8) v[7],
                        (T9) v[8],
                        (T10) v[9],
                        (T11) v[10],
                        (T12) v[11],
                        (T13) v[12],
                        (T14) v[13],
                        (T15) v[14],
                        (T16) v[15],
                        (T17) v[16],
                        (T18) v[17],
                        (T19) v[18],
                        (T20) v[19],
                        (T21) v[20],
                        (T22) v[21],
                        (T23) v[22]));
    }

    /**
     * A record codec of 24 fields.
     *
     * @param f1 field 1 in wire order
     * @param f2 field 2 in wire order
     * @param f3 field 3 in wire order
     * @param f4 field 4 in wire order
     * @param f5 field 5 in wire order
     * @param f6 field 6 in wire order
     * @param f7 field 7 in wire order
     * @param f8 field 8 in wire order
     * @param f9 field 9 in wire order
     * @param f10 field 10 in wire order
     * @param f11 field 11 in wire order
     * @param f12 field 12 in wire order
     * @param f13 field 13 in wire order
     * @param f14 field 14 in wire order
     * @param f15 field 15 in wire order
     * @param f16 field 16 in wire order
     * @param f17 field 17 in wire order
     * @param f18 field 18 in wire order
     * @param f19 field 19 in wire order
     * @param f20 field 20 in wire order
     * @param f21 field 21 in wire order
     * @param f22 field 22 in wire order
     * @param f23 field 23 in wire order
     * @param f24 field 24 in wire order
     * @param constructor builds the record from the decoded fields
     * @param <R> record type
     * @param <T1> field type
     * @param <T2> field type
     * @param <T3> field type
     * @param <T4> field type
     * @param <T5> field type
     * @param <T6> field type
     * @param <T7> field type
     * @param <T8> field type
     * @param <T9> field type
     * @param <T10> field type
     * @param <T11> field type
     * @param <T12> field type
     * @param <T13> field type
     * @param <T14> field type
     * @param <T15> field type
     * @param <T16> field type
     * @param <T17> field type
     * @param <T18> field type
     * @param <T19> field type
     * @param <T20> field type
     * @param <T21> field type
     * @param <T22> field type
     * @param <T23> field type
     * @param <T24> field type
     * @return the codec
     */
    @SuppressWarnings("unchecked")
    public static <
                    R,
                    T1,
                    T2,
                    T3,
                    T4,
                    T5,
                    T6,
                    T7,
                    T8,
                    T9,
                    T10,
                    T11,
                    T12,
                    T13,
                    T14,
                    T15,
                    T16,
                    T17,
                    T18,
                    T19,
                    T20,
                    T21,
                    T22,
                    T23,
                    T24>
            StructCodec<R> of(
                    Field<R, T1> f1,
                    Field<R, T2> f2,
                    Field<R, T3> f3,
                    Field<R, T4> f4,
                    Field<R, T5> f5,
                    Field<R, T6> f6,
                    Field<R, T7> f7,
                    Field<R, T8> f8,
                    Field<R, T9> f9,
                    Field<R, T10> f10,
                    Field<R, T11> f11,
                    Field<R, T12> f12,
                    Field<R, T13> f13,
                    Field<R, T14> f14,
                    Field<R, T15> f15,
                    Field<R, T16> f16,
                    Field<R, T17> f17,
                    Field<R, T18> f18,
                    Field<R, T19> f19,
                    Field<R, T20> f20,
                    Field<R, T21> f21,
                    Field<R, T22> f22,
                    Field<R, T23> f23,
                    Field<R, T24> f24,
                    Constructor24<
                                    T1,
                                    T2,
                                    T3,
                                    T4,
                                    T5,
                                    T6,
                                    T7,
                                    T8,
                                    T9,
                                    T10,
                                    T11,
                                    T12,
                                    T13,
                                    T14,
                                    T15,
                                    T16,
                                    T17,
                                    T18,
                                    T19,
                                    T20,
                                    T21,
                                    T22,
                                    T23,
                                    T24,
                                    R>
                            constructor) {
        Objects.requireNonNull(constructor, "constructor");
        return new StructCodec<>(
                List.of(
                        f1, f2, f3, f4, f5, f6, f7, f8, f9, f10, f11, f12, f13, f14, f15, f16, f17, f18, f19, f20, f21,
                        f22, f23, f24),
                v -> constructor.create(
                        (T1) v[0],
                        (T2) v[1],
                        (T3) v[2],
                        (T4) v[3],
                        (T5) v[4],
                        (T6) v[5],
                        (T7) v[6],
                        (T8) v[7],
                        (T9) v[8],
                        (T10) v[9],
                        (T11) v[10],
                        (T12) v[11],
                        (T13) v[12],
                        (T14) v[13],
                        (T15) v[14],
                        (T16) v[15],
                        (T17) v[16],
                        (T18) v[17],
                        (T19) v[18],
                        (T20) v[19],
                        (T21) v[20],
                        (T22) v[21],
                        (T23) v[22],
                        (T24) v[23]));
    }
}

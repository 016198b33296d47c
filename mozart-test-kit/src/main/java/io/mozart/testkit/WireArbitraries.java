package io.mozart.testkit;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * jqwik arbitraries for every field template of {@code io.mozart.encore.codec.Codecs}: the integer
 * widths with their wire ranges, floats, booleans, text that respects the {@code cstr} rules (no NUL,
 * no lone surrogate, fits the byte budget), fixed byte arrays and lists.
 */
public final class WireArbitraries {

    private WireArbitraries() {}

    /** @return any {@code u8} ({@code Codecs.U8}) */
    public static Arbitrary<Integer> u8() {
        return Arbitraries.integers().between(0, 0xFF);
    }

    /** @return any {@code i8} ({@code Codecs.I8}) */
    public static Arbitrary<Byte> i8() {
        return Arbitraries.bytes();
    }

    /** @return any {@code u16} ({@code Codecs.U16}) */
    public static Arbitrary<Integer> u16() {
        return Arbitraries.integers().between(0, 0xFFFF);
    }

    /** @return any {@code i16} ({@code Codecs.I16}) */
    public static Arbitrary<Short> i16() {
        return Arbitraries.shorts();
    }

    /** @return any {@code u32} ({@code Codecs.U32}) */
    public static Arbitrary<Long> u32() {
        return Arbitraries.longs().between(0, 0xFFFFFFFFL);
    }

    /** @return any {@code i32} ({@code Codecs.I32}) */
    public static Arbitrary<Integer> i32() {
        return Arbitraries.integers();
    }

    /** @return any {@code i64} ({@code Codecs.I64}) */
    public static Arbitrary<Long> i64() {
        return Arbitraries.longs();
    }

    /** @return any {@code f32} ({@code Codecs.F32}), NaN excluded (its bit patterns need not survive) */
    public static Arbitrary<Float> f32() {
        return Arbitraries.floats();
    }

    /** @return any {@code f64} ({@code Codecs.F64}), NaN excluded */
    public static Arbitrary<Double> f64() {
        return Arbitraries.doubles();
    }

    /** @return any boolean ({@code Codecs.BOOL8}, {@code BOOL16}, {@code BOOL32}) */
    public static Arbitrary<Boolean> bool() {
        return Arbitraries.of(true, false);
    }

    /**
     * Text for an unbounded {@code cstr()}: no U+0000, no lone surrogates; ASCII and BMP text mixed.
     *
     * @param maxChars longest string
     * @return the arbitrary
     */
    public static Arbitrary<String> text(int maxChars) {
        Arbitrary<String> ascii =
                Arbitraries.strings().withCharRange('\u0001', '\u007F').ofMaxLength(maxChars);
        Arbitrary<String> any =
                Arbitraries.strings().withCharRange('\u0001', '\uD7FF').ofMaxLength(maxChars);
        return Arbitraries.oneOf(ascii, any);
    }

    /**
     * Text that fits a {@code cstr(max)} field: at most {@code max - 1} UTF-8 bytes, cut at a character
     * boundary.
     *
     * @param max      the field maximum, terminator included
     * @param maxChars longest string before cutting
     * @return the arbitrary
     */
    public static Arbitrary<String> text(int max, int maxChars) {
        return text(maxChars).map(s -> fit(s, max - 1));
    }

    /**
     * @param s        text
     * @param maxBytes byte budget
     * @return the longest prefix of {@code s} whose UTF-8 form fits
     */
    public static String fit(String s, int maxBytes) {
        StringBuilder sb = new StringBuilder();
        int used = 0;
        for (int i = 0; i < s.length(); i++) {
            int n = String.valueOf(s.charAt(i)).getBytes(StandardCharsets.UTF_8).length;
            if (used + n > maxBytes) {
                break;
            }
            used += n;
            sb.append(s.charAt(i));
        }
        return sb.toString();
    }

    /**
     * @param s a string
     * @return its UTF-8 byte count
     */
    public static int utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }

    /**
     * @param n the fixed length ({@code Codecs.bytes(n)})
     * @return arrays of exactly {@code n} bytes
     */
    public static Arbitrary<byte[]> bytes(int n) {
        return Arbitraries.bytes().array(byte[].class).ofSize(n);
    }

    /**
     * @param maxSize longest array ({@code Codecs.remainingBytes()})
     * @return arrays of 0 to {@code maxSize} bytes
     */
    public static Arbitrary<byte[]> bytesUpTo(int maxSize) {
        return Arbitraries.bytes().array(byte[].class).ofMaxSize(maxSize);
    }

    /**
     * @param element the element arbitrary
     * @param maxSize longest list ({@code Codecs.listI32}, {@code listI16}, {@code listU8}, {@code list})
     * @param <T>     element type
     * @return lists of 0 to {@code maxSize} elements
     */
    public static <T> Arbitrary<List<T>> list(Arbitrary<T> element, int maxSize) {
        return element.list().ofMaxSize(maxSize);
    }

    /**
     * @param element the element arbitrary
     * @param n       the fixed count ({@code Codecs.fixedList})
     * @param <T>     element type
     * @return lists of exactly {@code n} elements
     */
    public static <T> Arbitrary<List<T>> fixedList(Arbitrary<T> element, int n) {
        return element.list().ofSize(n);
    }

    /**
     * @param all arbitraries by record class
     * @return one arbitrary drawing from all of them
     */
    public static Arbitrary<Object> anyOf(Map<Class<?>, Arbitrary<?>> all) {
        List<Arbitrary<Object>> list = new ArrayList<>();
        for (Arbitrary<?> a : all.values()) {
            list.add(a.map(x -> (Object) x));
        }
        return Arbitraries.oneOf(list);
    }
}

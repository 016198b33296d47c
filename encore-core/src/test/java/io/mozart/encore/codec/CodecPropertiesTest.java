package io.mozart.encore.codec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.mozart.encore.protocol.PacketRegistry;
import io.mozart.encore.protocol.UnknownOpcodeException;
import io.mozart.encore.testproto.TestProtocol;
import io.mozart.encore.testproto.TestProtocol.Board;
import io.mozart.encore.testproto.TestProtocol.Line;
import io.mozart.encore.testproto.TestProtocol.Multi;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.Unpooled;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

/** Round-trip properties for every {@link Codecs} template and a composed record. */
class CodecPropertiesTest {

    /** Encodes, checks the byte count when given, decodes, and checks that exactly those bytes were read. */
    static <T> T roundTrip(Codec<T> codec, T value, int expectedBytes) {
        ByteBuf buf = ByteBufAllocator.DEFAULT.buffer();
        try {
            codec.write(buf, value);
            if (expectedBytes >= 0) {
                assertEquals(expectedBytes, buf.readableBytes(), "encoded size");
            }
            T back = codec.read(buf);
            assertFalse(buf.isReadable(), "decode must consume exactly the encoded bytes");
            return back;
        } finally {
            buf.release();
        }
    }

    @Property
    void u8(@ForAll @IntRange(min = 0, max = 255) int v) {
        assertEquals(v, roundTrip(Codecs.U8, v, 1));
    }

    @Property
    void i8(@ForAll byte v) {
        assertEquals(v, roundTrip(Codecs.I8, v, 1));
    }

    @Property
    void u16(@ForAll @IntRange(min = 0, max = 65535) int v) {
        assertEquals(v, roundTrip(Codecs.U16, v, 2));
    }

    @Property
    void i16(@ForAll short v) {
        assertEquals(v, roundTrip(Codecs.I16, v, 2));
    }

    @Property
    void u32(@ForAll @LongRange(min = 0, max = 0xFFFFFFFFL) long v) {
        assertEquals(v, roundTrip(Codecs.U32, v, 4));
    }

    @Property
    void i32(@ForAll int v) {
        assertEquals(v, roundTrip(Codecs.I32, v, 4));
    }

    @Property
    void i64(@ForAll long v) {
        assertEquals(v, roundTrip(Codecs.I64, v, 8));
    }

    @Property
    void f32(@ForAll int bits) {
        float v = Float.intBitsToFloat(bits);
        assertEquals(bits, Float.floatToRawIntBits(roundTrip(Codecs.F32, v, 4)));
    }

    @Property
    void f64(@ForAll long bits) {
        double v = Double.longBitsToDouble(bits);
        assertEquals(bits, Double.doubleToRawLongBits(roundTrip(Codecs.F64, v, 8)));
    }

    @Property
    void bools(@ForAll boolean v) {
        assertEquals(v, roundTrip(Codecs.BOOL8, v, 1));
        assertEquals(v, roundTrip(Codecs.BOOL16, v, 2));
        assertEquals(v, roundTrip(Codecs.BOOL32, v, 4));
    }

    @Property
    void outOfRangeUnsignedValuesAreEncodeErrors(@ForAll @IntRange(min = 256, max = 100_000) int v) {
        ByteBuf buf = Unpooled.buffer();
        try {
            assertThrows(EncodeException.class, () -> Codecs.U8.write(buf, v));
            assertThrows(EncodeException.class, () -> Codecs.U8.write(buf, -v));
        } finally {
            buf.release();
        }
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.strings()
                .all()
                .ofMaxLength(40)
                .filter(s -> s.indexOf('\0') < 0)
                .map(s -> new String(s.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8));
    }

    @Property
    void cstrThatFitsRoundTripsExactly(@ForAll("texts") String s) {
        int len = s.getBytes(StandardCharsets.UTF_8).length;
        assertEquals(s, roundTrip(Codecs.cstr(), s, len + 1));
        assertEquals(s, roundTrip(Codecs.cstr(len + 1), s, len + 1));
    }

    @Property
    void cstrIsCutToTheFieldSize(@ForAll("texts") String s, @ForAll @IntRange(min = 1, max = 30) int max) {
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        int content = Math.min(utf8.length, max - 1);
        String expected = new String(Arrays.copyOf(utf8, content), StandardCharsets.UTF_8);
        assertEquals(expected, roundTrip(Codecs.cstr(max), s, content + 1));
    }

    @Property
    void fixedBytes(@ForAll @Size(max = 64) byte[] b) {
        assertArrayEquals(b, roundTrip(Codecs.bytes(b.length), b, b.length));
    }

    @Property
    void remainingBytes(@ForAll @Size(max = 64) byte[] b) {
        assertArrayEquals(b, roundTrip(Codecs.remainingBytes(), b, b.length));
    }

    @Property
    void prefixedLists(@ForAll @Size(max = 100) List<Integer> values) {
        assertEquals(values, roundTrip(Codecs.listI32(Codecs.I32), values, 4 + 4 * values.size()));
        assertEquals(values, roundTrip(Codecs.listI16(Codecs.I32), values, 2 + 4 * values.size()));
        assertEquals(values, roundTrip(Codecs.listU8(Codecs.I32), values, 1 + 4 * values.size()));
    }

    @Property
    void u8CountsAbove127AreReadUnsigned(@ForAll @IntRange(min = 128, max = 255) int n) {
        List<Integer> values = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            values.add(i & 0xFF);
        }
        assertEquals(values, roundTrip(Codecs.listU8(Codecs.U8), values, 1 + n));
    }

    @Property
    void boundedListsTruncateOnEncode(@ForAll @Size(max = 12) List<Short> values) {
        Codec<List<Short>> codec = Codecs.list(Codecs.CountPrefix.I32, Codecs.I16, 0, 5);
        List<Short> expected = values.subList(0, Math.min(5, values.size()));
        assertEquals(expected, roundTrip(codec, values, 4 + 2 * expected.size()));
    }

    @Property
    void fixedLists(@ForAll @Size(min = 3, max = 3) List<Long> values, @ForAll @Size(max = 6) List<Integer> some) {
        assertEquals(values, roundTrip(Codecs.fixedList(Codecs.I64, 3), values, 24));
        List<Integer> padded = new ArrayList<>(some.subList(0, Math.min(4, some.size())));
        while (padded.size() < 4) {
            padded.add(0);
        }
        assertEquals(padded, roundTrip(Codecs.fixedList(Codecs.I32, 4, 0), some, 16));
    }

    @Property
    void listsToTheEndOfTheFrame(@ForAll @Size(max = 50) List<Short> values) {
        assertEquals(values, roundTrip(Codecs.listRemaining(Codecs.I16), values, 2 * values.size()));
    }

    @Property
    void optionalTails(@ForAll int v, @ForAll boolean present) {
        Integer value = present ? v : null;
        assertEquals(value, roundTrip(Codecs.optional(Codecs.I32), value, present ? 4 : 0));
        assertEquals(value, roundTrip(Codecs.I32.optional(), value, present ? 4 : 0));
    }

    @Property
    void unit(@ForAll int ignored) {
        assertEquals(Multi.INSTANCE, roundTrip(Multi.CODEC, Multi.INSTANCE, 0));
    }

    @Provide
    Arbitrary<Line> lines() {
        return Combinators.combine(
                        Arbitraries.shorts(),
                        Arbitraries.longs().between(0, 0xFFFFFFFFL),
                        Arbitraries.strings().alpha().ofMaxLength(11))
                .as(Line::new);
    }

    @Provide
    Arbitrary<Board> boards() {
        return Combinators.combine(
                        Arbitraries.integers().between(0, 65535),
                        lines().list().ofMaxSize(10),
                        Arbitraries.integers().between(0, 255).list().ofSize(4),
                        lines().list().ofMaxSize(5),
                        Arbitraries.integers().injectNull(0.3))
                .as(Board::new);
    }

    @Property
    void composedRecords(@ForAll("boards") Board board) {
        assertEquals(board, roundTrip(Board.CODEC, board, -1));
        ByteBuf buf = ByteBufAllocator.DEFAULT.buffer();
        try {
            TestProtocol.REGISTRY.encode(board, buf);
            assertEquals(board, TestProtocol.REGISTRY.decode(buf));
        } finally {
            buf.release();
        }
    }

    @Provide
    Arbitrary<Codec<?>> codecs() {
        return Arbitraries.of(List.of(
                Codecs.U8,
                Codecs.I8,
                Codecs.U16,
                Codecs.I16,
                Codecs.U32,
                Codecs.I32,
                Codecs.I64,
                Codecs.F32,
                Codecs.F64,
                Codecs.BOOL8,
                Codecs.BOOL16,
                Codecs.BOOL32,
                Codecs.cstr(),
                Codecs.cstr(5),
                Codecs.bytes(3),
                Codecs.remainingBytes(),
                Codecs.listI32(Codecs.I16),
                Codecs.listI16(Line.CODEC),
                Codecs.listU8(Codecs.cstr(4)),
                Codecs.fixedList(Codecs.I32, 2),
                Codecs.listRemaining(Codecs.I32),
                Codecs.I32.optional(),
                Line.CODEC,
                Board.CODEC));
    }

    @Property(tries = 2000)
    void arbitraryBytesDecodeToAValueOrADecodeException(
            @ForAll("codecs") Codec<?> codec, @ForAll @Size(max = 48) byte[] bytes) {
        ByteBuf buf = Unpooled.wrappedBuffer(bytes);
        try {
            codec.read(buf);
        } catch (DecodeException expected) {
            // the only failure allowed
        } finally {
            buf.release();
        }
    }

    @Property(tries = 2000)
    void arbitraryPayloadsDecodeToAPacketOrAQuietFailure(
            @ForAll @IntRange(min = 0, max = 0x90) int opcode, @ForAll @Size(max = 40) byte[] body) {
        ByteBuf buf = Unpooled.buffer();
        buf.writeShortLE(opcode).writeBytes(body);
        PacketRegistry r = TestProtocol.REGISTRY;
        try {
            Object packet = r.decode(buf);
            assertEquals(r.byOpcode(opcode).type(), packet.getClass());
        } catch (DecodeException | UnknownOpcodeException expected) {
            if (expected instanceof UnknownOpcodeException) {
                assertNull(r.byOpcode(opcode));
            }
        } finally {
            buf.release();
        }
    }
}

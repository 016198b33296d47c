package io.mozart.server.protocol;

import io.mozart.encore.codec.DecodeException;
import io.mozart.encore.protocol.PacketRegistry;
import io.mozart.encore.protocol.PacketType;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Locale;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Test helpers shared by the planet, lobby, messaging and ranking record tests: frames in hex, round trips
 * through a real {@link PacketRegistry}, and string arbitraries that respect the cstr rules.
 */
public final class LobbyFrames {

    private LobbyFrames() {
    }

    /**
     * @param areas the {@code register} methods to include
     * @return a registry holding those areas
     */
    @SafeVarargs
    public static PacketRegistry registry(Consumer<PacketRegistry.Builder>... areas) {
        PacketRegistry.Builder b = PacketRegistry.builder();
        for (Consumer<PacketRegistry.Builder> area : areas) {
            area.accept(b);
        }
        return b.build();
    }

    /**
     * @param hex bytes as in the spec, e.g. {@code "08 00 E6 07 00 00 00 00"}
     * @return the bytes
     */
    public static byte[] hex(String hex) {
        return HexFormat.of().parseHex(hex.replaceAll("\\s+", "").toLowerCase(Locale.ROOT));
    }

    /**
     * @param bytes bytes
     * @return upper-case hex with spaces, as the spec writes frames
     */
    public static String toHex(byte[] bytes) {
        return HexFormat.ofDelimiter(" ").withUpperCase().formatHex(bytes);
    }

    /**
     * Encodes a packet as a complete frame: i16 LE length (payload + 2), opcode, body.
     *
     * @param registry the registry
     * @param packet   the record
     * @return the frame bytes
     */
    public static byte[] frame(PacketRegistry registry, Object packet) {
        ByteBuf payload = Unpooled.buffer();
        try {
            registry.encode(packet, payload);
            int length = payload.readableBytes() + 2;
            assertTrue(length <= Short.MAX_VALUE, "frame too large: " + length);
            byte[] out = new byte[length];
            out[0] = (byte) length;
            out[1] = (byte) (length >> 8);
            payload.readBytes(out, 2, payload.readableBytes());
            return out;
        } finally {
            payload.release();
        }
    }

    /**
     * Decodes a complete frame, checking its length prefix and that the body is consumed exactly.
     *
     * @param registry the registry
     * @param frame    the frame bytes
     * @return the record
     */
    public static Object decodeFrame(PacketRegistry registry, byte[] frame) {
        int length = (frame[0] & 0xFF) | (frame[1] << 8);
        assertEquals(frame.length, length, "length prefix");
        ByteBuf payload = Unpooled.wrappedBuffer(frame, 2, frame.length - 2);
        try {
            Object packet = registry.decode(payload);
            assertFalse(payload.isReadable(), () -> payload.readableBytes() + " bytes left unread");
            return packet;
        } finally {
            payload.release();
        }
    }

    /**
     * Asserts the frame encoding of a packet is exactly the given hex, and that decoding that hex gives it back.
     *
     * @param registry the registry
     * @param packet   the expected record
     * @param hex      the expected frame
     */
    public static void assertWire(PacketRegistry registry, Object packet, String hex) {
        byte[] expected = hex(hex);
        assertEquals(toHex(expected), toHex(frame(registry, packet)), "encoded frame of " + packet);
        assertEquals(packet, decodeFrame(registry, expected), "decoded frame");
    }

    /**
     * Encode → decode → equals, and nothing left over.
     *
     * @param registry the registry
     * @param packet   the record
     * @return the body size in bytes
     */
    public static int assertRoundTrip(PacketRegistry registry, Object packet) {
        byte[] frame = frame(registry, packet);
        assertEquals(packet, decodeFrame(registry, frame));
        return frame.length - 4;
    }

    /**
     * Decoding arbitrary body bytes as the given type yields a record or a {@link DecodeException}, nothing
     * else; a decoded record encodes again without error.
     *
     * @param registry the registry
     * @param type     the record class
     * @param body     arbitrary body bytes
     */
    public static void assertDecodesOrRejects(PacketRegistry registry, Class<?> type, byte[] body) {
        PacketType<?> binding = registry.byClass(type);
        ByteBuf in = Unpooled.wrappedBuffer(body);
        Object value;
        try {
            value = PacketRegistry.decodeBody(binding, in);
        } catch (DecodeException rejected) {
            return;
        } finally {
            in.release();
        }
        assertEquals(type, value.getClass());
        frame(registry, value);
    }

    /**
     * Text for an unbounded cstr: no U+0000, no lone surrogates; ASCII and BMP text mixed.
     *
     * @param maxChars longest string
     * @return the arbitrary
     */
    public static Arbitrary<String> text(int maxChars) {
        Arbitrary<String> ascii = Arbitraries.strings().withCharRange('\u0001', '\u007F').ofMaxLength(maxChars);
        Arbitrary<String> any = Arbitraries.strings().withCharRange('\u0001', '\uD7FF').ofMaxLength(maxChars);
        return Arbitraries.oneOf(ascii, any);
    }

    /**
     * Text that fits a {@code cstr(max)} field: at most {@code max - 1} UTF-8 bytes, cut at a character boundary.
     *
     * @param max the field maximum, terminator included
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
     * Every public top-level record class compiled into the package of {@code anchor} (test helper; lets the
     * registration tests notice a record that was added but never registered).
     *
     * @param anchor any class of the package
     * @return the record classes
     */
    public static java.util.Set<Class<?>> packageRecords(Class<?> anchor) {
        try {
            java.nio.file.Path dir = java.nio.file.Path.of(
                    anchor.getResource(anchor.getSimpleName() + ".class").toURI()).getParent();
            java.util.Set<Class<?>> out = new java.util.HashSet<>();
            try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.list(dir)) {
                for (java.nio.file.Path f : (Iterable<java.nio.file.Path>) files::iterator) {
                    String name = f.getFileName().toString();
                    if (!name.endsWith(".class") || name.contains("$")) {
                        continue;
                    }
                    Class<?> c = Class.forName(anchor.getPackageName() + "." + name.substring(0, name.length() - 6));
                    if (c.isRecord() && java.lang.reflect.Modifier.isPublic(c.getModifiers())) {
                        out.add(c);
                    }
                }
            }
            return out;
        } catch (Exception e) {
            throw new IllegalStateException("cannot list package of " + anchor, e);
        }
    }

    /** @return any {@code u8} */
    public static Arbitrary<Integer> u8() {
        return Arbitraries.integers().between(0, 0xFF);
    }

    /** @return any {@code u16} */
    public static Arbitrary<Integer> u16() {
        return Arbitraries.integers().between(0, 0xFFFF);
    }

    /** @return any {@code u32} */
    public static Arbitrary<Long> u32() {
        return Arbitraries.longs().between(0, 0xFFFFFFFFL);
    }

    /** @return any {@code i32} */
    public static Arbitrary<Integer> i32() {
        return Arbitraries.integers();
    }

    /** @return raw bytes up to 300 long, for the "decode anything" properties */
    public static Arbitrary<byte[]> junk() {
        return Arbitraries.bytes().array(byte[].class).ofMaxSize(300);
    }
}

package io.mozart.server.protocol;

import io.mozart.encore.codec.DecodeException;
import io.mozart.encore.protocol.PacketRegistry;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The one set of wire helpers of the protocol tests (every area): frames in hex, encoding and decoding through a
 * real {@link PacketRegistry}, the round-trip and robust-decoding assertions, and arbitraries that respect the
 * cstr rules.
 */
public final class ProtocolFrames {

    private ProtocolFrames() {
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
    public static String hex(final byte[] bytes) {
        return HexFormat.ofDelimiter(" ").withUpperCase().formatHex(bytes);
    }

    /**
     * @param registry the registry
     * @param packet   a registered record
     * @return the payload: opcode + body
     */
    public static byte[] payload(final PacketRegistry registry, final Object packet) {
        final ByteBuf buf = Unpooled.buffer();
        try {
            registry.encode(packet, buf);
            final byte[] out = new byte[buf.readableBytes()];
            buf.readBytes(out);
            return out;
        } finally {
            buf.release();
        }
    }

    /**
     * Encodes a packet as a complete frame: u16 LE length (payload + 2), opcode, body.
     *
     * @param registry the registry
     * @param packet   the record
     * @return the frame bytes
     */
    public static byte[] frame(final PacketRegistry registry, final Object packet) {
        final byte[] payload = payload(registry, packet);
        final int length = payload.length + 2;
        assertTrue(length <= Short.MAX_VALUE, "frame too large: " + length);
        final byte[] out = new byte[length];
        out[0] = (byte) length;
        out[1] = (byte) (length >> 8);
        System.arraycopy(payload, 0, out, 2, payload.length);
        return out;
    }

    /**
     * @param registry the registry
     * @param packet   a registered record
     * @return body length (payload without the opcode)
     */
    public static int bodyLength(final PacketRegistry registry, final Object packet) {
        return payload(registry, packet).length - 2;
    }

    /**
     * Decodes a payload without checking that it is consumed (the registry ignores bytes after the last field).
     *
     * @param registry the registry
     * @param payload  opcode + body
     * @return the decoded record
     * @throws DecodeException on malformed bytes
     */
    public static Object decodePayload(final PacketRegistry registry, final byte[] payload) {
        final ByteBuf buf = Unpooled.wrappedBuffer(payload);
        try {
            return registry.decode(buf);
        } finally {
            buf.release();
        }
    }

    /**
     * Decodes a complete frame after checking its length prefix; bytes after the record's last field are ignored,
     * as the registry does.
     *
     * @param registry the registry
     * @param frame    length prefix + payload
     * @return the decoded record
     */
    public static Object decodeFrame(final PacketRegistry registry, final byte[] frame) {
        assertEquals(frame.length, lengthPrefix(frame), "length prefix");
        return decodePayload(registry, Arrays.copyOfRange(frame, 2, frame.length));
    }

    /**
     * Decodes a complete frame, checking its length prefix and that the body is consumed exactly.
     *
     * @param registry the registry
     * @param frame    the frame bytes
     * @return the record
     */
    public static Object decodeExactFrame(final PacketRegistry registry, final byte[] frame) {
        assertEquals(frame.length, lengthPrefix(frame), "length prefix");
        final ByteBuf payload = Unpooled.wrappedBuffer(frame, 2, frame.length - 2);
        try {
            final Object packet = registry.decode(payload);
            assertFalse(payload.isReadable(), () -> payload.readableBytes() + " bytes left unread");
            return packet;
        } finally {
            payload.release();
        }
    }

    private static int lengthPrefix(final byte[] frame) {
        return (frame[0] & 0xFF) | (frame[1] & 0xFF) << 8;
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
        assertEquals(hex(expected), hex(frame(registry, packet)), "encoded frame of " + packet);
        assertEquals(packet, decodeExactFrame(registry, expected), "decoded frame");
    }

    /**
     * Encode → decode → equal value and hash code, length prefix right, and nothing left over.
     *
     * @param registry the registry
     * @param packet   the record
     * @return the frame
     */
    public static byte[] assertRoundTrip(final PacketRegistry registry, final Object packet) {
        final byte[] frame = frame(registry, packet);
        final Object back = decodeExactFrame(registry, frame);
        assertEquals(packet, back, () -> "round trip of " + packet + ", frame " + hex(frame));
        assertEquals(packet.hashCode(), back.hashCode(), () -> "hash code after the round trip of " + packet);
        return frame;
    }

    /**
     * Decoding arbitrary body bytes under a registered opcode gives a record of the bound class (which encodes
     * again) or a {@link DecodeException} with a message, nothing else.
     *
     * @param registry the registry
     * @param opcode   a registered opcode
     * @param body     arbitrary body bytes
     */
    public static void assertDecodesOrRejects(final PacketRegistry registry, final int opcode, final byte[] body) {
        final byte[] payload = new byte[body.length + 2];
        payload[0] = (byte) opcode;
        payload[1] = (byte) (opcode >> 8);
        System.arraycopy(body, 0, payload, 2, body.length);
        final Object decoded;
        try {
            decoded = decodePayload(registry, payload);
        } catch (DecodeException expected) {
            assertNotNull(expected.getMessage());
            return;
        } catch (RuntimeException e) {
            fail("decoding " + hex(payload) + " threw " + e);
            return;
        }
        assertNotNull(decoded);
        assertEquals(registry.byOpcode(opcode).type(), decoded.getClass());
        frame(registry, decoded);
    }

    /**
     * Damages a valid encoding (one byte replaced, or the body cut at a position) and checks that decoding gives
     * a record or a DecodeException, as {@link #assertDecodesOrRejects}.
     *
     * @param registry the registry
     * @param record   a record
     * @param position where to damage (any int; reduced into the body)
     * @param value    the replacement byte
     * @param truncate cut instead of replace
     */
    public static void assertDamagedDecodesOrRejects(final PacketRegistry registry, final Object record,
                                                     final int position, final byte value, final boolean truncate) {
        final byte[] payload = payload(registry, record);
        if (payload.length == 2) {
            return;
        }
        final int at = 2 + Math.floorMod(position, payload.length - 2);
        final byte[] body;
        if (truncate) {
            body = Arrays.copyOfRange(payload, 2, at);
        } else {
            payload[at] = value;
            body = Arrays.copyOfRange(payload, 2, payload.length);
        }
        final int opcode = (payload[0] & 0xFF) | (payload[1] & 0xFF) << 8;
        assertDecodesOrRejects(registry, opcode, body);
    }

    /**
     * @param all arbitraries by class
     * @return one arbitrary drawing from all of them
     */
    public static Arbitrary<Object> anyOf(final Map<Class<?>, Arbitrary<?>> all) {
        final List<Arbitrary<Object>> list = new ArrayList<>();
        for (Arbitrary<?> a : all.values()) {
            list.add(a.map(x -> (Object) x));
        }
        return Arbitraries.oneOf(list);
    }

    /**
     * @param s a string
     * @return its UTF-8 byte count
     */
    public static int utf8(final String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
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
}

package io.mozart.server.protocol;

import io.mozart.encore.codec.DecodeException;
import io.mozart.encore.protocol.PacketRegistry;
import io.mozart.testkit.CodecFrames;
import io.mozart.testkit.WireArbitraries;
import java.util.Map;
import java.util.function.Consumer;
import net.jqwik.api.Arbitrary;

/**
 * The wire helpers of the protocol tests (every area), by the names the area tests use: frames in hex, encoding
 * and decoding through a real {@link PacketRegistry}, the round-trip and robust-decoding assertions, and
 * arbitraries that respect the cstr rules. The work is done by the published test kit ({@link CodecFrames},
 * {@link WireArbitraries}); {@link DecodeException} is what the decode assertions accept.
 */
public final class ProtocolFrames {

    private ProtocolFrames() {}

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
        return CodecFrames.hex(hex);
    }

    /**
     * @param bytes bytes
     * @return upper-case hex with spaces, as the spec writes frames
     */
    public static String hex(byte[] bytes) {
        return CodecFrames.hex(bytes);
    }

    /**
     * @param registry the registry
     * @param packet   a registered record
     * @return the payload: opcode + body
     */
    public static byte[] payload(PacketRegistry registry, Object packet) {
        return CodecFrames.payload(registry, packet);
    }

    /**
     * Encodes a packet as a complete frame: u16 LE length (payload + 2), opcode, body.
     *
     * @param registry the registry
     * @param packet   the record
     * @return the frame bytes
     */
    public static byte[] frame(PacketRegistry registry, Object packet) {
        return CodecFrames.frame(registry, packet);
    }

    /**
     * @param registry the registry
     * @param packet   a registered record
     * @return body length (payload without the opcode)
     */
    public static int bodyLength(PacketRegistry registry, Object packet) {
        return CodecFrames.bodyLength(registry, packet);
    }

    /**
     * Decodes a payload without checking that it is consumed (the registry ignores bytes after the last field).
     *
     * @param registry the registry
     * @param payload  opcode + body
     * @return the decoded record
     * @throws DecodeException on malformed bytes
     */
    public static Object decodePayload(PacketRegistry registry, byte[] payload) {
        return CodecFrames.decodePayload(registry, payload);
    }

    /**
     * Decodes a complete frame after checking its length prefix; bytes after the record's last field are ignored,
     * as the registry does.
     *
     * @param registry the registry
     * @param frame    length prefix + payload
     * @return the decoded record
     */
    public static Object decodeFrame(PacketRegistry registry, byte[] frame) {
        return CodecFrames.decodeFrame(registry, frame);
    }

    /**
     * Decodes a complete frame, checking its length prefix and that the body is consumed exactly.
     *
     * @param registry the registry
     * @param frame    the frame bytes
     * @return the record
     */
    public static Object decodeExactFrame(PacketRegistry registry, byte[] frame) {
        return CodecFrames.decodeExactFrame(registry, frame);
    }

    /**
     * Asserts the frame encoding of a packet is exactly the given hex, and that decoding that hex gives it back.
     *
     * @param registry the registry
     * @param packet   the expected record
     * @param hex      the expected frame
     */
    public static void assertWire(PacketRegistry registry, Object packet, String hex) {
        CodecFrames.assertWire(registry, packet, hex);
    }

    /**
     * Encode → decode → equal value and hash code, length prefix right, and nothing left over.
     *
     * @param registry the registry
     * @param packet   the record
     * @return the frame
     */
    public static byte[] assertRoundTrip(PacketRegistry registry, Object packet) {
        return CodecFrames.assertRoundTrip(registry, packet);
    }

    /**
     * Decoding arbitrary body bytes under a registered opcode gives a record of the bound class (which encodes
     * again) or a {@link DecodeException} with a message, nothing else.
     *
     * @param registry the registry
     * @param opcode   a registered opcode
     * @param body     arbitrary body bytes
     */
    public static void assertDecodesOrRejects(PacketRegistry registry, int opcode, byte[] body) {
        CodecFrames.assertDecodesOrRejects(registry, opcode, body);
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
    public static void assertDamagedDecodesOrRejects(
            PacketRegistry registry, Object record, int position, byte value, boolean truncate) {
        CodecFrames.assertDamagedDecodesOrRejects(registry, record, position, value, truncate);
    }

    /**
     * @param all arbitraries by class
     * @return one arbitrary drawing from all of them
     */
    public static Arbitrary<Object> anyOf(Map<Class<?>, Arbitrary<?>> all) {
        return WireArbitraries.anyOf(all);
    }

    /**
     * @param s a string
     * @return its UTF-8 byte count
     */
    public static int utf8(String s) {
        return WireArbitraries.utf8(s);
    }

    /**
     * Text for an unbounded cstr: no U+0000, no lone surrogates; ASCII and BMP text mixed.
     *
     * @param maxChars longest string
     * @return the arbitrary
     */
    public static Arbitrary<String> text(int maxChars) {
        return WireArbitraries.text(maxChars);
    }

    /**
     * Text that fits a {@code cstr(max)} field: at most {@code max - 1} UTF-8 bytes, cut at a character boundary.
     *
     * @param max the field maximum, terminator included
     * @return the arbitrary
     */
    public static Arbitrary<String> text(int max, int maxChars) {
        return WireArbitraries.text(max, maxChars);
    }

    /**
     * @param s        text
     * @param maxBytes byte budget
     * @return the longest prefix of {@code s} whose UTF-8 form fits
     */
    public static String fit(String s, int maxBytes) {
        return WireArbitraries.fit(s, maxBytes);
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
            java.nio.file.Path dir = java.nio.file.Path.of(anchor.getResource(anchor.getSimpleName() + ".class")
                            .toURI())
                    .getParent();
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
        return WireArbitraries.u8();
    }

    /** @return any {@code u16} */
    public static Arbitrary<Integer> u16() {
        return WireArbitraries.u16();
    }

    /** @return any {@code u32} */
    public static Arbitrary<Long> u32() {
        return WireArbitraries.u32();
    }

    /** @return any {@code i32} */
    public static Arbitrary<Integer> i32() {
        return WireArbitraries.i32();
    }
}

package io.mozart.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.mozart.encore.codec.DecodeException;
import io.mozart.encore.protocol.PacketRegistry;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Frames through a real {@link PacketRegistry}: encoding, decoding, and the three assertions every codec
 * must pass (round trip; arbitrary bytes give a record or the decode exception; damaged frames likewise).
 */
public final class CodecFrames {

    private CodecFrames() {}

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
    public static String hex(byte[] bytes) {
        return HexFormat.ofDelimiter(" ").withUpperCase().formatHex(bytes);
    }

    /**
     * @param registry the registry
     * @param packet   a registered record
     * @return the payload: opcode + body
     */
    public static byte[] payload(PacketRegistry registry, Object packet) {
        ByteBuf buf = Unpooled.buffer();
        try {
            registry.encode(packet, buf);
            byte[] out = new byte[buf.readableBytes()];
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
    public static byte[] frame(PacketRegistry registry, Object packet) {
        byte[] payload = payload(registry, packet);
        int length = payload.length + 2;
        assertTrue(length <= Short.MAX_VALUE, "frame too large: " + length);
        byte[] out = new byte[length];
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
    public static int bodyLength(PacketRegistry registry, Object packet) {
        return payload(registry, packet).length - 2;
    }

    /**
     * Decodes a payload without checking that it is consumed (the registry ignores bytes after the last
     * field).
     *
     * @param registry the registry
     * @param payload  opcode + body
     * @return the decoded record
     * @throws DecodeException on malformed bytes
     */
    public static Object decodePayload(PacketRegistry registry, byte[] payload) {
        ByteBuf buf = Unpooled.wrappedBuffer(payload);
        try {
            return registry.decode(buf);
        } finally {
            buf.release();
        }
    }

    /**
     * Decodes a complete frame after checking its length prefix; bytes after the record's last field are
     * ignored, as the registry does.
     *
     * @param registry the registry
     * @param frame    length prefix + payload
     * @return the decoded record
     */
    public static Object decodeFrame(PacketRegistry registry, byte[] frame) {
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
    public static Object decodeExactFrame(PacketRegistry registry, byte[] frame) {
        assertEquals(frame.length, lengthPrefix(frame), "length prefix");
        ByteBuf payload = Unpooled.wrappedBuffer(frame, 2, frame.length - 2);
        try {
            Object packet = registry.decode(payload);
            assertFalse(payload.isReadable(), () -> payload.readableBytes() + " bytes left unread");
            return packet;
        } finally {
            payload.release();
        }
    }

    private static int lengthPrefix(byte[] frame) {
        return (frame[0] & 0xFF) | (frame[1] & 0xFF) << 8;
    }

    /**
     * Asserts the frame encoding of a packet is exactly the given hex, and that decoding that hex gives it
     * back.
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
    public static byte[] assertRoundTrip(PacketRegistry registry, Object packet) {
        byte[] frame = frame(registry, packet);
        Object back = decodeExactFrame(registry, frame);
        assertEquals(packet, back, () -> "round trip of " + packet + ", frame " + hex(frame));
        assertEquals(packet.hashCode(), back.hashCode(), () -> "hash code after the round trip of " + packet);
        return frame;
    }

    /**
     * Decoding arbitrary body bytes under a registered opcode gives a record of the bound class (which
     * encodes again) or a {@link DecodeException} with a message, nothing else.
     *
     * @param registry the registry
     * @param opcode   a registered opcode
     * @param body     arbitrary body bytes
     */
    public static void assertDecodesOrRejects(PacketRegistry registry, int opcode, byte[] body) {
        byte[] payload = new byte[body.length + 2];
        payload[0] = (byte) opcode;
        payload[1] = (byte) (opcode >> 8);
        System.arraycopy(body, 0, payload, 2, body.length);
        Object decoded;
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
     * Damages a valid encoding (one byte replaced, or the body cut at a position) and checks that decoding
     * gives a record or a DecodeException, as {@link #assertDecodesOrRejects}.
     *
     * @param registry the registry
     * @param record   a record
     * @param position where to damage (any int; reduced into the body)
     * @param value    the replacement byte
     * @param truncate cut instead of replace
     */
    public static void assertDamagedDecodesOrRejects(
            PacketRegistry registry, Object record, int position, byte value, boolean truncate) {
        byte[] payload = payload(registry, record);
        if (payload.length == 2) {
            return;
        }
        int at = 2 + Math.floorMod(position, payload.length - 2);
        byte[] body;
        if (truncate) {
            body = Arrays.copyOfRange(payload, 2, at);
        } else {
            payload[at] = value;
            body = Arrays.copyOfRange(payload, 2, payload.length);
        }
        int opcode = (payload[0] & 0xFF) | (payload[1] & 0xFF) << 8;
        assertDecodesOrRejects(registry, opcode, body);
    }
}

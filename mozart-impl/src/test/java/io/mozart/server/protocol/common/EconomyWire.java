package io.mozart.server.protocol.common;

import io.mozart.encore.codec.DecodeException;
import io.mozart.encore.protocol.PacketRegistry;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;

import java.util.HexFormat;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Test helper: whole frames (2-byte LE length = payload + 2, then the payload) through a real registry.
 */
public final class EconomyWire {

    private EconomyWire() {
    }

    /**
     * @param hex hex digits, spaces allowed
     * @return the bytes
     */
    public static byte[] hex(String hex) {
        return HexFormat.of().parseHex(hex.replace(" ", "").replace("\n", ""));
    }

    /**
     * @param bytes bytes
     * @return upper-case hex with spaces, for readable assertion messages
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
     * @param registry the registry
     * @param packet   a registered record
     * @return the whole frame: length prefix (payload + 2) then payload
     */
    public static byte[] frame(PacketRegistry registry, Object packet) {
        byte[] payload = payload(registry, packet);
        int length = payload.length + 2;
        byte[] out = new byte[length];
        out[0] = (byte) length;
        out[1] = (byte) (length >> 8);
        System.arraycopy(payload, 0, out, 2, payload.length);
        return out;
    }

    /**
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
     * Decodes a whole frame after checking its length prefix.
     *
     * @param registry the registry
     * @param frame    length prefix + payload
     * @return the decoded record
     */
    public static Object decodeFrame(PacketRegistry registry, byte[] frame) {
        int length = (frame[0] & 0xFF) | (frame[1] & 0xFF) << 8;
        assertEquals(frame.length, length, "length prefix");
        byte[] payload = new byte[frame.length - 2];
        System.arraycopy(frame, 2, payload, 0, payload.length);
        return decodePayload(registry, payload);
    }

    /**
     * @param registry the registry
     * @param packet   a registered record
     * @return body length (payload without the opcode)
     */
    public static int bodyLength(PacketRegistry registry, Object packet) {
        return payload(registry, packet).length - 2;
    }
}

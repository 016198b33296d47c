package io.mozart.server.protocol;

import io.mozart.encore.protocol.PacketRegistry;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;

import java.nio.charset.StandardCharsets;

/** Test helpers of the waiting/playing record tests: whole frames as the client sees them. */
public final class RoomRecordFrames {

    private RoomRecordFrames() {
    }

    /**
     * Encodes a record as a complete frame: {@code u16} length (payload + 2), opcode, body.
     *
     * @param registry the registry
     * @param packet   the record
     * @return the frame bytes
     */
    public static byte[] frame(PacketRegistry registry, Object packet) {
        ByteBuf payload = Unpooled.buffer();
        try {
            registry.encode(packet, payload);
            byte[] out = new byte[payload.readableBytes() + 2];
            int len = out.length;
            out[0] = (byte) len;
            out[1] = (byte) (len >>> 8);
            payload.readBytes(out, 2, payload.readableBytes());
            return out;
        } finally {
            payload.release();
        }
    }

    /**
     * Decodes a complete frame, checking that its length prefix matches its size.
     *
     * @param registry the registry
     * @param frame    the frame bytes
     * @return the decoded record
     */
    public static Object decodeFrame(PacketRegistry registry, byte[] frame) {
        int len = (frame[0] & 0xFF) | (frame[1] & 0xFF) << 8;
        if (len != frame.length) {
            throw new AssertionError("length prefix " + len + " but frame has " + frame.length + " bytes");
        }
        ByteBuf payload = Unpooled.wrappedBuffer(frame, 2, frame.length - 2);
        try {
            return registry.decode(payload);
        } finally {
            payload.release();
        }
    }

    /**
     * @param hex hex digits, spaces allowed
     * @return the bytes
     */
    public static byte[] hex(String hex) {
        return ByteBufUtil.decodeHexDump(hex.replaceAll("\\s+", ""));
    }

    /**
     * @param bytes bytes
     * @return upper-case spaced hex, for readable assertion messages
     */
    public static String hex(byte[] bytes) {
        StringBuilder sb = new StringBuilder();
        for (byte b : bytes) {
            if (!sb.isEmpty()) {
                sb.append(' ');
            }
            sb.append(String.format("%02X", b & 0xFF));
        }
        return sb.toString();
    }

    /**
     * @param s a string
     * @return its UTF-8 byte length
     */
    public static int utf8Length(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }
}

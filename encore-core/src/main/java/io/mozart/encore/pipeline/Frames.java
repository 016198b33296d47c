package io.mozart.encore.pipeline;

import io.mozart.encore.codec.EncodeException;
import io.mozart.encore.protocol.PacketRegistry;
import io.mozart.encore.protocol.PacketType;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;

/**
 * Builds complete outbound frames: {@code i16} length (payload + 2), opcode, body. A payload larger than
 * {@link #MAX_PAYLOAD} bytes is never produced (the reference would write a wrong, saturated prefix and
 * desynchronise the client, spec 01 §1.2).
 */
public final class Frames {

    /** Largest payload (opcode + body) a frame can carry. */
    public static final int MAX_PAYLOAD = FrameDecoder.MAX_FRAME_LENGTH - 2;

    private Frames() {}

    /**
     * Encodes one packet into a new frame buffer.
     *
     * @param registry the packet table
     * @param alloc    the allocator
     * @param packet   a registered record
     * @return the frame; the caller owns it (release it or pass it on)
     * @throws EncodeException          when a field cannot be encoded or the payload exceeds {@link #MAX_PAYLOAD}
     * @throws IllegalArgumentException when the packet's class is not registered
     */
    public static ByteBuf encode(PacketRegistry registry, ByteBufAllocator alloc, Object packet) {
        ByteBuf frame = alloc.buffer();
        boolean ok = false;
        try {
            frame.writeShortLE(0);
            PacketType<?> type = registry.encode(packet, frame);
            int payload = frame.readableBytes() - 2;
            if (payload > MAX_PAYLOAD) {
                throw new EncodeException("payload of " + payload + " bytes exceeds the frame limit of " + MAX_PAYLOAD)
                        .within(type.name());
            }
            frame.setShortLE(0, payload + 2);
            ok = true;
            return frame;
        } finally {
            if (!ok) {
                frame.release();
            }
        }
    }

    /**
     * Wraps a raw payload (opcode + body bytes) into a frame, without any check beyond the length.
     *
     * @param alloc   the allocator
     * @param payload the payload bytes
     * @return the frame
     */
    public static ByteBuf frameOf(ByteBufAllocator alloc, byte[] payload) {
        if (payload.length > MAX_PAYLOAD) {
            throw new EncodeException("payload of " + payload.length + " bytes exceeds " + MAX_PAYLOAD);
        }
        ByteBuf frame = alloc.buffer(payload.length + 2);
        frame.writeShortLE(payload.length + 2);
        frame.writeBytes(payload);
        return frame;
    }
}

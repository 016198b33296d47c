package io.mozart.encore.pipeline;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.LengthFieldBasedFrameDecoder;
import io.netty.handler.codec.TooLongFrameException;
import java.nio.ByteOrder;
import java.util.Locale;

/**
 * Splits the byte stream into payloads (spec 01 §1.2): an {@code i16} little-endian length that counts
 * itself, then {@code length - 2} payload bytes. Emits the payload (opcode + body) without the prefix.
 *
 * <ul>
 *   <li>length 0 or 2: an empty payload is emitted (the next stage ignores it); the session keeps reading;</li>
 *   <li>length 1 or negative ({@code 0x8000..0xFFFF}): {@link FrameException};</li>
 *   <li>length above {@code maxFrameLength}: {@link FrameException} ("frame too long").</li>
 * </ul>
 * The server closes the connection on a {@link FrameException}. Not sharable: one instance per channel.
 */
public final class FrameDecoder extends LengthFieldBasedFrameDecoder {

    /** Largest frame the 16-bit signed prefix can describe, prefix included. */
    public static final int MAX_FRAME_LENGTH = Short.MAX_VALUE;

    private final int maxFrameLength;
    private boolean failed;

    /** Creates a decoder accepting frames up to {@link #MAX_FRAME_LENGTH}. */
    public FrameDecoder() {
        this(MAX_FRAME_LENGTH);
    }

    /**
     * Creates a decoder.
     *
     * @param maxFrameLength the largest accepted frame, prefix included (2..32767)
     */
    public FrameDecoder(int maxFrameLength) {
        super(ByteOrder.LITTLE_ENDIAN, checkMax(maxFrameLength), 0, 2, -2, 2, true);
        this.maxFrameLength = maxFrameLength;
    }

    private static int checkMax(int max) {
        if (max < 2 || max > MAX_FRAME_LENGTH) {
            throw new IllegalArgumentException("maxFrameLength must be 2.." + MAX_FRAME_LENGTH + ": " + max);
        }
        return max;
    }

    @Override
    protected long getUnadjustedFrameLength(ByteBuf buf, int offset, int length, ByteOrder order) {
        short raw = buf.getShortLE(offset);
        if (raw == 0) {
            // Spec: length 0 is an empty frame; only the prefix is consumed.
            return 2;
        }
        if (raw == 1) {
            throw new FrameException("bad frame length 1");
        }
        if (raw < 0) {
            throw new FrameException("negative frame length " + raw + " (0x"
                    + Integer.toHexString(raw & 0xFFFF).toUpperCase(Locale.ROOT) + ")");
        }
        return raw;
    }

    @Override
    protected Object decode(ChannelHandlerContext ctx, ByteBuf in) throws Exception {
        if (failed) {
            // After a framing error the stream is meaningless: report once, then discard everything.
            in.skipBytes(in.readableBytes());
            return null;
        }
        try {
            return super.decode(ctx, in);
        } catch (TooLongFrameException e) {
            failed = true;
            throw new FrameException("frame too long (max " + maxFrameLength + "): " + e.getMessage());
        } catch (FrameException e) {
            failed = true;
            throw e;
        }
    }
}

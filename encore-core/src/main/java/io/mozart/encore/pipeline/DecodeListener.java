package io.mozart.encore.pipeline;

import io.mozart.encore.codec.DecodeException;
import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;

/**
 * What {@link PacketDecoder} reports besides decoded packets. Called on the channel's event loop. None of
 * these closes the connection: a bad frame is dropped and reading goes on.
 */
public interface DecodeListener {

    /**
     * A frame arrived (also empty ones). Called before decoding.
     *
     * @param ctx     the decoder's context
     * @param payload the payload (opcode + body); do not keep or release it
     */
    default void frame(ChannelHandlerContext ctx, ByteBuf payload) {}

    /**
     * A frame with an unregistered opcode was dropped.
     *
     * @param ctx           the decoder's context
     * @param opcode        the opcode
     * @param payloadLength payload length in bytes
     */
    void unknownOpcode(ChannelHandlerContext ctx, int opcode, int payloadLength);

    /**
     * A frame whose body did not decode was dropped.
     *
     * @param ctx    the decoder's context
     * @param opcode the opcode, or -1 when the payload is shorter than an opcode
     * @param error  the failure (field path and offset)
     */
    void decodeError(ChannelHandlerContext ctx, int opcode, DecodeException error);
}

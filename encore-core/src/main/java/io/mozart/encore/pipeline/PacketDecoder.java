package io.mozart.encore.pipeline;

import io.mozart.encore.codec.DecodeException;
import io.mozart.encore.protocol.PacketRegistry;
import io.mozart.encore.protocol.UnknownOpcodeException;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.MessageToMessageDecoder;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns one payload (opcode + body) into one registered record (spec 01 §1.3). Empty payloads are skipped;
 * an unknown opcode or a malformed body is reported to the {@link DecodeListener} and the frame is dropped;
 * bytes after the last field are ignored. With {@code logFrames}, every payload is logged in hex at debug
 * level. Stateless, so one instance may serve many channels.
 */
@ChannelHandler.Sharable
public final class PacketDecoder extends MessageToMessageDecoder<ByteBuf> {

    private static final Logger LOG = LoggerFactory.getLogger(PacketDecoder.class);

    private final PacketRegistry registry;
    private final DecodeListener listener;
    private final boolean logFrames;

    /**
     * Creates the decoder.
     *
     * @param registry  the packet table
     * @param listener  receives errors
     * @param logFrames whether to log every payload in hex (debug level)
     */
    public PacketDecoder(PacketRegistry registry, DecodeListener listener, boolean logFrames) {
        super(ByteBuf.class);
        this.registry = Objects.requireNonNull(registry, "registry");
        this.listener = Objects.requireNonNull(listener, "listener");
        this.logFrames = logFrames;
    }

    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf payload, List<Object> out) {
        listener.frame(ctx, payload);
        if (logFrames && LOG.isDebugEnabled()) {
            LOG.debug("{} in  {}", ctx.channel().remoteAddress(), ByteBufUtil.hexDump(payload));
        }
        if (!payload.isReadable()) {
            return;
        }
        int opcode = payload.readableBytes() >= 2 ? payload.getUnsignedShortLE(payload.readerIndex()) : -1;
        try {
            out.add(registry.decode(payload));
        } catch (UnknownOpcodeException e) {
            listener.unknownOpcode(ctx, e.opcode(), payload.writerIndex());
        } catch (DecodeException e) {
            listener.decodeError(ctx, opcode, e);
        }
    }
}

package io.mozart.encore.server;

import io.mozart.encore.pipeline.FrameException;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.timeout.IdleStateEvent;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last inbound stage of a connection: opens and closes its session, hands decoded packets to the
 * session's serial queue, reports writability to the fair sender, and turns transport errors into one log
 * line and a closed connection. One instance per channel.
 */
final class SessionHandler extends ChannelInboundHandlerAdapter {

    private static final Logger LOG = LoggerFactory.getLogger(SessionHandler.class);

    private final EncoreServer server;
    private ServerSession session;

    SessionHandler(EncoreServer server) {
        this.server = server;
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) throws Exception {
        session = server.sessionOpened(ctx.channel());
        super.channelActive(ctx);
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (session != null) {
            session.received(msg);
        }
        // Decoded records hold no buffers; nothing to release.
    }

    @Override
    public void channelWritabilityChanged(ChannelHandlerContext ctx) throws Exception {
        if (session != null) {
            session.writabilityChanged();
        }
        super.channelWritabilityChanged(ctx);
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object evt) throws Exception {
        if (evt instanceof IdleStateEvent) {
            if (session != null) {
                server.counters().timeoutCloses.increment();
                session.closeNow("idle timeout: nothing read for "
                        + server.options().idleTimeout().toMillis() + " ms");
            } else {
                ctx.close();
            }
            return;
        }
        super.userEventTriggered(ctx, evt);
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) throws Exception {
        if (session != null) {
            ServerSession s = session;
            session = null;
            server.sessionClosed(s);
        }
        super.channelInactive(ctx);
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        Throwable reason = cause;
        if (!(reason instanceof FrameException) && reason.getCause() instanceof FrameException) {
            reason = reason.getCause();
        }
        String text;
        if (reason instanceof FrameException) {
            text = reason.getMessage();
        } else if (reason instanceof IOException) {
            text = "I/O error: " + reason.getMessage();
        } else {
            text = reason.getClass().getSimpleName() + ": " + reason.getMessage();
            LOG.debug("{}: pipeline failure", ctx.channel().remoteAddress(), reason);
        }
        if (session != null) {
            if (reason instanceof IOException) {
                // A reset by the peer is routine; it is not worth a warning.
                session.closeNow(text, true);
            } else {
                session.closeNow(text);
            }
        } else {
            LOG.warn("{}: closed: {}", ctx.channel().remoteAddress(), text);
            ctx.close();
        }
    }
}

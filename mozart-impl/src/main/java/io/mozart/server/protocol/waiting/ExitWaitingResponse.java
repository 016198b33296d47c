package io.mozart.server.protocol.waiting;

import static io.mozart.encore.codec.Codecs.BOOL32;
import static io.mozart.encore.codec.Field.of;
import static io.mozart.encore.codec.StructCodec.of;

import io.mozart.encore.codec.Codec;
import io.mozart.server.protocol.ServerMessage;

/** ExitWaiting response, S→C 0x0BBE (spec 03 §5.2), to SELF, sent last (after RoomRemoved if any). */
public record ExitWaitingResponse(boolean failed) implements ServerMessage {
    /** The only reply the reference sends. */
    public static final ExitWaitingResponse OK = new ExitWaitingResponse(false);

    public static final Codec<ExitWaitingResponse> CODEC =
            of(of("failed", BOOL32, ExitWaitingResponse::failed), ExitWaitingResponse::new);
}

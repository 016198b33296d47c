package io.mozart.server.protocol.myroom;

import static io.mozart.encore.codec.Codecs.BOOL32;
import static io.mozart.encore.codec.Field.of;
import static io.mozart.encore.codec.StructCodec.of;

import io.mozart.encore.codec.Codec;
import io.mozart.server.protocol.ServerMessage;

/** PenaltyReset — S→C response — opcode 0x13AB (spec 05 §6.5). 4-byte body. */
public record PenaltyResetResponse(boolean invalid) implements ServerMessage {
    public static final Codec<PenaltyResetResponse> CODEC =
            of(of("invalid", BOOL32, PenaltyResetResponse::invalid), PenaltyResetResponse::new);
}

package io.mozart.server.protocol.myroom;

import io.mozart.encore.codec.Codec;

import static io.mozart.encore.codec.Codecs.BOOL32;
import static io.mozart.encore.codec.Field.of;
import static io.mozart.encore.codec.StructCodec.of;

/**
 * PenaltyReset — S→C response — opcode 0x13AB (spec 05 §6.5). 4-byte body.
 *
 * @param invalid whether no penalty-reset item was found in the bag (bool32)
 */
public record PenaltyResetResponse(boolean invalid) {
    public static final Codec<PenaltyResetResponse> CODEC =
            of(of("invalid", BOOL32, PenaltyResetResponse::invalid), PenaltyResetResponse::new);
}

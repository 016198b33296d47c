package io.mozart.server.protocol.myroom;

import io.mozart.encore.codec.Codec;
import io.mozart.encore.codec.Codecs;
import io.mozart.encore.codec.Field;
import io.mozart.encore.codec.StructCodec;

/**
 * PenaltyReset — S→C response — opcode 0x13AB (spec 05 §6.5). 4-byte body.
 *
 * @param invalid whether no penalty-reset item was found in the bag (bool32)
 */
public record PenaltyResetResponse(boolean invalid) {

    /** The wire codec. */
    public static final Codec<PenaltyResetResponse> CODEC = StructCodec.of(
            Field.of("invalid", Codecs.BOOL32, PenaltyResetResponse::invalid),
            PenaltyResetResponse::new);
}

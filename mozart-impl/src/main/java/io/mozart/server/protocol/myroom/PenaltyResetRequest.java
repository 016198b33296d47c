package io.mozart.server.protocol.myroom;

import io.mozart.encore.codec.Codec;
import io.mozart.encore.codec.Codecs;

/**
 * PenaltyReset — C→S request — opcode 0x13AA (spec 05 §6.5). No body; answered by {@link PenaltyResetResponse}.
 */
public record PenaltyResetRequest() {

    /** The only value. */
    public static final PenaltyResetRequest INSTANCE = new PenaltyResetRequest();

    /** The wire codec: no body (extra bytes are ignored). */
    public static final Codec<PenaltyResetRequest> CODEC = Codecs.unit(INSTANCE);
}

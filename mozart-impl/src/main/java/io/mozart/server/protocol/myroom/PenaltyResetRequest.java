package io.mozart.server.protocol.myroom;

import static io.mozart.encore.codec.Codecs.unit;

import io.mozart.encore.codec.Codec;
import io.mozart.server.protocol.ClientMessage;

/** PenaltyReset — C→S request — opcode 0x13AA (spec 05 §6.5). No body; answered by {@link PenaltyResetResponse}. */
public record PenaltyResetRequest() implements ClientMessage {
    public static final PenaltyResetRequest INSTANCE = new PenaltyResetRequest();
    public static final Codec<PenaltyResetRequest> CODEC = unit(INSTANCE);
}

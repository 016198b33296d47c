package io.mozart.server.protocol.planet;

import static io.mozart.encore.codec.Codecs.unit;

import io.mozart.encore.codec.Codec;
import io.mozart.server.protocol.ServerMessage;

/** MultiSessionError, S→C 0x0034 (spec 01 §4.11): bare opcode {@code 04 00 34 00}. Never sent by the reference. */
public record MultiSessionErrorResponse() implements ServerMessage {
    public static final MultiSessionErrorResponse INSTANCE = new MultiSessionErrorResponse();
    public static final Codec<MultiSessionErrorResponse> CODEC = unit(INSTANCE);
}

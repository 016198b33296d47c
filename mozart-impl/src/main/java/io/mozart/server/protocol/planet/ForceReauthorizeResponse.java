package io.mozart.server.protocol.planet;

import static io.mozart.encore.codec.Codecs.unit;

import io.mozart.encore.codec.Codec;
import io.mozart.server.protocol.ServerMessage;

/** ForceReauthorize, S→C 0x0033 (spec 01 §4.11): bare opcode {@code 04 00 33 00}. Never sent by the reference. */
public record ForceReauthorizeResponse() implements ServerMessage {
    public static final ForceReauthorizeResponse INSTANCE = new ForceReauthorizeResponse();
    public static final Codec<ForceReauthorizeResponse> CODEC = unit(INSTANCE);
}

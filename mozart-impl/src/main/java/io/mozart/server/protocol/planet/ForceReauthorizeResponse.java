package io.mozart.server.protocol.planet;

import io.mozart.encore.codec.Codec;
import io.mozart.encore.codec.Codecs;

/**
 * ForceReauthorize, S→C 0x0033 (spec 01 §4.11): bare opcode {@code 04 00 33 00}. Never sent by the
 * reference.
 */
public record ForceReauthorizeResponse() {

    /** The only value. */
    public static final ForceReauthorizeResponse INSTANCE = new ForceReauthorizeResponse();

    /** No body. */
    public static final Codec<ForceReauthorizeResponse> CODEC = Codecs.unit(INSTANCE);
}

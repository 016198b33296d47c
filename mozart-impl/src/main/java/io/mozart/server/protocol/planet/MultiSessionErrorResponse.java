package io.mozart.server.protocol.planet;

import io.mozart.encore.codec.Codec;
import io.mozart.encore.codec.Codecs;

/**
 * MultiSessionError, S→C 0x0034 (spec 01 §4.11): bare opcode {@code 04 00 34 00}. Never sent by the
 * reference.
 */
public record MultiSessionErrorResponse() {

    /** The only value. */
    public static final MultiSessionErrorResponse INSTANCE = new MultiSessionErrorResponse();

    /** No body. */
    public static final Codec<MultiSessionErrorResponse> CODEC = Codecs.unit(INSTANCE);
}

package io.mozart.server.protocol.planet;

import io.mozart.encore.codec.Codec;
import io.mozart.encore.codec.Codecs;

/**
 * LegacyPing 0x1770, both directions with the same bare opcode (spec 01 §4.5): frame {@code 04 00 70 17}.
 */
public record LegacyPing() {

    /** The only value. */
    public static final LegacyPing INSTANCE = new LegacyPing();

    /** No body. */
    public static final Codec<LegacyPing> CODEC = Codecs.unit(INSTANCE);
}

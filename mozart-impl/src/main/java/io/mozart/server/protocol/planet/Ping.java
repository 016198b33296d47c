package io.mozart.server.protocol.planet;

import io.mozart.encore.codec.Codec;
import io.mozart.encore.codec.Codecs;

/**
 * Ping 0x1771, both directions with the same bare opcode (spec 01 §4.6): frame {@code 04 00 71 17}.
 * Requires authorization.
 */
public record Ping() {

    /** The only value. */
    public static final Ping INSTANCE = new Ping();

    /** No body. */
    public static final Codec<Ping> CODEC = Codecs.unit(INSTANCE);
}

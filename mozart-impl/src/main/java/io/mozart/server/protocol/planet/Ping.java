package io.mozart.server.protocol.planet;

import static io.mozart.encore.codec.Codecs.unit;

import io.mozart.encore.codec.Codec;

/** Ping 0x1771, both directions with the same bare opcode (spec 01 §4.6): frame {@code 04 00 71 17}. */
public record Ping() {
    public static final Ping INSTANCE = new Ping();
    public static final Codec<Ping> CODEC = unit(INSTANCE);
}

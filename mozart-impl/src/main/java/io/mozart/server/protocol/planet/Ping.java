package io.mozart.server.protocol.planet;

import static io.mozart.encore.codec.Codecs.unit;

import io.mozart.encore.codec.Codec;
import io.mozart.server.protocol.ClientMessage;
import io.mozart.server.protocol.ServerMessage;

/** Ping 0x1771, both directions with the same bare opcode (spec 01 §4.6): frame {@code 04 00 71 17}. */
public record Ping() implements ClientMessage, ServerMessage {
    public static final Ping INSTANCE = new Ping();
    public static final Codec<Ping> CODEC = unit(INSTANCE);
}

package io.mozart.server.protocol.planet;

import static io.mozart.encore.codec.Codecs.unit;

import io.mozart.encore.codec.Codec;
import io.mozart.server.protocol.ClientMessage;
import io.mozart.server.protocol.ServerMessage;

/** LegacyPing 0x1770, both directions with the same bare opcode (spec 01 §4.5): frame {@code 04 00 70 17}. */
public record LegacyPing() implements ClientMessage, ServerMessage {
    public static final LegacyPing INSTANCE = new LegacyPing();
    public static final Codec<LegacyPing> CODEC = unit(INSTANCE);
}

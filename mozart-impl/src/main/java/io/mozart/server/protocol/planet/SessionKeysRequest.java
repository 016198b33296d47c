package io.mozart.server.protocol.planet;

import static io.mozart.encore.codec.Codecs.unit;

import io.mozart.encore.codec.Codec;
import io.mozart.server.protocol.ClientMessage;

/** SessionKeys, C→S request 0x03EF (spec 01 §4.3). No body. Works before authorization. */
public record SessionKeysRequest() implements ClientMessage {
    public static final SessionKeysRequest INSTANCE = new SessionKeysRequest();
    public static final Codec<SessionKeysRequest> CODEC = unit(INSTANCE);
}

package io.mozart.server.protocol.planet;

import io.mozart.encore.codec.Codec;
import io.mozart.encore.codec.Codecs;

/**
 * SessionKeys, C→S request 0x03EF (spec 01 §4.3). No body. Works before authorization.
 */
public record SessionKeysRequest() {

    /** The only value. */
    public static final SessionKeysRequest INSTANCE = new SessionKeysRequest();

    /** No body. */
    public static final Codec<SessionKeysRequest> CODEC = Codecs.unit(INSTANCE);
}

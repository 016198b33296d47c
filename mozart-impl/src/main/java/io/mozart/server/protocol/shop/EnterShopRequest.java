package io.mozart.server.protocol.shop;

import io.mozart.encore.codec.Codec;
import io.mozart.encore.codec.Codecs;

/**
 * EnterShop — C→S request — opcode 0x138E (spec 05 §3). No body; a pure notification, no reply.
 */
public record EnterShopRequest() {

    /** The only value. */
    public static final EnterShopRequest INSTANCE = new EnterShopRequest();

    /** The wire codec: no body (extra bytes are ignored). */
    public static final Codec<EnterShopRequest> CODEC = Codecs.unit(INSTANCE);
}

package io.mozart.server.protocol.shop;

import io.mozart.encore.codec.Codec;
import io.mozart.encore.codec.Codecs;

/**
 * ExitShop — C→S request — opcode 0x138F (spec 05 §3). No body; a pure notification, no reply.
 */
public record ExitShopRequest() {

    /** The only value. */
    public static final ExitShopRequest INSTANCE = new ExitShopRequest();

    /** The wire codec: no body (extra bytes are ignored). */
    public static final Codec<ExitShopRequest> CODEC = Codecs.unit(INSTANCE);
}

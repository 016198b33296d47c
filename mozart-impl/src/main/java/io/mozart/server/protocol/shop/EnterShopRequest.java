package io.mozart.server.protocol.shop;

import static io.mozart.encore.codec.Codecs.unit;

import io.mozart.encore.codec.Codec;
import io.mozart.server.protocol.ClientMessage;

/** EnterShop — C→S request — opcode 0x138E (spec 05 §3). No body; a pure notification, no reply. */
public record EnterShopRequest() implements ClientMessage {
    public static final EnterShopRequest INSTANCE = new EnterShopRequest();
    public static final Codec<EnterShopRequest> CODEC = unit(INSTANCE);
}

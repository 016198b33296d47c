package io.mozart.server.protocol.shop;

import static io.mozart.encore.codec.Codecs.unit;

import io.mozart.encore.codec.Codec;
import io.mozart.server.protocol.ClientMessage;

/** ExitShop — C→S request — opcode 0x138F (spec 05 §3). No body; a pure notification, no reply. */
public record ExitShopRequest() implements ClientMessage {
    public static final ExitShopRequest INSTANCE = new ExitShopRequest();
    public static final Codec<ExitShopRequest> CODEC = unit(INSTANCE);
}

package io.mozart.server.protocol.shop;

import static io.mozart.encore.codec.Codecs.unit;

import io.mozart.encore.codec.Codec;
import io.mozart.server.protocol.ClientMessage;

/** SyncItemPurchase — C→S request — opcode 0x1388 (spec 05 §3). No body; answered by {@link SyncPurchaseResponse}. */
public record SyncItemPurchaseRequest() implements ClientMessage {
    public static final SyncItemPurchaseRequest INSTANCE = new SyncItemPurchaseRequest();
    public static final Codec<SyncItemPurchaseRequest> CODEC = unit(INSTANCE);
}

package io.mozart.server.protocol.shop;

import static io.mozart.encore.codec.Codecs.unit;

import io.mozart.encore.codec.Codec;

/** SyncItemPurchase — C→S request — opcode 0x1388 (spec 05 §3). No body; answered by {@link SyncPurchaseResponse}. */
public record SyncItemPurchaseRequest() {
    public static final SyncItemPurchaseRequest INSTANCE = new SyncItemPurchaseRequest();
    public static final Codec<SyncItemPurchaseRequest> CODEC = unit(INSTANCE);
}

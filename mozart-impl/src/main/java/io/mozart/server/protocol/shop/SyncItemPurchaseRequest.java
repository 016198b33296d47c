package io.mozart.server.protocol.shop;

import io.mozart.encore.codec.Codec;
import io.mozart.encore.codec.Codecs;

/**
 * SyncItemPurchase — C→S request — opcode 0x1388 (spec 05 §3). No body; answered by
 * {@link SyncPurchaseResponse}.
 */
public record SyncItemPurchaseRequest() {

    /** The only value. */
    public static final SyncItemPurchaseRequest INSTANCE = new SyncItemPurchaseRequest();

    /** The wire codec: no body (extra bytes are ignored). */
    public static final Codec<SyncItemPurchaseRequest> CODEC = Codecs.unit(INSTANCE);
}

package io.mozart.server.protocol.shop;

import io.mozart.encore.codec.Codec;
import io.mozart.encore.codec.Codecs;

/**
 * SyncMusicPurchase — C→S request — opcode 0x1392 (spec 05 §4). No body; answered by
 * {@link SyncMusicPurchaseResponse}.
 */
public record SyncMusicPurchaseRequest() {

    /** The only value. */
    public static final SyncMusicPurchaseRequest INSTANCE = new SyncMusicPurchaseRequest();

    /** The wire codec: no body (extra bytes are ignored). */
    public static final Codec<SyncMusicPurchaseRequest> CODEC = Codecs.unit(INSTANCE);
}

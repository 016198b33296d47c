package io.mozart.server.protocol.shop;

import static io.mozart.encore.codec.Codecs.unit;

import io.mozart.encore.codec.Codec;
import io.mozart.server.protocol.ClientMessage;

/** SyncMusicPurchase — C→S request — opcode 0x1392 (spec 05 §4). */
public record SyncMusicPurchaseRequest() implements ClientMessage {
    public static final SyncMusicPurchaseRequest INSTANCE = new SyncMusicPurchaseRequest();
    public static final Codec<SyncMusicPurchaseRequest> CODEC = unit(INSTANCE);
}

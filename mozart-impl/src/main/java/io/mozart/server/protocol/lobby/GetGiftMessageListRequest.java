package io.mozart.server.protocol.lobby;

import io.mozart.encore.codec.Codec;
import io.mozart.encore.codec.Codecs;

/**
 * GetGiftMessageList, C→S request 0x1399 (spec 02 §5.9, 05 §7). No body.
 */
public record GetGiftMessageListRequest() {

    /** The only value. */
    public static final GetGiftMessageListRequest INSTANCE = new GetGiftMessageListRequest();

    /** No body. */
    public static final Codec<GetGiftMessageListRequest> CODEC = Codecs.unit(INSTANCE);
}

package io.mozart.server.protocol.lobby;

import static io.mozart.encore.codec.Codecs.unit;

import io.mozart.encore.codec.Codec;
import io.mozart.server.protocol.ClientMessage;

/** GetGiftMessageList, C→S request 0x1399 (spec 02 §5.9, 05 §7). No body. */
public record GetGiftMessageListRequest() implements ClientMessage {
    public static final GetGiftMessageListRequest INSTANCE = new GetGiftMessageListRequest();
    public static final Codec<GetGiftMessageListRequest> CODEC = unit(INSTANCE);
}

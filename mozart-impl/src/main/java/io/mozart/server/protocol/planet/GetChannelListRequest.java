package io.mozart.server.protocol.planet;

import static io.mozart.encore.codec.Codecs.unit;

import io.mozart.encore.codec.Codec;
import io.mozart.server.protocol.ClientMessage;

/** GetChannelList, C→S request 0x03EA (spec 01 §4.7). No body. */
public record GetChannelListRequest() implements ClientMessage {
    public static final GetChannelListRequest INSTANCE = new GetChannelListRequest();
    public static final Codec<GetChannelListRequest> CODEC = unit(INSTANCE);
}

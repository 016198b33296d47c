package io.mozart.server.protocol.planet;

import io.mozart.encore.codec.Codec;

import static io.mozart.encore.codec.Codecs.unit;

/** GetChannelList, C→S request 0x03EA (spec 01 §4.7). No body. */
public record GetChannelListRequest() {
    public static final GetChannelListRequest INSTANCE = new GetChannelListRequest();
    public static final Codec<GetChannelListRequest> CODEC = unit(INSTANCE);
}

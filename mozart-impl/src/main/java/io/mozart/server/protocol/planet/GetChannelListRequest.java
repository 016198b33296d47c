package io.mozart.server.protocol.planet;

import io.mozart.encore.codec.Codec;
import io.mozart.encore.codec.Codecs;

/**
 * GetChannelList, C→S request 0x03EA (spec 01 §4.7). No body.
 */
public record GetChannelListRequest() {

    /** The only value. */
    public static final GetChannelListRequest INSTANCE = new GetChannelListRequest();

    /** No body. */
    public static final Codec<GetChannelListRequest> CODEC = Codecs.unit(INSTANCE);
}

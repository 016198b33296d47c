package io.mozart.server.protocol.planet;

import io.mozart.encore.codec.Codec;
import io.mozart.encore.codec.Codecs;
import io.mozart.encore.codec.Field;
import io.mozart.encore.codec.StructCodec;

/**
 * ChannelLogin, C→S request 0x03EC (spec 01 §4.8).
 *
 * @param serverId  must equal {@code Gateway:Id}
 * @param channelId the channel to enter
 */
public record ChannelLoginRequest(short serverId, short channelId) {

    /** Wire codec. */
    public static final Codec<ChannelLoginRequest> CODEC = StructCodec.of(
            Field.of("serverId", Codecs.I16, ChannelLoginRequest::serverId),
            Field.of("channelId", Codecs.I16, ChannelLoginRequest::channelId),
            ChannelLoginRequest::new);
}

package io.mozart.server.protocol.planet;

import static io.mozart.encore.codec.Codecs.I16;
import static io.mozart.encore.codec.Field.of;
import static io.mozart.encore.codec.StructCodec.of;

import io.mozart.encore.codec.Codec;
import io.mozart.server.protocol.ClientMessage;

/** ChannelLogin, C→S request 0x03EC (spec 01 §4.8). */
public record ChannelLoginRequest(short serverId, short channelId) implements ClientMessage {
    public static final Codec<ChannelLoginRequest> CODEC = of(
            of("serverId", I16, ChannelLoginRequest::serverId),
            of("channelId", I16, ChannelLoginRequest::channelId),
            ChannelLoginRequest::new);
}

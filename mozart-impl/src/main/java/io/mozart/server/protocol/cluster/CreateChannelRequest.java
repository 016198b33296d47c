package io.mozart.server.protocol.cluster;

import static io.mozart.encore.codec.Codecs.I32;
import static io.mozart.encore.codec.Field.of;
import static io.mozart.encore.codec.StructCodec.of;

import io.mozart.encore.codec.Codec;

/** CreateChannel — channel → gateway — ChannelCommand 0x012C (spec 06 §7.3, 01 §3.6). */
public record CreateChannelRequest(int gatewayId, int channelId) implements LinkMessage.FromChannel {
    public static final Codec<CreateChannelRequest> CODEC = of(
            of("gatewayId", I32, CreateChannelRequest::gatewayId),
            of("channelId", I32, CreateChannelRequest::channelId),
            CreateChannelRequest::new);
}

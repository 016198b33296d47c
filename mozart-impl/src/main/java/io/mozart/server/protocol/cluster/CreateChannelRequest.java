package io.mozart.server.protocol.cluster;

import io.mozart.encore.codec.Codec;
import io.mozart.encore.codec.Codecs;
import io.mozart.encore.codec.Field;
import io.mozart.encore.codec.StructCodec;

/**
 * CreateChannel — channel → gateway — ChannelCommand 0x012C (spec 06 §7.3, 01 §3.6): the first frame a channel
 * process sends after connecting; answered by {@link CreateChannelResponse}.
 *
 * @param gatewayId the channel's {@code Gateway:Id}; must equal the gateway's
 * @param channelId the channel id this process serves
 */
public record CreateChannelRequest(int gatewayId, int channelId) {

    /** The wire codec. */
    public static final Codec<CreateChannelRequest> CODEC = StructCodec.of(
            Field.of("gatewayId", Codecs.I32, CreateChannelRequest::gatewayId),
            Field.of("channelId", Codecs.I32, CreateChannelRequest::channelId),
            CreateChannelRequest::new);
}

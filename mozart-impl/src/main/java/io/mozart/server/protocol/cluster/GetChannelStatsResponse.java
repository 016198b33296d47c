package io.mozart.server.protocol.cluster;

import static io.mozart.encore.codec.Codecs.F32;
import static io.mozart.encore.codec.Codecs.I32;
import static io.mozart.encore.codec.Field.of;
import static io.mozart.encore.codec.StructCodec.of;

import io.mozart.encore.codec.Codec;
import java.util.Objects;

/** GetChannelStats reply — channel → gateway — ChannelCommand 0x012D (spec 06 §7.3, 01 §3.6). */
public record GetChannelStatsResponse(
        String requestId, int channelId, int capacity, int userCount, float gemRate, float expRate)
        implements LinkMessage.FromChannel {
    public static final Codec<GetChannelStatsResponse> CODEC = of(
            of("requestId", ClusterStrings.S128, GetChannelStatsResponse::requestId),
            of("channelId", I32, GetChannelStatsResponse::channelId),
            of("capacity", I32, GetChannelStatsResponse::capacity),
            of("userCount", I32, GetChannelStatsResponse::userCount),
            of("gemRate", F32, GetChannelStatsResponse::gemRate),
            of("expRate", F32, GetChannelStatsResponse::expRate),
            GetChannelStatsResponse::new);

    public GetChannelStatsResponse {
        Objects.requireNonNull(requestId, "requestId");
    }
}

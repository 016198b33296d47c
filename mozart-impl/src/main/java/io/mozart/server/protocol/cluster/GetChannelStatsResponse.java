package io.mozart.server.protocol.cluster;

import io.mozart.encore.codec.Codec;
import io.mozart.encore.codec.Codecs;
import io.mozart.encore.codec.Field;
import io.mozart.encore.codec.StructCodec;

import java.util.Objects;

/**
 * GetChannelStats reply — channel → gateway — ChannelCommand 0x012D (spec 06 §7.3, 01 §3.6).
 *
 * @param requestId the id of the {@link GetChannelStatsRequest} answered
 * @param channelId the channel's id
 * @param capacity  the channel's capacity
 * @param userCount users currently in the channel
 * @param gemRate   the channel's gem rate (f32)
 * @param expRate   the channel's experience rate (f32)
 */
public record GetChannelStatsResponse(String requestId, int channelId, int capacity, int userCount,
                                      float gemRate, float expRate) {

    /** The wire codec. */
    public static final Codec<GetChannelStatsResponse> CODEC = StructCodec.of(
            Field.of("requestId", ClusterStrings.S128, GetChannelStatsResponse::requestId),
            Field.of("channelId", Codecs.I32, GetChannelStatsResponse::channelId),
            Field.of("capacity", Codecs.I32, GetChannelStatsResponse::capacity),
            Field.of("userCount", Codecs.I32, GetChannelStatsResponse::userCount),
            Field.of("gemRate", Codecs.F32, GetChannelStatsResponse::gemRate),
            Field.of("expRate", Codecs.F32, GetChannelStatsResponse::expRate),
            GetChannelStatsResponse::new);

    /**
     * Validates the id.
     *
     * @param requestId the id, not null
     * @param channelId channel id
     * @param capacity  capacity
     * @param userCount user count
     * @param gemRate   gem rate
     * @param expRate   exp rate
     */
    public GetChannelStatsResponse {
        Objects.requireNonNull(requestId, "requestId");
    }
}

package io.mozart.server.protocol.cluster;

import io.mozart.encore.codec.Codec;
import io.mozart.encore.codec.Field;
import io.mozart.encore.codec.StructCodec;

import java.util.Objects;

/**
 * GetChannelStats request — gateway → channel — GatewayCommand 0x00C9 (spec 06 §7.3, 01 §3.5); answered
 * (in the channel's anonymous context, raw) by {@link GetChannelStatsResponse}.
 *
 * @param requestId the aggregation id: an uppercase hyphenated GUID (36 chars)
 */
public record GetChannelStatsRequest(String requestId) {

    /** The wire codec. */
    public static final Codec<GetChannelStatsRequest> CODEC = StructCodec.of(
            Field.of("requestId", ClusterStrings.S128, GetChannelStatsRequest::requestId),
            GetChannelStatsRequest::new);

    /**
     * Validates the id.
     *
     * @param requestId the id, not null
     */
    public GetChannelStatsRequest {
        Objects.requireNonNull(requestId, "requestId");
    }
}

package io.mozart.server.protocol.cluster;

import static io.mozart.encore.codec.Field.of;
import static io.mozart.encore.codec.StructCodec.of;

import io.mozart.encore.codec.Codec;
import java.util.Objects;

/** GetChannelStats request — gateway → channel — GatewayCommand 0x00C9 (spec 06 §7.3, 01 §3.5). */
public record GetChannelStatsRequest(String requestId) implements LinkMessage.FromGateway {
    public static final Codec<GetChannelStatsRequest> CODEC =
            of(of("requestId", ClusterStrings.S128, GetChannelStatsRequest::requestId), GetChannelStatsRequest::new);

    public GetChannelStatsRequest {
        Objects.requireNonNull(requestId, "requestId");
    }
}

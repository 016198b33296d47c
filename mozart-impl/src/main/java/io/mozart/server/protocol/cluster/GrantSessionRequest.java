package io.mozart.server.protocol.cluster;

import io.mozart.encore.codec.Codec;
import io.mozart.encore.codec.Field;
import io.mozart.encore.codec.StructCodec;
import java.util.Objects;

/** GrantSession — gateway → channel — GatewayCommand 0x00CA (06 §7.3); {@code clientId} null = absent tail, like "". */
public record GrantSessionRequest(String sessionId, String clientId) implements LinkMessage.FromGateway {
    public static final Codec<GrantSessionRequest> CODEC = StructCodec.of(
            Field.of("sessionId", ClusterStrings.S128, GrantSessionRequest::sessionId),
            Field.of("clientId", ClusterStrings.S128.optional(), GrantSessionRequest::clientId),
            GrantSessionRequest::new);

    public GrantSessionRequest {
        Objects.requireNonNull(sessionId, "sessionId");
    }
    /** The request exactly as the reference gateway sends it (no client id). */
    public static GrantSessionRequest of(String sessionId) {
        return new GrantSessionRequest(sessionId, null);
    }
}

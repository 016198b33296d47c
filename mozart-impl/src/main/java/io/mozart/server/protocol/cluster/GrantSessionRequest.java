package io.mozart.server.protocol.cluster;

import io.mozart.encore.codec.Codec;
import io.mozart.encore.codec.Field;
import io.mozart.encore.codec.StructCodec;

import java.util.Objects;

/**
 * GrantSession request — gateway → channel — GatewayCommand 0x00CA (spec 06 §7.3, 01 §3.5); answered raw by
 * {@link GrantSessionResponse}.
 *
 * @param sessionId the client's session token (32 hex chars)
 * @param clientId  the declared second field; the reference gateway never sends it, so it is an optional tail:
 *                  {@code null} writes nothing (what the reference does) and an absent field decodes as
 *                  {@code null} (the reference reads it as ""). Treat {@code null} and "" alike.
 */
public record GrantSessionRequest(String sessionId, String clientId) {
    public static final Codec<GrantSessionRequest> CODEC = StructCodec.of(
            Field.of("sessionId", ClusterStrings.S128, GrantSessionRequest::sessionId),
            Field.of("clientId", ClusterStrings.S128.optional(), GrantSessionRequest::clientId),
            GrantSessionRequest::new);

    public GrantSessionRequest {
        Objects.requireNonNull(sessionId, "sessionId");
    }

    /**
     * The request exactly as the reference gateway sends it (no client id).
     *
     * @param sessionId the client's token
     * @return the request
     */
    public static GrantSessionRequest of(String sessionId) {
        return new GrantSessionRequest(sessionId, null);
    }
}

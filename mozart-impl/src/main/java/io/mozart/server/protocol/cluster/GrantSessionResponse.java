package io.mozart.server.protocol.cluster;

import static io.mozart.encore.codec.Codecs.BOOL8;
import static io.mozart.encore.codec.Codecs.I32;
import static io.mozart.encore.codec.Field.of;
import static io.mozart.encore.codec.StructCodec.of;

import io.mozart.encore.codec.Codec;
import java.util.Objects;

/** GrantSession reply — channel → gateway — ChannelCommand 0x012F (spec 06 §7.3/§7.5, 01 §3.6). */
public record GrantSessionResponse(
        boolean success,
        String sessionId,
        String clientId,
        String username,
        String nickname,
        int ranking,
        int channelId,
        int capacity,
        int userCount)
        implements LinkMessage.FromChannel {
    public static final Codec<GrantSessionResponse> CODEC = of(
            of("success", BOOL8, GrantSessionResponse::success),
            of("sessionId", ClusterStrings.S128, GrantSessionResponse::sessionId),
            of("clientId", ClusterStrings.S128, GrantSessionResponse::clientId),
            of("username", ClusterStrings.S128, GrantSessionResponse::username),
            of("nickname", ClusterStrings.S128, GrantSessionResponse::nickname),
            of("ranking", I32, GrantSessionResponse::ranking),
            of("channelId", I32, GrantSessionResponse::channelId),
            of("capacity", I32, GrantSessionResponse::capacity),
            of("userCount", I32, GrantSessionResponse::userCount),
            GrantSessionResponse::new);

    public GrantSessionResponse {
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(nickname, "nickname");
    }
}

package io.mozart.server.protocol.cluster;

import io.mozart.encore.codec.Codec;
import io.mozart.encore.codec.Codecs;
import io.mozart.encore.codec.Field;
import io.mozart.encore.codec.StructCodec;

import java.util.Objects;

/**
 * GrantSession reply — channel → gateway — ChannelCommand 0x012F (spec 06 §7.3/§7.5, 01 §3.6). The gateway
 * answers its client with ChannelLogin 0x03ED: Success + restricted 0 on success, ChannelUnavailable (7)
 * without the second field otherwise.
 *
 * @param success   whether the channel created the user session (bool8)
 * @param sessionId the granted token
 * @param clientId  the client id ("" in the reference)
 * @param username  the user's username ("" on failure)
 * @param nickname  the user's nickname ("" on failure)
 * @param ranking   the user's ranking (0 on failure)
 * @param channelId the channel's id (on failure the own id, or -1)
 * @param capacity  the channel's capacity
 * @param userCount users now in the channel
 */
public record GrantSessionResponse(boolean success, String sessionId, String clientId, String username,
                                   String nickname, int ranking, int channelId, int capacity, int userCount) {

    /** The wire codec. */
    public static final Codec<GrantSessionResponse> CODEC = StructCodec.of(
            Field.of("success", Codecs.BOOL8, GrantSessionResponse::success),
            Field.of("sessionId", ClusterStrings.S128, GrantSessionResponse::sessionId),
            Field.of("clientId", ClusterStrings.S128, GrantSessionResponse::clientId),
            Field.of("username", ClusterStrings.S128, GrantSessionResponse::username),
            Field.of("nickname", ClusterStrings.S128, GrantSessionResponse::nickname),
            Field.of("ranking", Codecs.I32, GrantSessionResponse::ranking),
            Field.of("channelId", Codecs.I32, GrantSessionResponse::channelId),
            Field.of("capacity", Codecs.I32, GrantSessionResponse::capacity),
            Field.of("userCount", Codecs.I32, GrantSessionResponse::userCount),
            GrantSessionResponse::new);

    /**
     * Validates the strings.
     *
     * @param success   success flag
     * @param sessionId token
     * @param clientId  client id
     * @param username  username
     * @param nickname  nickname
     * @param ranking   ranking
     * @param channelId channel id
     * @param capacity  capacity
     * @param userCount user count
     */
    public GrantSessionResponse {
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(nickname, "nickname");
    }
}

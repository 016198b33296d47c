package io.mozart.server.protocol.cluster;

import io.mozart.encore.codec.Codec;
import io.mozart.encore.codec.Field;
import io.mozart.encore.codec.StructCodec;

import java.util.Objects;

/**
 * RevokeSession — gateway → channel — GatewayCommand 0x00CB (spec 06 §7.3, 01 §3.5). No reply: the channel
 * removes the user from the channel (and room) and stops the session.
 *
 * @param sessionId the client's token
 */
public record RevokeSessionCommand(String sessionId) {

    /** The wire codec. */
    public static final Codec<RevokeSessionCommand> CODEC = StructCodec.of(
            Field.of("sessionId", ClusterStrings.S128, RevokeSessionCommand::sessionId),
            RevokeSessionCommand::new);

    /**
     * Validates the id.
     *
     * @param sessionId the token, not null
     */
    public RevokeSessionCommand {
        Objects.requireNonNull(sessionId, "sessionId");
    }
}

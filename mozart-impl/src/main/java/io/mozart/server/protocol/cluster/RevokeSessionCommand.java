package io.mozart.server.protocol.cluster;

import static io.mozart.encore.codec.Field.of;
import static io.mozart.encore.codec.StructCodec.of;

import io.mozart.encore.codec.Codec;
import java.util.Objects;

/** RevokeSession — gateway → channel — GatewayCommand 0x00CB (spec 06 §7.3, 01 §3.5). */
public record RevokeSessionCommand(String sessionId) implements LinkMessage.FromGateway {
    public static final Codec<RevokeSessionCommand> CODEC =
            of(of("sessionId", ClusterStrings.S128, RevokeSessionCommand::sessionId), RevokeSessionCommand::new);

    public RevokeSessionCommand {
        Objects.requireNonNull(sessionId, "sessionId");
    }
}

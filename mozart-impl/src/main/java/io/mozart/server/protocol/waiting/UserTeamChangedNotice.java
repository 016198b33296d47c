package io.mozart.server.protocol.waiting;

import static io.mozart.encore.codec.Codecs.U8;
import static io.mozart.encore.codec.Field.of;
import static io.mozart.encore.codec.StructCodec.of;

import io.mozart.encore.codec.Codec;
import io.mozart.server.protocol.ServerMessage;

/** UserTeamChanged, S→C 0x0FA5 (spec 03 §5.8), to ROOM. */
public record UserTeamChangedNotice(int memberId, int team) implements ServerMessage {
    public static final Codec<UserTeamChangedNotice> CODEC = of(
            of("memberId", U8, UserTeamChangedNotice::memberId),
            of("team", U8, UserTeamChangedNotice::team),
            UserTeamChangedNotice::new);
}

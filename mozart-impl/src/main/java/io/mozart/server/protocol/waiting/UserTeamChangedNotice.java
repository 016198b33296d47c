package io.mozart.server.protocol.waiting;

import static io.mozart.encore.codec.Codecs.U8;
import static io.mozart.encore.codec.Field.of;
import static io.mozart.encore.codec.StructCodec.of;

import io.mozart.encore.codec.Codec;

/** UserTeamChanged, S→C 0x0FA5 (spec 03 §5.8), to ROOM. */
public record UserTeamChangedNotice(int memberId, int team) {
    public static final Codec<UserTeamChangedNotice> CODEC = of(
            of("memberId", U8, UserTeamChangedNotice::memberId),
            of("team", U8, UserTeamChangedNotice::team),
            UserTeamChangedNotice::new);
}

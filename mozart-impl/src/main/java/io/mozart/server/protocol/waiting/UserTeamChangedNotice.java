package io.mozart.server.protocol.waiting;

import io.mozart.encore.codec.Codec;
import io.mozart.encore.codec.Codecs;
import io.mozart.encore.codec.Field;
import io.mozart.encore.codec.StructCodec;

/**
 * UserTeamChanged, S→C 0x0FA5 (spec 03 §5.8), to ROOM. Note the width: the request carried an i32, this
 * carries a {@code u8}.
 *
 * @param memberId slot index of the member
 * @param team     {@code u8} RoomTeam: 0 A … 7 H
 */
public record UserTeamChangedNotice(int memberId, int team) {

    /** Wire codec. */
    public static final Codec<UserTeamChangedNotice> CODEC = StructCodec.of(
            Field.of("memberId", Codecs.U8, UserTeamChangedNotice::memberId),
            Field.of("team", Codecs.U8, UserTeamChangedNotice::team),
            UserTeamChangedNotice::new);

    /**
     * Validates ranges.
     *
     * @param memberId slot index
     * @param team     team
     */
    public UserTeamChangedNotice {
        WaitingChecks.u8("memberId", memberId);
        WaitingChecks.u8("team", team);
    }
}

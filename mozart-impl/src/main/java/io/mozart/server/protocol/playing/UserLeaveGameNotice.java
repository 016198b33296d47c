package io.mozart.server.protocol.playing;

import io.mozart.encore.codec.Codec;
import io.mozart.encore.codec.Codecs;
import io.mozart.encore.codec.Field;
import io.mozart.encore.codec.StructCodec;

/**
 * UserLeaveGame, S→C 0x0FB6 (spec 04 §4), to ROOM when a tracked player is untracked (ExitPlaying, leaving
 * the room or disconnecting mid-game). Frame: 17 bytes.
 *
 * @param memberId     slot index
 * @param level        from the refreshed profile
 * @param cashPoint    from the refreshed profile
 * @param freePassType {@code u32} FreePassType flags of the active pass (0 None if expired)
 */
public record UserLeaveGameNotice(int memberId, int level, int cashPoint, long freePassType) {

    /** Wire codec. */
    public static final Codec<UserLeaveGameNotice> CODEC = StructCodec.of(
            Field.of("memberId", Codecs.U8, UserLeaveGameNotice::memberId),
            Field.of("level", Codecs.I32, UserLeaveGameNotice::level),
            Field.of("cashPoint", Codecs.I32, UserLeaveGameNotice::cashPoint),
            Field.of("freePassType", Codecs.U32, UserLeaveGameNotice::freePassType),
            UserLeaveGameNotice::new);

    /**
     * Validates ranges.
     *
     * @param memberId     slot index
     * @param level        level
     * @param cashPoint    cash points
     * @param freePassType pass type flags
     */
    public UserLeaveGameNotice {
        PlayingChecks.u8("memberId", memberId);
        PlayingChecks.u32("freePassType", freePassType);
    }
}

package io.mozart.server.protocol.playing;

import io.mozart.encore.codec.Codec;
import io.mozart.encore.codec.Codecs;
import io.mozart.encore.codec.Field;
import io.mozart.encore.codec.StructCodec;

import java.util.List;

/**
 * GameStatsUpdate, S→C 0x0FAF (spec 04 §4), to ROOM. Frame: 17 bytes.
 *
 * @param memberId    who the update is about
 * @param type        {@code u16} GameUpdateStatsType, echoed
 * @param value       {@code u16} life or jam combo, echoed
 * @param memberRanks live standings: member ids of all tracked players by score descending (stable), padded
 *                    with 0xFF to 8 (the constructor pads shorter lists)
 */
public record GameStatsUpdateNotice(int memberId, int type, int value, List<Integer> memberRanks) {

    /** Wire codec. */
    public static final Codec<GameStatsUpdateNotice> CODEC = StructCodec.of(
            Field.of("memberId", Codecs.U8, GameStatsUpdateNotice::memberId),
            Field.of("type", Codecs.U16, GameStatsUpdateNotice::type),
            Field.of("value", Codecs.U16, GameStatsUpdateNotice::value),
            Field.of("memberRanks", MemberRanks.CODEC, GameStatsUpdateNotice::memberRanks),
            GameStatsUpdateNotice::new);

    /**
     * Validates ranges and pads the standings.
     *
     * @param memberId    member id
     * @param type        stats type
     * @param value       value
     * @param memberRanks up to 8 member ids
     */
    public GameStatsUpdateNotice {
        PlayingChecks.u8("memberId", memberId);
        PlayingChecks.u16("type", type);
        PlayingChecks.u16("value", value);
        memberRanks = MemberRanks.padded(memberRanks);
    }
}

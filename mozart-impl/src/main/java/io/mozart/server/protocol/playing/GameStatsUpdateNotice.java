package io.mozart.server.protocol.playing;

import io.mozart.encore.codec.Codec;

import java.util.List;

import static io.mozart.encore.codec.Codecs.U16;
import static io.mozart.encore.codec.Codecs.U8;
import static io.mozart.encore.codec.Field.of;
import static io.mozart.encore.codec.StructCodec.of;

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
    public static final Codec<GameStatsUpdateNotice> CODEC = of(
            of("memberId", U8, GameStatsUpdateNotice::memberId),
            of("type", U16, GameStatsUpdateNotice::type),
            of("value", U16, GameStatsUpdateNotice::value),
            of("memberRanks", MemberRanks.CODEC, GameStatsUpdateNotice::memberRanks),
            GameStatsUpdateNotice::new);

    public GameStatsUpdateNotice {
        memberRanks = MemberRanks.padded(memberRanks);
    }
}

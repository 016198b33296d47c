package io.mozart.server.protocol.playing;

import io.mozart.encore.codec.Codec;
import io.mozart.encore.codec.Field;
import io.mozart.encore.codec.StructCodec;

import java.util.List;

/**
 * GameRankUpdate, S→C 0x0FC8 (spec 04 §4). Defined but never sent by the reference. Frame: 12 bytes.
 *
 * @param memberRanks member ids in final rank order, padded with 0xFF to 8 (the constructor pads)
 */
public record GameRankUpdateNotice(List<Integer> memberRanks) {

    /** Wire codec. */
    public static final Codec<GameRankUpdateNotice> CODEC = StructCodec.of(
            Field.of("memberRanks", MemberRanks.CODEC, GameRankUpdateNotice::memberRanks),
            GameRankUpdateNotice::new);

    /**
     * Pads the standings.
     *
     * @param memberRanks up to 8 member ids
     */
    public GameRankUpdateNotice {
        memberRanks = MemberRanks.padded(memberRanks);
    }
}

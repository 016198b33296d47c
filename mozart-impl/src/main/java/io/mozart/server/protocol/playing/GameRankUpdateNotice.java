package io.mozart.server.protocol.playing;

import io.mozart.encore.codec.Codec;

import java.util.List;

import static io.mozart.encore.codec.Field.of;
import static io.mozart.encore.codec.StructCodec.of;

/**
 * GameRankUpdate, S→C 0x0FC8 (spec 04 §4). Defined but never sent by the reference. Frame: 12 bytes.
 *
 * @param memberRanks member ids in final rank order, padded with 0xFF to 8 (the constructor pads)
 */
public record GameRankUpdateNotice(List<Integer> memberRanks) {
    public static final Codec<GameRankUpdateNotice> CODEC =
            of(of("memberRanks", MemberRanks.CODEC, GameRankUpdateNotice::memberRanks), GameRankUpdateNotice::new);

    public GameRankUpdateNotice {
        memberRanks = MemberRanks.padded(memberRanks);
    }
}

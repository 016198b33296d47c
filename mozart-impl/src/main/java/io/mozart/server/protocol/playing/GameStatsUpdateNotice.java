package io.mozart.server.protocol.playing;

import static io.mozart.encore.codec.Codecs.U16;
import static io.mozart.encore.codec.Codecs.U8;
import static io.mozart.encore.codec.Field.of;
import static io.mozart.encore.codec.StructCodec.of;

import io.mozart.encore.codec.Codec;
import io.mozart.server.protocol.ServerMessage;
import java.util.List;

/** GameStatsUpdate, S→C 0x0FAF (spec 04 §4), to ROOM. Frame: 17 bytes. */
public record GameStatsUpdateNotice(int memberId, int type, int value, List<Integer> memberRanks)
        implements ServerMessage {
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

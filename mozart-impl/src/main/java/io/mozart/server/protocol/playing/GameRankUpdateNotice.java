package io.mozart.server.protocol.playing;

import static io.mozart.encore.codec.Field.of;
import static io.mozart.encore.codec.StructCodec.of;

import io.mozart.encore.codec.Codec;
import io.mozart.server.protocol.ServerMessage;
import java.util.List;

/** GameRankUpdate, S→C 0x0FC8 (spec 04 §4). Defined but never sent by the reference. Frame: 12 bytes. */
public record GameRankUpdateNotice(List<Integer> memberRanks) implements ServerMessage {
    public static final Codec<GameRankUpdateNotice> CODEC =
            of(of("memberRanks", MemberRanks.CODEC, GameRankUpdateNotice::memberRanks), GameRankUpdateNotice::new);

    public GameRankUpdateNotice {
        memberRanks = MemberRanks.padded(memberRanks);
    }
}

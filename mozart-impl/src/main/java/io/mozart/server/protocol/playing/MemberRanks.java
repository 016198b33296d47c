package io.mozart.server.protocol.playing;

import static io.mozart.encore.codec.Codecs.U8;
import static io.mozart.encore.codec.Codecs.fixedList;

import io.mozart.encore.codec.Codec;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The 8-byte standings list of GameStatsUpdate and GameRankUpdate (spec 04 §4): member ids in rank order. */
public final class MemberRanks {
    public static final int SIZE = 8;
    public static final int NOBODY = 0xFF;
    /** Wire codec: 8 × u8, no prefix. */
    public static final Codec<List<Integer>> CODEC = fixedList(U8, SIZE);

    private MemberRanks() {}

    /** Pads a standings list to exactly 8 entries with 0xFF and validates it. */
    public static List<Integer> padded(List<Integer> memberIds) {
        Objects.requireNonNull(memberIds, "memberRanks");
        if (memberIds.size() > SIZE) {
            throw new IllegalArgumentException("at most " + SIZE + " member ranks, got " + memberIds.size());
        }
        List<Integer> out = new ArrayList<>(SIZE);
        for (Integer id : memberIds) {
            Objects.requireNonNull(id, "memberRanks[]");
            out.add(id);
        }
        while (out.size() < SIZE) {
            out.add(NOBODY);
        }
        return List.copyOf(out);
    }
}

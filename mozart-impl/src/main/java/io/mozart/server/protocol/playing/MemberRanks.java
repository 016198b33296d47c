package io.mozart.server.protocol.playing;

import io.mozart.encore.codec.Codec;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import static io.mozart.encore.codec.Codecs.U8;
import static io.mozart.encore.codec.Codecs.fixedList;

/**
 * The 8-byte standings list of GameStatsUpdate and GameRankUpdate (spec 04 §4): member ids in rank order
 * (element 0 = the leader), padded with {@value #NOBODY} to exactly 8. Not a per-member rank.
 */
public final class MemberRanks {

    /** Number of bytes on the wire. */
    public static final int SIZE = 8;
    /** Padding value. */
    public static final int NOBODY = 0xFF;
    /** Wire codec: 8 × u8, no prefix. */
    public static final Codec<List<Integer>> CODEC = fixedList(U8, SIZE);

    private MemberRanks() {
    }

    /**
     * Pads a standings list to exactly 8 entries with 0xFF and validates it.
     *
     * @param memberIds member ids in rank order (at most 8, each 0..255)
     * @return an immutable list of exactly 8 ids
     */
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

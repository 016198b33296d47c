package io.mozart.server.protocol.ranking;

import io.mozart.encore.codec.Codec;
import io.mozart.encore.codec.Codecs;
import io.mozart.encore.codec.Field;
import io.mozart.encore.codec.StructCodec;

import java.util.List;
import java.util.Objects;

/**
 * MusicPlayRanking, S→C response 0x07EC (spec 02 §5.11).
 *
 * @param self    the requester's own entry
 * @param entries up to {@value #MAX_ENTRIES} entries ({@code i32} count), server-wide
 */
public record MusicPlayRankingResponse(RankEntry self, List<RankEntry> entries) {

    /** Largest number of entries. */
    public static final int MAX_ENTRIES = 100;

    /** Wire codec. */
    public static final Codec<MusicPlayRankingResponse> CODEC = StructCodec.of(
            Field.of("self", RankEntry.CODEC, MusicPlayRankingResponse::self),
            Field.of("entries", Codecs.listI32(RankEntry.CODEC), MusicPlayRankingResponse::entries),
            MusicPlayRankingResponse::new);

    /**
     * Validates and copies.
     */
    public MusicPlayRankingResponse {
        Objects.requireNonNull(self, "self");
        entries = List.copyOf(entries);
        if (entries.size() > MAX_ENTRIES) {
            throw new IllegalArgumentException("at most " + MAX_ENTRIES + " ranking entries: " + entries.size());
        }
    }

    /**
     * One ranking row.
     *
     * @param rank          ranking position
     * @param nickname      nickname
     * @param battles       stored battle count
     * @param wins          wins
     * @param winRate       integer part of wins ÷ battles (0 or 1); 0 when battles = 0
     * @param rankDeltaType RankDeltaType {@code u8}: 0 Up, 1 Down
     * @param rankDelta     stored rank change amount
     */
    public record RankEntry(int rank, String nickname, int battles, int wins, int winRate, int rankDeltaType,
                            int rankDelta) {

        /** Wire codec. */
        public static final Codec<RankEntry> CODEC = StructCodec.of(
                Field.of("rank", Codecs.I32, RankEntry::rank),
                Field.of("nickname", Codecs.cstr(), RankEntry::nickname),
                Field.of("battles", Codecs.I32, RankEntry::battles),
                Field.of("wins", Codecs.I32, RankEntry::wins),
                Field.of("winRate", Codecs.I32, RankEntry::winRate),
                Field.of("rankDeltaType", Codecs.U8, RankEntry::rankDeltaType),
                Field.of("rankDelta", Codecs.I32, RankEntry::rankDelta),
                RankEntry::new);

        /**
         * Validates.
         */
        public RankEntry {
            Objects.requireNonNull(nickname, "nickname");
            if (rankDeltaType < 0 || rankDeltaType > 0xFF) {
                throw new IllegalArgumentException("rankDeltaType must be a u8: " + rankDeltaType);
            }
        }
    }
}

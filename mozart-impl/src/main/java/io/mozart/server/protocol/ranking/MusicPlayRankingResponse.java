package io.mozart.server.protocol.ranking;

import io.mozart.encore.codec.Codec;

import java.util.List;
import java.util.Objects;

import static io.mozart.encore.codec.Codecs.I32;
import static io.mozart.encore.codec.Codecs.U8;
import static io.mozart.encore.codec.Codecs.cstr;
import static io.mozart.encore.codec.Codecs.listI32;
import static io.mozart.encore.codec.Field.of;
import static io.mozart.encore.codec.StructCodec.of;

/**
 * MusicPlayRanking, S→C response 0x07EC (spec 02 §5.11).
 *
 * @param self    the requester's own entry
 * @param entries up to {@value #MAX_ENTRIES} entries ({@code i32} count), server-wide
 */
public record MusicPlayRankingResponse(RankEntry self, List<RankEntry> entries) {
    /** Largest number of entries. */
    public static final int MAX_ENTRIES = 100;

    public static final Codec<MusicPlayRankingResponse> CODEC = of(
            of("self", RankEntry.CODEC, MusicPlayRankingResponse::self),
            of("entries", listI32(RankEntry.CODEC), MusicPlayRankingResponse::entries),
            MusicPlayRankingResponse::new);

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
     * @param battles       stored battle count
     * @param winRate       integer part of wins ÷ battles (0 or 1); 0 when battles = 0
     * @param rankDeltaType RankDeltaType {@code u8}: 0 Up, 1 Down
     * @param rankDelta     stored rank change amount
     */
    public record RankEntry(int rank, String nickname, int battles, int wins, int winRate, int rankDeltaType,
                            int rankDelta) {
        public static final Codec<RankEntry> CODEC = of(
                of("rank", I32, RankEntry::rank),
                of("nickname", cstr(), RankEntry::nickname),
                of("battles", I32, RankEntry::battles),
                of("wins", I32, RankEntry::wins),
                of("winRate", I32, RankEntry::winRate),
                of("rankDeltaType", U8, RankEntry::rankDeltaType),
                of("rankDelta", I32, RankEntry::rankDelta),
                RankEntry::new);

        public RankEntry {
            Objects.requireNonNull(nickname, "nickname");
        }
    }
}

package io.mozart.server.protocol.ranking;

import static io.mozart.encore.codec.Codecs.I32;
import static io.mozart.encore.codec.Codecs.U8;
import static io.mozart.encore.codec.Codecs.cstr;
import static io.mozart.encore.codec.Codecs.listI32;
import static io.mozart.encore.codec.Field.of;
import static io.mozart.encore.codec.StructCodec.of;

import io.mozart.encore.codec.Codec;
import io.mozart.server.protocol.ServerMessage;
import java.util.List;
import java.util.Objects;

/** MusicPlayRanking, S→C response 0x07EC (spec 02 §5.11). */
public record MusicPlayRankingResponse(RankEntry self, List<RankEntry> entries) implements ServerMessage {
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

    public record RankEntry(
            int rank, String nickname, int battles, int wins, int winRate, int rankDeltaType, int rankDelta) {
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

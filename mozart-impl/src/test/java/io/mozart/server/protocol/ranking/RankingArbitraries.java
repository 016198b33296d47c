package io.mozart.server.protocol.ranking;

import static io.mozart.server.protocol.ProtocolFrames.i32;
import static io.mozart.server.protocol.ProtocolFrames.text;
import static io.mozart.server.protocol.ProtocolFrames.u16;
import static io.mozart.server.protocol.ProtocolFrames.u8;

import java.util.LinkedHashMap;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** jqwik arbitraries for every ranking record. */
public final class RankingArbitraries {

    private RankingArbitraries() {}

    /** @return an arbitrary per record class */
    public static Map<Class<?>, Arbitrary<?>> all() {
        Map<Class<?>, Arbitrary<?>> m = new LinkedHashMap<>();
        m.put(GetMusicPlayRankingRequest.class, Arbitraries.just(GetMusicPlayRankingRequest.INSTANCE));
        m.put(
                MusicPlayRankingResponse.class,
                Combinators.combine(rankEntry(), rankEntry().list().ofMaxSize(MusicPlayRankingResponse.MAX_ENTRIES))
                        .as(MusicPlayRankingResponse::new));
        m.put(GetMusicScoreListRequest.class, Arbitraries.just(GetMusicScoreListRequest.INSTANCE));
        m.put(
                MusicScoreListResponse.class,
                Combinators.combine(u16(), i32(), i32(), i32(), u8(), u8(), u8())
                        .as(MusicScoreListResponse.ScoreEntry::new)
                        .list()
                        .ofMaxSize(30)
                        .map(MusicScoreListResponse::new));
        return m;
    }

    static Arbitrary<MusicPlayRankingResponse.RankEntry> rankEntry() {
        return Combinators.combine(i32(), text(16), i32(), i32(), i32(), u8(), i32())
                .as(MusicPlayRankingResponse.RankEntry::new);
    }
}

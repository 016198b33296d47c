package io.mozart.server.protocol.playing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** A jqwik {@link Arbitrary} for every record of the playing area (spec 04), within wire ranges. */
public final class PlayingArbitraries {

    private PlayingArbitraries() {}

    static Arbitrary<Integer> u8() {
        return Arbitraries.integers().between(0, 0xFF);
    }

    static Arbitrary<Integer> u16() {
        return Arbitraries.integers().between(0, 0xFFFF);
    }

    static Arbitrary<Long> u32() {
        return Arbitraries.longs().between(0, 0xFFFFFFFFL);
    }

    static Arbitrary<Integer> i32() {
        return Arbitraries.integers();
    }

    /** @return active and (rarely) inactive score entries */
    public static Arbitrary<ScoreEntry> scoreEntry() {
        Arbitrary<ScoreEntry> active = Combinators.combine(
                        u8(), u16().list().ofSize(7), u32(), i32().list().ofSize(4), u8(), u8(), i32())
                .as((id, s, score, ints, result, speed, ln) -> new ScoreEntry(
                        id,
                        true,
                        s.get(0),
                        s.get(1),
                        s.get(2),
                        s.get(3),
                        s.get(4),
                        s.get(5),
                        score,
                        s.get(6),
                        ints.get(0),
                        ints.get(1),
                        result,
                        ints.get(2),
                        ints.get(3),
                        speed,
                        ln));
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(9, active), net.jqwik.api.Tuple.of(1, u8().map(ScoreEntry::inactive)));
    }

    private static Arbitrary<List<Integer>> ranks() {
        return u8().list().ofMaxSize(MemberRanks.SIZE);
    }

    /** @return an arbitrary for each record class of the area */
    public static Map<Class<?>, Arbitrary<?>> all() {
        Map<Class<?>, Arbitrary<?>> m = new LinkedHashMap<>();
        m.put(StartGameRequest.class, Arbitraries.just(StartGameRequest.INSTANCE));
        m.put(
                StartGameNotice.class,
                Arbitraries.oneOf(
                        i32().map(StartGameNotice::success),
                        Arbitraries.of(
                                        StartResult.NOT_READY,
                                        StartResult.TEAM_UNBALANCED,
                                        StartResult.INSUFFICIENT_PLAYERS,
                                        StartResult.GENERIC_ERROR,
                                        StartResult.NONE)
                                .map(StartGameNotice::failure),
                        i32().filter(r -> r != 0).map(r -> new StartGameNotice(r, null))));
        m.put(ConfirmMusicLoadedRequest.class, i32().map(ConfirmMusicLoadedRequest::new));
        m.put(
                UpdateGameStatsRequest.class,
                Combinators.combine(u16(), u16(), i32(), u32(), i32()).as(UpdateGameStatsRequest::new));
        m.put(
                GameStatsUpdateNotice.class,
                Combinators.combine(u8(), u16(), u16(), ranks()).as(GameStatsUpdateNotice::new));
        m.put(
                SubmitScoreRequest.class,
                Combinators.combine(u16().list().ofSize(7), u32(), u8(), u8(), i32())
                        .as((s, score, life, speed, ln) -> new SubmitScoreRequest(
                                s.get(0), s.get(1), s.get(2), s.get(3), s.get(4), s.get(5), s.get(6), score, life,
                                speed, ln)));
        m.put(ScoreSubmissionNotice.class, u8().map(ScoreSubmissionNotice::new));
        m.put(
                ScoreCompletedNotice.class,
                scoreEntry().list().ofMaxSize(ScoreCompletedNotice.MAX_ENTRIES).map(ScoreCompletedNotice::new));
        m.put(
                AlbumScoreCompletedNotice.class,
                scoreEntry().list().ofMaxSize(ScoreCompletedNotice.MAX_ENTRIES).map(AlbumScoreCompletedNotice::new));
        m.put(ExitPlayingRequest.class, Arbitraries.just(ExitPlayingRequest.INSTANCE));
        m.put(
                UserLeaveGameNotice.class,
                Combinators.combine(u8(), i32(), i32(), u32()).as(UserLeaveGameNotice::new));
        m.put(FinalizeRankRequest.class, Arbitraries.just(FinalizeRankRequest.INSTANCE));
        m.put(GameRankUpdateNotice.class, ranks().map(GameRankUpdateNotice::new));
        return m;
    }
}

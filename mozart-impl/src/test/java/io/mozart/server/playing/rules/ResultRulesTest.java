package io.mozart.server.playing.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mozart.encore.protocol.PacketRegistry;
import io.mozart.server.protocol.ProtocolFrames;
import io.mozart.server.protocol.playing.MatchResult;
import io.mozart.server.protocol.playing.PlayingPackets;
import io.mozart.server.protocol.playing.ScoreEntry;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Spec 04 §6 result processing, including the §4 worked ScoreCompleted frame and §6.4 case A. */
class ResultRulesTest {

    private static final ChartInfo CHART_500 = new ChartInfo(true, 10, 500);

    private static PlayerScore score(int memberId, long score, boolean clear, int cool, int good, int bad, int miss) {
        return new PlayerScore(memberId, cool, good, bad, miss, 500, 19, score, clear, 1, 0);
    }

    @Test
    void workedFrameOfSpecSection4() {
        // 04 §4 worked frame: one player, memberId 0, cool 480, good 20, maxCombo 500, maxJam 19, score 140000,
        // reward 201, level 1, exp 955, Win, gem 201, cash 0, X1.0, LN 0 (§6.4 case A: gemRate 1.5, expRate 3.0)
        ResultRules.GameResults r = ResultRules.process(
                CHART_500,
                List.of(score(0, 140000, true, 480, 20, 0, 0)),
                Map.of(0, new PlayerProfile(1, 0, 0, 0)),
                1.5f,
                3.0f);
        assertTrue(r.safe());
        assertFalse(r.aborted());
        PacketRegistry.Builder b = PacketRegistry.builder();
        PlayingPackets.register(b);
        assertEquals(
                "35 00 B2 0F 01 00 00 00 00 01 00 00 00 E0 01 14 00 00 00 00 00 F4 01 13 00 "
                        + "E0 22 02 00 C9 00 01 00 00 00 BB 03 00 00 01 C9 00 00 00 00 00 00 00 01 00 00 00 00",
                ProtocolFrames.hex(ProtocolFrames.frame(b.build(), r.scoreCompleted())));
    }

    @Test
    void outcomes() {
        // 04 §6.3 step 1: any tie is Draw (also for last place), top alone is Win, teams ignored
        List<PlayerScore> s = List.of(
                score(0, 100, true, 1, 0, 0, 0),
                score(1, 300, true, 1, 0, 0, 0),
                score(2, 100, true, 1, 0, 0, 0),
                score(3, 200, true, 1, 0, 0, 0));
        assertEquals(MatchResult.DRAW, ResultRules.outcome(100, s));
        assertEquals(MatchResult.WIN, ResultRules.outcome(300, s));
        assertEquals(MatchResult.LOSE, ResultRules.outcome(200, s));
        List<PlayerScore> tieTop = List.of(score(0, 300, true, 1, 0, 0, 0), score(1, 300, true, 1, 0, 0, 0));
        assertEquals(MatchResult.DRAW, ResultRules.outcome(300, tieTop));
        // a solo game is a Win
        assertEquals(MatchResult.WIN, ResultRules.outcome(0, List.of(score(0, 0, false, 0, 0, 0, 1))));
    }

    @Test
    void orderingIsByScoreDescendingThenMemberId() {
        List<PlayerScore> s = List.of(
                score(3, 100, true, 1, 0, 0, 0), score(1, 300, true, 1, 0, 0, 0), score(0, 100, true, 1, 0, 0, 0));
        Map<Integer, PlayerProfile> p = Map.of(
                0, new PlayerProfile(1, 0, 0, 0), 1, new PlayerProfile(1, 0, 0, 0), 3, new PlayerProfile(1, 0, 0, 0));
        ResultRules.GameResults r = ResultRules.process(CHART_500, s, p, 1f, 1f);
        assertEquals(
                List.of(0, 1, 3),
                r.players().stream().map(x -> x.score().memberId()).toList());
        assertEquals(
                List.of(1, 0, 3),
                r.scoreCompleted().entries().stream().map(ScoreEntry::memberId).toList());
    }

    @Test
    void notSafeGivesNoRewardsButCountsTheBattle() {
        // 04 §6.2: nobody cleared -> not safe; music missing -> not safe
        List<PlayerScore> s = List.of(score(0, 5000, false, 10, 0, 0, 490));
        PlayerProfile before = new PlayerProfile(7, 123, 50, 9);
        for (ChartInfo chart : List.of(CHART_500, ChartInfo.MISSING)) {
            ResultRules.GameResults r = ResultRules.process(chart, s, Map.of(0, before), 1f, 1f);
            assertFalse(r.safe());
            PlayerResult p = r.players().get(0);
            assertEquals(0, p.reward());
            assertEquals(7, p.level());
            assertEquals(123, p.experience());
            assertEquals(50, p.gem());
            assertEquals(MatchResult.WIN, p.result());
        }
        // a failed player in a safe game still gets rewards, without the clear bonus
        List<PlayerScore> mixed = List.of(score(0, 0, false, 0, 0, 0, 0), score(1, 0, true, 0, 0, 0, 0));
        ResultRules.GameResults r = ResultRules.process(
                CHART_500, mixed, Map.of(0, new PlayerProfile(1, 0, 0, 0), 1, new PlayerProfile(1, 0, 0, 0)), 1f, 1f);
        assertEquals(50, r.players().get(0).reward());
        assertEquals(75, r.players().get(1).reward());
    }

    @Test
    void aChartWithoutNotesIsNeverSafe() {
        // Mozart divergence (see ResultRules.safe): the reference would saturate and overflow the gem reward
        ChartInfo empty = new ChartInfo(true, 1, 0);
        List<PlayerScore> s = List.of(score(0, 1000, true, 0, 0, 0, 0));
        assertFalse(ResultRules.safe(empty, s));
        assertEquals(
                0,
                ResultRules.process(empty, s, Map.of(0, new PlayerProfile(1, 0, 0, 0)), 1f, 1f)
                        .players()
                        .get(0)
                        .reward());
    }

    @Test
    void antiCheatAbortsOnlyForClearedOverJudgedStates() {
        // 04 §6.2: safe and a cleared state judged more notes than the chart has -> abort
        ChartInfo small = new ChartInfo(true, 1, 10);
        List<PlayerScore> cheat = List.of(score(0, 1, true, 11, 0, 0, 0));
        ResultRules.GameResults r = ResultRules.process(small, cheat, Map.of(), 1f, 1f);
        assertTrue(r.aborted());
        assertEquals(List.of(), r.players());
        // an over-judged state that did not clear does not abort
        List<PlayerScore> failed = List.of(score(0, 1, true, 10, 0, 0, 0), score(1, 1, false, 30, 0, 0, 0));
        assertFalse(ResultRules.cheated(small, failed));
    }

    @Test
    void chartSelection() {
        // 04 §6.1: EX, NX, anything else -> HX
        assertEquals(new ChartInfo(true, 1, 100), ChartInfo.select(0, 1, 2, 3, 100, 200, 300));
        assertEquals(new ChartInfo(true, 2, 200), ChartInfo.select(1, 1, 2, 3, 100, 200, 300));
        assertEquals(new ChartInfo(true, 3, 300), ChartInfo.select(2, 1, 2, 3, 100, 200, 300));
        assertEquals(new ChartInfo(true, 3, 300), ChartInfo.select(3, 1, 2, 3, 100, 200, 300));
    }

    @Test
    void bestScore() {
        // 04 §6.3 step 5 (reference)
        assertEquals(
                new BestScoreRules.Decision(true, true, 140000, ClearType.ALL_COMBO),
                BestScoreRules.decideReference(null, 140000, true, 480, 20, 0, 0, 500));
        assertEquals(
                BestScoreRules.Decision.KEEP,
                BestScoreRules.decideReference(150000L, 140000, true, 480, 20, 0, 0, 500));
        assertEquals(
                BestScoreRules.Decision.KEEP,
                BestScoreRules.decideReference(140000L, 140000, true, 480, 20, 0, 0, 500));
        assertEquals(
                new BestScoreRules.Decision(true, false, 147310, ClearType.ALL_COOL),
                BestScoreRules.decideReference(140000L, 147310, true, 500, 0, 0, 0, 500));
        // reference oddities: unsafe downgrades to 0; missing music with 0 cools -> AllCool
        assertEquals(
                new BestScoreRules.Decision(true, false, 0, ClearType.ALL_COOL),
                BestScoreRules.decideReference(100L, 200, false, 0, 0, 0, 0, 0));
        // unsigned compare of stored vs new
        assertEquals(
                true,
                BestScoreRules.decideReference(0x7FFFFFFFL, 0xFFFFFFFFL, true, 0, 0, 0, 1, 5)
                        .write());
        // Mozart: unsafe never touches the record; a note-less chart never yields a clear type
        assertEquals(BestScoreRules.Decision.KEEP, BestScoreRules.decide(100L, 200, false, 0, 0, 0, 0, 0));
        assertEquals(BestScoreRules.Decision.KEEP, BestScoreRules.decide(null, 200, false, 0, 0, 0, 0, 500));
        assertEquals(
                new BestScoreRules.Decision(true, true, 200, ClearType.NONE),
                BestScoreRules.decide(null, 200, true, 0, 0, 0, 0, 0));
        assertEquals(
                new BestScoreRules.Decision(true, true, 140000, ClearType.ALL_COMBO),
                BestScoreRules.decide(null, 140000, true, 480, 20, 0, 0, 500));
    }
}

package io.mozart.server.playing.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

/** {@link ResultRules#capped}: the reward formula's maximum bounds a submitted score. */
class ScoreCapTest {

    private static PlayerScore score(long value) {
        return new PlayerScore(0, 480, 20, 0, 0, 500, 19, value, true, 1, 0);
    }

    @Test
    void scoresAboveTheMaximumAreClampedOthersKept() {
        ChartInfo chart = new ChartInfo(true, 10, 500);
        assertEquals(147_310, RewardRules.maxScore(500));
        assertEquals(147_310L, ResultRules.capped(chart, score(0xFFFF_FFFFL)).score());
        assertEquals(147_310L, ResultRules.capped(chart, score(147_311L)).score());
        PlayerScore exact = score(147_310L);
        assertSame(exact, ResultRules.capped(chart, exact));
        PlayerScore low = score(140_000L);
        assertSame(low, ResultRules.capped(chart, low));
        assertEquals(low.cool(), ResultRules.capped(chart, score(1L << 31)).cool(), "only the score changes");
    }

    @Test
    void theMaximumMatchesTheRewardFormulaAndNeverOverflows() {
        for (int n : new int[] {1, 10, 26, 27, 51, 500, 2_000, 40_000}) {
            assertEquals(RewardRules.maxScore(n), ResultRules.maxScore(n), "notes " + n);
        }
        assertEquals(true, ResultRules.maxScore(Integer.MAX_VALUE) > Integer.MAX_VALUE);
    }

    @Test
    void chartsWithoutNotesAreLeftToTheSafetyGate() {
        PlayerScore s = score(0xFFFF_FFFFL);
        assertSame(s, ResultRules.capped(ChartInfo.MISSING, s));
        assertSame(s, ResultRules.capped(new ChartInfo(true, 10, 0), s));
    }
}

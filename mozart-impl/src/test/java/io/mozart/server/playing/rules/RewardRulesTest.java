package io.mozart.server.playing.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Spec 04 §6.3 formulas and the §6.4 reference numbers. */
class RewardRulesTest {

    @ParameterizedTest(name = "maxScore({0}) = {1}")
    @CsvSource({
        // 04 §6.4: totalNotes 500 => maxJams 18, rem 24, maxScore 147310
        "500, 147310",
        // j = 0, rem = 0 at 26 notes; short charts make j/rem negative (Java truncation)
        "26, 5200",
        "51, 10450",
        "10, 1840",
        "0, 0",
    })
    void maxScore(int notes, int expected) {
        assertEquals(expected, RewardRules.maxScore(notes));
    }

    @Test
    void caseA() {
        // 04 §6.4 case A: L=1, score 140000, cool 480, good 20, clear, gemRate 1.5, musicLevel 10, expRate 3.0
        assertEquals(87.0f, RewardRules.levelFactor(1));
        assertEquals(0.95037675f, 140000f / 147310f);
        assertEquals(84, RewardRules.gemBase(1, 140000, 147310));
        assertEquals(201, RewardRules.gemReward(1, 140000, 500, true, 480, 20, 0, 0, 1.5f));
        assertEquals(955, RewardRules.xpGain(10, 480, 20, 500, 3.0f));
        assertEquals(1819, LevelTable.nextLevelXp(1));
        assertEquals(new LevelTable.Progress(1, 955), LevelTable.apply(1, 0, 955));
    }

    @Test
    void caseB() {
        // 04 §6.4 case B: L=23, score 147310 (= maxScore), cool 500, gemRate 1.0 => f = 254.19999695, reward 329
        assertEquals(254.19999695f, RewardRules.levelFactor(23));
        assertEquals(254, RewardRules.gemBase(23, 147310, 147310));
        assertEquals(329, RewardRules.gemReward(23, 147310, 500, true, 500, 0, 0, 0, 1.0f));
    }

    @ParameterizedTest(name = "bonuses clear={0} c={1} g={2} b={3} m={4} -> {5}")
    @CsvSource({
        // base is 0 with score 0; only the +25 bonuses remain (04 §6.3 step 3)
        "true, 10, 0, 0, 0, 75",
        "true, 0, 10, 0, 0, 75",
        "true, 5, 5, 0, 0, 50",
        "true, 5, 5, 1, 0, 25",
        "false, 5, 5, 0, 1, 0",
        "false, 0, 0, 0, 0, 50",
    })
    void bonuses(boolean clear, int cool, int good, int bad, int miss, int expected) {
        assertEquals(expected, RewardRules.gemReward(1, 0, 500, clear, cool, good, bad, miss, 1.0f));
    }

    @Test
    void degenerateChartsCastLikeJava() {
        // totalNotes 0: 0/0 = NaN -> 0; x/0 = +inf -> Integer.MAX_VALUE (Java's (int) cast)
        assertEquals(0, RewardRules.xpGain(10, 0, 0, 0, 1.0f));
        assertEquals(Integer.MAX_VALUE, RewardRules.xpGain(10, 1, 0, 0, 1.0f));
        // maxScore 0 at 0 notes: r = +inf -> base saturates; 0/0 -> NaN -> 0
        assertEquals(Integer.MAX_VALUE, RewardRules.gemBase(1, 100, RewardRules.maxScore(0)));
        assertEquals(0, RewardRules.gemBase(1, 0, RewardRules.maxScore(0)));
    }
}

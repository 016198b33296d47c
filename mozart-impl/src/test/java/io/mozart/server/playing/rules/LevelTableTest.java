package io.mozart.server.playing.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Spec 04 §6.5 NEXT_LEVEL_XP and the §6.3 level update. */
class LevelTableTest {

    @ParameterizedTest(name = "NEXT_LEVEL_XP[{0}] = {1}")
    @CsvSource({
        "-1, 0",
        "0, 884",
        "1, 1819",
        "9, 15215",
        "10, 18139",
        "23, 104108",
        "49, 773075",
        "50, 818159",
        "89, 4278135",
        "90, 4419779",
        "98, 5667783",
        "99, 6025912",
        "100, 0",
        "2147483647, 0",
    })
    void thresholds(int level, int expected) {
        assertEquals(expected, LevelTable.nextLevelXp(level));
    }

    @Test
    void tableIsStrictlyIncreasingAndComplete() {
        long sum = 0;
        for (int l = 1; l < LevelTable.SIZE; l++) {
            assertTrue(LevelTable.nextLevelXp(l) > LevelTable.nextLevelXp(l - 1), "at " + l);
        }
        for (int l = 0; l < LevelTable.SIZE; l++) {
            sum += LevelTable.nextLevelXp(l);
        }
        // sum of the 100 entries of the spec table, row by row
        assertEquals(151_970_062L, sum);
    }

    @ParameterizedTest(name = "L{0} exp {1} + {2} -> L{3} exp {4}")
    @CsvSource({
        // below the threshold: plain addition
        "1, 0, 955, 1, 955",
        // exactly the threshold: level up, experience = threshold
        "1, 1000, 819, 2, 1819",
        // beyond: capped at the threshold, one level only
        "1, 1000, 999999, 2, 1819",
        // level 0 uses entry 0 (884)
        "0, 0, 900, 1, 884",
        // level 99 -> 100 at 6025912
        "99, 6025000, 5000, 100, 6025912",
        // level >= 100: no threshold, no level change, experience keeps growing
        "100, 6025912, 5000, 100, 6030912",
        // negative level: no threshold either
        "-3, 10, 5, -3, 15",
        // saturating instead of wrapping (divergence)
        "100, 2147483000, 5000, 100, 2147483647",
    })
    void apply(int level, int exp, int gain, int newLevel, int newExp) {
        assertEquals(new LevelTable.Progress(newLevel, newExp), LevelTable.apply(level, exp, gain));
    }
}

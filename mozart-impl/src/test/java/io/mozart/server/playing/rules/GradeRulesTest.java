package io.mozart.server.playing.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Spec 04 §8 grade evaluation. */
class GradeRulesTest {

    @ParameterizedTest(name = "gradeMax({0}) = {1}")
    @CsvSource({
        // n=500: j=18, rem=24 -> 100000 + 250*18*19 + 10*24*19 = 100000 + 85500 + 4560
        "500, 190060",
        // n=526: j=20, rem=0 -> no remainder term: 105200 + 250*20*21
        "526, 210200",
        "26, 5200",
        // rem negative (short chart) -> no remainder term, j = 0 (the reward formula would subtract 160)
        "10, 2000",
    })
    void gradeMax(int n, int expected) {
        assertEquals(expected, GradeRules.gradeMax(n));
    }

    @ParameterizedTest(name = "record score {0}, clear {1} -> {2}")
    @CsvSource({
        // n = 500, gradeMax 190060: 80% = 152048, 70% = 133042, 50% = 95030, 30% = 57018
        "0, ALL_COOL, F",
        "1, ALL_COOL, PERFECT",
        "152048, ALL_COMBO, S",
        "152047, ALL_COMBO, B",
        "152048, NONE, A",
        "133042, NONE, B",
        "133041, NONE, C",
        "95030, NONE, C",
        "95029, NONE, D",
        "57018, NONE, D",
        "57017, NONE, E",
        "4294967295, NONE, A",
    })
    void storedRecordVariant(long score, ClearType clearType, Grade expected) {
        assertEquals(expected, GradeRules.ofRecord(score, 500, clearType));
    }

    @Test
    void noHeaderOrNoNotesIsNone() {
        assertEquals(Grade.NONE, GradeRules.ofRecord(100, 0, ClearType.ALL_COOL));
        // RX (3) uses note count 0
        assertEquals(0, GradeRules.noteCount(3, 10, 20, 30));
        assertEquals(30, GradeRules.noteCount(2, 10, 20, 30));
        assertEquals(20, GradeRules.noteCount(1, 10, 20, 30));
        assertEquals(10, GradeRules.noteCount(0, 10, 20, 30));
    }

    @ParameterizedTest(name = "live score {0}, clear {1}, cool {2}, maxCombo {3} -> {4}")
    @CsvSource({
        "190060, false, 500, 499, F",
        "190060, true, 500, 499, PERFECT",
        "190060, true, 499, 499, S",
        "152048, true, 400, 499, S",
        "152048, true, 400, 498, A",
        "133042, true, 400, 499, B",
        "95030, true, 400, 499, C",
        "57018, true, 400, 499, D",
        "0, true, 0, 0, E",
    })
    void liveStateVariant(long score, boolean clear, int cool, int maxCombo, Grade expected) {
        assertEquals(expected, GradeRules.ofLiveState(score, 500, clear, cool, maxCombo));
    }
}

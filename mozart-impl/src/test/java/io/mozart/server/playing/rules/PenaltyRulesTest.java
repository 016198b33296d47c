package io.mozart.server.playing.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Spec 03 §5.2 / 04 §7 penalty table. */
class PenaltyRulesTest {

    @ParameterizedTest(name = "count {0} -> level {1}")
    @CsvSource({
        "-5, 0",
        "0, 0",
        "1, 0",
        "3, 0",
        "4, 1",
        "6, 1",
        "7, 2",
        "9, 2",
        "10, 3",
        "12, 3",
        "13, 4",
        "15, 4",
        "16, 5",
        "18, 5",
        "19, 6",
        "21, 6",
        "22, 7",
        "1000, 7",
        "2147483647, 7",
    })
    void level(int count, int expected) {
        assertEquals(expected, PenaltyRules.level(count));
    }

    @Test
    void increment() {
        assertEquals(4, PenaltyRules.increment(3));
        assertEquals(Integer.MAX_VALUE, PenaltyRules.increment(Integer.MAX_VALUE));
    }

    @Test
    void whoIsPenalized() {
        // exit type 1 always
        assertTrue(PenaltyRules.penalized(1, false, false, false));
        // playing and tracked (the reference's in-game check)
        assertTrue(PenaltyRules.penalized(0, true, true, false));
        // other exit values behave like Normal
        assertFalse(PenaltyRules.penalized(2, false, true, false));
        assertFalse(PenaltyRules.penalized(0, true, false, false));
        assertFalse(PenaltyRules.penalized(0, false, true, false));
        // Mozart divergence: a player who already submitted is not penalised for leaving
        assertFalse(PenaltyRules.penalized(0, true, true, true));
    }
}

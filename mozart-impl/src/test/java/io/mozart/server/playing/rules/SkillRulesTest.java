package io.mozart.server.playing.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The StartGame skill-item walk (spec 04 §4 step 2). */
class SkillRulesTest {

    @Test
    void noSkillsNeedNothing() {
        SkillRules.Consumption c = SkillRules.consume(List.of(0, -3), List.of(5, 6), Map.of());
        assertTrue(c.satisfied());
        assertTrue(c.emptiedBag().isEmpty());
        assertTrue(c.counts().isEmpty());
    }

    @Test
    void aPositiveCountLosesOneUnitEvenForADuplicatedSkill() {
        SkillRules.Consumption c = SkillRules.consume(List.of(503, 503), List.of(0, 503, 7), Map.of(503, 3));
        assertTrue(c.satisfied());
        assertEquals(Map.of(503, 2), c.counts());
        assertTrue(c.emptiedBag().isEmpty());
    }

    @Test
    void theLastUnitDropsTheCountRecord() {
        SkillRules.Consumption c = SkillRules.consume(List.of(503), List.of(503), Map.of(503, 1));
        assertTrue(c.satisfied());
        assertEquals(Map.of(503, 0), c.counts());
    }

    @Test
    void aZeroCountDoesNotSatisfyAndEmptiesTheSlot() {
        SkillRules.Consumption c = SkillRules.consume(List.of(503), List.of(503), Map.of());
        assertFalse(c.satisfied());
        assertEquals(List.of(0), c.emptiedBag());
    }

    @Test
    void aZeroCountSlotIsSkippedForALaterSlotWithUnits() {
        SkillRules.Consumption c = SkillRules.consume(List.of(503), List.of(503, 503), Map.of(503, 0));
        assertFalse(c.satisfied(), "both slots share one count record, which is 0");
        SkillRules.Consumption neg = SkillRules.consume(List.of(503, 9), List.of(503, 9), Map.of(503, -1, 9, 2));
        assertTrue(neg.satisfied(), "a negative count counts as owned");
        assertEquals(List.of(0), neg.emptiedBag());
        assertEquals(Map.of(9, 1), neg.counts());
    }

    @Test
    void aMissingItemFails() {
        assertFalse(
                SkillRules.consume(List.of(503, 9), List.of(9), Map.of(9, 1)).satisfied());
    }
}

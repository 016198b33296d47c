package io.mozart.server.myroom.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mozart.server.myroom.rules.NameRules.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Nickname rules (05 §6.3–§6.4 and Mozart's documented divergence).
 */
class NameRulesTest {

    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource(
            delimiter = '|',
            value = {"abc|VALID", "'  abc  '|VALID", "''|EMPTY", "'   '|EMPTY", "가나다|VALID", "a_b%c|VALID"})
    void verdicts(String name, Verdict verdict) {
        assertEquals(verdict, NameRules.validate(name));
    }

    @Test
    void lengthLimitIsTwentyCharactersAfterStripping() {
        assertEquals(Verdict.VALID, NameRules.validate("x".repeat(20)));
        assertEquals(Verdict.VALID, NameRules.validate(" " + "x".repeat(20) + " "));
        assertEquals(Verdict.TOO_LONG, NameRules.validate("x".repeat(21)));
        assertEquals(Verdict.VALID, NameRules.validate("가".repeat(20)));
        assertEquals(Verdict.VALID, NameRules.validate("\uD83D\uDE00".repeat(20)), "code points, not chars");
        assertEquals(Verdict.TOO_LONG, NameRules.validate("가".repeat(21)));
    }

    @Test
    void controlCharactersAndBrokenSurrogatesAreRefused() {
        assertEquals(Verdict.ILLEGAL_CHARACTER, NameRules.validate("a\u0001b"));
        assertEquals(Verdict.ILLEGAL_CHARACTER, NameRules.validate("a\tb"));
        assertEquals(Verdict.ILLEGAL_CHARACTER, NameRules.validate("a\uD800b"));
        assertEquals(Verdict.ILLEGAL_CHARACTER, NameRules.validate("a\uDC00"));
        assertEquals(Verdict.VALID, NameRules.validate("a\uD83D\uDE00"));
    }

    @ParameterizedTest(name = "\"{0}\" vs \"{1}\" → same {2}, reference LIKE {3}")
    @CsvSource(
            delimiter = '|',
            value = {
                "abc|abc|true|true",
                "ABC|abc|true|true",
                "' abc '|abc|true|true",
                "a%|abc|false|true",
                "a_c|abc|false|true",
                "%|abc|false|true",
                "ab|abc|false|false",
                "가|가|true|true",
                "ÄBC|äbc|false|false"
            })
    void comparisonIsCaseInsensitiveAsciiWithoutWildcards(
            String pattern, String stored, boolean same, boolean referenceLike) {
        assertEquals(same, NameRules.sameNickname(pattern, stored));
        assertEquals(referenceLike, NameRules.referenceLikeMatches(pattern, stored));
    }

    @Test
    void normalizeStripsSurroundingWhitespaceOnly() {
        assertEquals("a b", NameRules.normalize("  a b \t"));
        assertTrue(NameRules.lookupKey("AbC").equals("abc"));
        assertFalse(NameRules.lookupKey("a%").equals("abc"));
    }
}

package io.mozart.server.playing.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mozart.server.protocol.playing.MatchResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Mozart's match outcomes (ties and teams) and the solo reward level limit. */
class MatchRulesTest {

    private static final Map<Character, MatchResult> CODES =
            Map.of('W', MatchResult.WIN, 'L', MatchResult.LOSE, 'D', MatchResult.DRAW);

    /**
     * @param teams    team of each member id, e.g. "0123" (free-for-all) or "0101" (2 v 2)
     * @param scores   score of each member id, separated by '/'
     * @param expected outcome of each member id (W/L/D)
     */
    @ParameterizedTest(name = "teams {0}, scores {1} -> {2}")
    @CsvSource({
        "0, 100, W",
        "0, 0, W",
        "01, 300/200, WL",
        "01, 200/200, DD",
        "012, 300/100/100, WLL",
        "012, 300/300/100, DDL",
        "0123, 100/100/100/100, DDDD",
        "0101, 300/100/100/100, WLWL",
        "0101, 100/300/50/100, LWLW",
        "0101, 200/100/100/200, DDDD",
        "0011, 10/10/30/0, LLWW",
        "001122, 10/10/30/0/5/5, LLWWLL",
        "01234567, 8/7/6/5/4/3/2/1, WLLLLLLL",
        "00001111, 1/1/1/1/9/0/0/0, LLLLWWWW",
    })
    void outcomes(String teams, String scores, String expected) {
        String[] s = scores.split("/");
        List<MatchRules.Entry> entries = new ArrayList<>();
        for (int i = 0; i < teams.length(); i++) {
            entries.add(new MatchRules.Entry(i, teams.charAt(i) - '0', Long.parseLong(s[i])));
        }
        Map<Integer, MatchResult> out = MatchRules.outcomes(entries);
        for (int i = 0; i < expected.length(); i++) {
            assertEquals(CODES.get(expected.charAt(i)), out.get(i), "member " + i);
        }
    }

    @ParameterizedTest(name = "{0} player(s), level {1}, limit {2} -> {3}")
    @CsvSource({
        "1, 1, 10, true",
        "1, 10, 10, true",
        "1, 11, 10, false",
        "1, 99, 0, true",
        "2, 99, 10, true",
        "8, 11, 10, true",
    })
    void soloRewardLimit(int players, int level, int limit, boolean rewarded) {
        assertEquals(rewarded, MatchRules.soloRewarded(players, level, limit));
    }
}

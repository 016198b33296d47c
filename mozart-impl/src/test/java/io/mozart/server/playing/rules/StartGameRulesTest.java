package io.mozart.server.playing.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Spec 03 §2.4 team balance. */
class StartGameRulesTest {

    @ParameterizedTest(name = "teams [{0}] balanced: {1}")
    @CsvSource({
        "'', true",
        "0, true",
        "0 1, true",
        "0 1 2, true",
        "0 0 1 1, true",
        "3 5 3 5, true",
        "0 0, false",
        "0 0 1, false",
        "0 0 1 1 2, false",
        "7 7 7 7 7 7 7 7, false",
    })
    void teamsBalanced(String teams, boolean expected) {
        List<Integer> t = teams.isBlank()
                ? List.of()
                : Arrays.stream(teams.trim().split(" ")).map(Integer::valueOf).toList();
        assertEquals(expected, StartGameRules.teamsBalanced(t));
    }
}

package io.mozart.server.playing.rules;

import io.mozart.server.protocol.playing.MatchResult;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Mozart's match outcome (spec 04 §6.3 step 1, with oddity 12.4 fixed): the client shows Win to the top, Lose to the
 * rest, and Draw only to those who share the top place. The reference gives Draw to any tie (also a tie for last
 * place) and ignores teams.
 *
 * <ul>
 *   <li>Free-for-all (every player in a team of its own): the unique top score wins and everybody else loses;
 *       players sharing the top score draw and everybody else loses. A solo game is a win.</li>
 *   <li>Team game (some team has two or more players): a team's score is the sum of its players' scores (as
 *       unsigned 32-bit values); the unique top team's players win, others lose; teams sharing the top sum
 *       draw.</li>
 * </ul>
 */
public final class MatchRules {

    private MatchRules() {}

    /**
     * One player for outcome purposes.
     *
     * @param memberId slot index
     * @param team     team 0..255
     * @param score    score (u32)
     */
    public record Entry(int memberId, int team, long score) {}

    /**
     * @param players every player with a result (distinct member ids)
     * @return the outcome of each, by member id
     */
    public static Map<Integer, MatchResult> outcomes(List<Entry> players) {
        Map<Integer, Long> teamScore = new HashMap<>();
        Map<Integer, Integer> teamSize = new HashMap<>();
        for (Entry e : players) {
            teamScore.merge(e.team(), e.score(), Long::sum);
            teamSize.merge(e.team(), 1, Integer::sum);
        }
        boolean teamGame = teamSize.values().stream().anyMatch(n -> n > 1);
        Map<Integer, MatchResult> out = new HashMap<>();
        if (teamGame) {
            long top =
                    teamScore.values().stream().mapToLong(Long::longValue).max().orElse(0);
            long topTeams = teamScore.values().stream().filter(v -> v == top).count();
            for (Entry e : players) {
                long mine = teamScore.get(e.team());
                out.put(
                        e.memberId(),
                        mine != top ? MatchResult.LOSE : topTeams > 1 ? MatchResult.DRAW : MatchResult.WIN);
            }
            return out;
        }
        long top = players.stream().mapToLong(Entry::score).max().orElse(0);
        long atTop = players.stream().filter(e -> e.score() == top).count();
        for (Entry e : players) {
            out.put(e.memberId(), e.score() != top ? MatchResult.LOSE : atTop > 1 ? MatchResult.DRAW : MatchResult.WIN);
        }
        return out;
    }

    /**
     * {@code Game:SingleModeRewardLevelLimit}: a game with a single player pays rewards only while the player's
     * level is at most the limit (0 = no limit). Games with two or more players are never limited.
     *
     * @param players number of players with a result
     * @param level   the player's level before the game
     * @param limit   the configured limit
     * @return whether the player may earn rewards
     */
    public static boolean soloRewarded(int players, int level, int limit) {
        return players != 1 || limit <= 0 || level <= limit;
    }
}

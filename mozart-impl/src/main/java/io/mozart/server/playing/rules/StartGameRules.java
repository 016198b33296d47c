package io.mozart.server.playing.rules;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/** Pure checks of StartGame (spec 03 §2.4, §7; 04 §4). */
public final class StartGameRules {

    /** Cash points a member without a pass needs, and pays, to start paid music. */
    public static final int PAID_MUSIC_COST = 10;

    private StartGameRules() {}

    /**
     * Team balance, checked only when the room has more than one member: at least two different teams and every
     * used team with the same number of members (1v1v1 and 2v2 pass; 2v1 and all-in-one-team fail). With zero or
     * one member the check is skipped (solo start always allowed).
     *
     * @param teams the team of each occupied slot
     * @return whether the start may proceed past check 1a
     */
    public static boolean teamsBalanced(Collection<Integer> teams) {
        if (teams.size() <= 1) {
            return true;
        }
        Map<Integer, Integer> counts = new HashMap<>();
        for (Integer t : teams) {
            counts.merge(t, 1, Integer::sum);
        }
        if (counts.size() < 2) {
            return false;
        }
        int min = counts.values().stream().mapToInt(Integer::intValue).min().orElse(0);
        int max = counts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        return min == max;
    }
}

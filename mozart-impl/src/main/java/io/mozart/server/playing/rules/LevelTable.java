package io.mozart.server.playing.rules;

/**
 * Level thresholds and the experience/level update (spec 04 §6.3 step 3, §6.5).
 *
 * <p>{@code NEXT_LEVEL_XP[L]} is the cumulative experience a user of level {@code L} needs to reach level
 * {@code L+1}. Users start at level 1, so entry 0 (884) only matters for a level-0 user (reference quirk,
 * reproduced for identical numbers).
 */
public final class LevelTable {

    /** Number of table entries (levels 0..99). */
    public static final int SIZE = 100;

    private static final int[] NEXT_LEVEL_XP = {
        884, 1819, 2839, 3978, 5270, 6749, 8449, 10404, 12648, 15215,
        18139, 21454, 25194, 29393, 34085, 39304, 45084, 51459, 58463, 66130,
        74494, 83589, 93449, 104108, 115600, 127959, 141219, 155414, 170578, 186745,
        203949, 222224, 241604, 262123, 283815, 306714, 330854, 356269, 382993, 411060,
        440504, 471359, 503659, 537438, 572730, 609569, 647989, 688024, 729708, 773075,
        818159, 864994, 913614, 964053, 1016345, 1070524, 1126624, 1184679, 1244723, 1306790,
        1370914, 1437129, 1505469, 1575968, 1648660, 1723579, 1800759, 1880234, 1962038, 2046205,
        2132769, 2221764, 2313224, 2407183, 2503675, 2602734, 2704394, 2808689, 2915653, 3025320,
        3137724, 3252899, 3370879, 3491698, 3615390, 3741989, 3871529, 4004044, 4139568, 4278135,
        4419779, 4564534, 4712434, 4863513, 5017805, 5175344, 5336164, 5500299, 5667783, 6025912,
    };

    private LevelTable() {}

    /**
     * @param level the user's current level
     * @return the experience threshold for the next level, or 0 when {@code level} is outside 0..99
     */
    public static int nextLevelXp(int level) {
        return level >= 0 && level < SIZE ? NEXT_LEVEL_XP[level] : 0;
    }

    /**
     * Level and experience after one game.
     *
     * @param level      level after the game
     * @param experience experience after the game
     */
    public record Progress(int level, int experience) {}

    /**
     * Applies an experience gain: with a threshold ({@code 0 ≤ level < 100}) the experience is capped at the
     * threshold and reaching it adds exactly one level; otherwise the gain is simply added. At most one level
     * per game.
     *
     * <p>Divergence from the reference: the additions saturate at {@code Integer.MAX_VALUE} /
     * {@code MIN_VALUE} instead of wrapping (only reachable with absurd stored values).
     *
     * @param level      level before the game
     * @param experience experience before the game
     * @param xpGain     experience earned (may be negative for a malformed chart level)
     * @return the new level and experience
     */
    public static Progress apply(int level, int experience, int xpGain) {
        int next = nextLevelXp(level);
        int sum = RewardRules.saturatedAdd(experience, xpGain);
        if (next != 0) {
            int capped = Math.min(sum, next);
            return capped >= next ? new Progress(level + 1, capped) : new Progress(level, capped);
        }
        return new Progress(level, sum);
    }
}

package io.mozart.server.playing.rules;

/**
 * The gem and experience formulas of result processing (spec 04 §6.3 step 3), with the reference's exact
 * float/double/int arithmetic.
 */
public final class RewardRules {

    /** Bonus for clearing, for no bad/miss, and for a perfect-type run (each). */
    public static final int BONUS = 25;

    private RewardRules() {}

    /**
     * {@code maxScore = 200·n + 125·j·(j+1) + 10·rem·(j+1)} with {@code j = (n−26)/25}, {@code rem = (n−26)%25}
     * (Java truncating division; both may be negative for short charts), all in 32-bit int arithmetic.
     *
     * @param totalNotes note count of the chart
     * @return the reward formula's maximum score
     */
    public static int maxScore(int totalNotes) {
        int maxJams = (totalNotes - 26) / 25;
        int rem = (totalNotes - 26) % 25;
        return 200 * totalNotes + 125 * maxJams * (maxJams + 1) + 10 * rem * (maxJams + 1);
    }

    /**
     * The level factor {@code f = (((float)L − 1f) / 5f) · 38f + 87f}, every step in 32-bit float.
     *
     * @param level the user's level before the game
     * @return f
     */
    public static float levelFactor(int level) {
        float l = (float) level;
        float f = (l - 1f) / 5f;
        f = f * 38f;
        return f + 87f;
    }

    /**
     * {@code base = (int)((double)f · Math.sqrt((double)((float)score / (float)maxScore)))}.
     *
     * @param level    the user's level before the game
     * @param score    the submitted score (u32)
     * @param maxScore {@link #maxScore(int)}
     * @return the gem base (NaN → 0, ±∞ saturate, as Java's cast)
     */
    public static int gemBase(int level, long score, int maxScore) {
        float f = levelFactor(level);
        float r = (float) score / (float) maxScore;
        return (int) ((double) f * Math.sqrt((double) r));
    }

    /**
     * The gem reward of one player in a safe game: base, +25 if clear, +25 if no bad and no miss, +25 if
     * (no good, bad, miss) or (no cool, bad, miss); then {@code (int)((float)reward · gemRate)}.
     *
     * @param level      level before the game
     * @param score      submitted score (u32)
     * @param totalNotes chart note count
     * @param clear      {@code life > 0}
     * @param cool       cool count
     * @param good       good count
     * @param bad        bad count
     * @param miss       miss count
     * @param gemRate    the channel's gem multiplier (32-bit float, default 1.0)
     * @return the reward (may be negative only for absurd inputs)
     */
    public static int gemReward(
            int level,
            long score,
            int totalNotes,
            boolean clear,
            int cool,
            int good,
            int bad,
            int miss,
            float gemRate) {
        int reward = gemBase(level, score, maxScore(totalNotes));
        if (clear) {
            reward += BONUS;
        }
        boolean noBadMiss = bad == 0 && miss == 0;
        if (noBadMiss) {
            reward += BONUS;
        }
        if (noBadMiss && (good == 0 || cool == 0)) {
            reward += BONUS;
        }
        return (int) ((float) reward * gemRate);
    }

    /**
     * {@code xpGain = (int)(((25·(musicLevel+3)) · (cool + 0.5·good) / totalNotes) · (double)expRate)}:
     * {@code 25·(musicLevel+3)} in int, the rest in double, left to right, truncated.
     *
     * @param musicLevel the chart's level (i16 in the header)
     * @param cool       cool count
     * @param good       good count
     * @param totalNotes chart note count (0 yields NaN/∞ in double, cast like Java)
     * @param expRate    the channel's experience multiplier (32-bit float, default 1.0)
     * @return the experience gain
     */
    public static int xpGain(int musicLevel, int cool, int good, int totalNotes, float expRate) {
        int factor = 25 * (musicLevel + 3);
        double hits = cool + 0.5 * good;
        double v = factor * hits / totalNotes;
        return (int) (v * (double) expRate);
    }

    static int saturatedAdd(int a, int b) {
        long s = (long) a + b;
        return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, s));
    }
}

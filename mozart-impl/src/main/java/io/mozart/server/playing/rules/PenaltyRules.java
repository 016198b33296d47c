package io.mozart.server.playing.rules;

/** Leaving a room with a penalty (spec 03 §5.2, 04 §7). */
public final class PenaltyRules {

    /** Highest penalty level. */
    public static final int MAX_LEVEL = 7;

    private PenaltyRules() {}

    /**
     * {@code min(7, max(0, (count−1)/3))} with truncating division: ≤3 → 0, 4–6 → 1, …, 19–21 → 6, ≥22 → 7.
     *
     * @param penaltyCount the stored count after the increment
     * @return the penalty level
     */
    public static int level(int penaltyCount) {
        return Math.min(MAX_LEVEL, Math.max(0, (penaltyCount - 1) / 3));
    }

    /**
     * The count after one more penalty (saturating instead of wrapping — divergence, unreachable in practice).
     *
     * @param penaltyCount stored count
     * @return count + 1
     */
    public static int increment(int penaltyCount) {
        return penaltyCount == Integer.MAX_VALUE ? penaltyCount : penaltyCount + 1;
    }

    /**
     * Whether ExitWaiting costs a penalty.
     *
     * <p>Reference: exit type 1 (Penalized), or the room is Playing and the sender is still score-tracked
     * (has sent ConfirmMusicLoaded and not ExitPlaying) — including a player who already submitted while others
     * are still playing. Mozart diverges on that last case: pass {@code submitted = true} to spare a player who
     * finished the song; pass {@code false} for the reference behaviour. Disconnects are never penalised.
     *
     * @param exitType    the request's exit type (1 = Penalized; other values = Normal)
     * @param roomPlaying whether the room is Playing
     * @param tracked     whether the sender is in the room's current score tracker
     * @param submitted   whether the sender's tracked state is completed (has submitted its score)
     * @return whether to apply a penalty
     */
    public static boolean penalized(int exitType, boolean roomPlaying, boolean tracked, boolean submitted) {
        return exitType == 1 || (roomPlaying && tracked && !submitted);
    }
}

package io.mozart.server.playing.rules;

import io.mozart.server.protocol.playing.MatchResult;
import io.mozart.server.protocol.playing.ScoreEntry;

/**
 * One player's outcome of result processing: what to persist and what to show.
 *
 * @param score      the submitted state
 * @param result     Draw / Win / Lose (battle += 1 and the matching counter += 1, safe or not)
 * @param reward     gems earned this game (0 when the game is not safe)
 * @param level      level after the game (unchanged when not safe)
 * @param experience experience after the game (unchanged when not safe)
 * @param gem        gems after the game
 * @param cashPoint  cash points (unchanged, echoed)
 */
public record PlayerResult(
        PlayerScore score, MatchResult result, int reward, int level, int experience, int gem, int cashPoint) {

    /**
     * The ScoreCompleted line of this player (spec 04 §4; reward as {@code max(0, reward) & 0xFFFF}).
     *
     * <p>The reference builds level/experience/gem/cash from the profile re-read after the commit; these are
     * the same values when the commit succeeded.
     *
     * @return the active score entry
     */
    public ScoreEntry toScoreEntry() {
        PlayerScore s = score;
        return new ScoreEntry(
                s.memberId(),
                true,
                s.cool(),
                s.good(),
                s.bad(),
                s.miss(),
                s.maxCombo(),
                s.maxJamCombo(),
                s.score(),
                ScoreEntry.wireReward(reward),
                level,
                experience,
                result.wire(),
                gem,
                cashPoint,
                s.speed(),
                s.longNoteScore());
    }
}

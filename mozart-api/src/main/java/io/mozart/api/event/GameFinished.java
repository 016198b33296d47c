package io.mozart.api.event;

import java.util.List;
import java.util.Objects;

/**
 * A room's game ended and its results were stored (published after the results transaction committed).
 *
 * @param channelId  the channel id
 * @param roomNumber the room number
 * @param musicId    the room's music id
 * @param difficulty the room difficulty
 * @param rewarded   whether the game paid rewards (the music was known and somebody cleared it)
 * @param players    one line per player with a result, in ascending slot order
 */
public record GameFinished(
        int channelId, int roomNumber, int musicId, int difficulty, boolean rewarded, List<PlayerResult> players)
        implements GameEvent {

    /**
     * Freezes the list.
     *
     * @param channelId  channel id
     * @param roomNumber room number
     * @param musicId    music id
     * @param difficulty difficulty
     * @param rewarded   rewards paid
     * @param players    results
     */
    public GameFinished {
        players = List.copyOf(Objects.requireNonNull(players, "players"));
    }

    /** How a player's game ended. */
    public enum Outcome {
        /** Won (alone at the top, or in the top team). */
        WIN,
        /** Lost. */
        LOSE,
        /** Shared the top place. */
        DRAW
    }

    /**
     * One player's result.
     *
     * @param userId     user id
     * @param nickname   nickname
     * @param slot       slot index in the room (0–7)
     * @param score      score (unsigned 32-bit)
     * @param outcome    win, lose or draw
     * @param gemReward  gems earned
     * @param level      level after the game
     * @param experience experience after the game
     */
    public record PlayerResult(
            int userId,
            String nickname,
            int slot,
            long score,
            Outcome outcome,
            int gemReward,
            int level,
            int experience) {

        /**
         * Validates.
         *
         * @param userId     user id
         * @param nickname   nickname
         * @param slot       slot
         * @param score      score
         * @param outcome    outcome
         * @param gemReward  gems
         * @param level      level
         * @param experience experience
         */
        public PlayerResult {
            Objects.requireNonNull(nickname, "nickname");
            Objects.requireNonNull(outcome, "outcome");
        }
    }
}

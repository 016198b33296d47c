package io.mozart.api.event;

/**
 * A player submitted its final score of a running game (before the game's results are known).
 *
 * @param channelId  the channel id
 * @param roomNumber the room number
 * @param userId     the player's user id
 * @param nickname   the player's nickname
 * @param score      the submitted score (unsigned 32-bit)
 * @param cool       cool count
 * @param good       good count
 * @param bad        bad count
 * @param miss       miss count
 * @param maxCombo   max combo
 * @param cleared    whether the player finished the song alive
 */
public record ScoreSubmitted(
        int channelId,
        int roomNumber,
        int userId,
        String nickname,
        long score,
        int cool,
        int good,
        int bad,
        int miss,
        int maxCombo,
        boolean cleared)
        implements GameEvent {}

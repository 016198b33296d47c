package io.mozart.api.event;

import java.util.List;
import java.util.Objects;

/**
 * A room's game started (StartGame passed every check; skill items and paid-music cash are already taken).
 *
 * @param channelId  the channel id
 * @param roomNumber the room number
 * @param musicId    the room's music id (or album id)
 * @param difficulty the room difficulty (0 EX, 1 NX, 2 HX, 3 RX)
 * @param userIds    the user ids of the members taking part, in slot order
 */
public record GameStarted(int channelId, int roomNumber, int musicId, int difficulty, List<Integer> userIds)
        implements GameEvent {

    /**
     * Freezes the list.
     *
     * @param channelId  channel id
     * @param roomNumber room number
     * @param musicId    music id
     * @param difficulty difficulty
     * @param userIds    participants
     */
    public GameStarted {
        userIds = List.copyOf(Objects.requireNonNull(userIds, "userIds"));
    }
}

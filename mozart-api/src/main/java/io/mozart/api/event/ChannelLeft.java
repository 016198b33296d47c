package io.mozart.api.event;

/**
 * A player left a channel (ChannelLogout, disconnect, eviction).
 *
 * @param userId    the user index id
 * @param nickname  the character nickname
 * @param channelId the channel id
 */
public record ChannelLeft(int userId, String nickname, int channelId) implements GameEvent {}

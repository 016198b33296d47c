package io.mozart.api.event;

/**
 * A player entered a channel (ChannelLogin succeeded).
 *
 * @param userId    the user index id
 * @param nickname  the character nickname
 * @param channelId the channel id
 */
public record ChannelJoined(int userId, String nickname, int channelId) implements GameEvent {}

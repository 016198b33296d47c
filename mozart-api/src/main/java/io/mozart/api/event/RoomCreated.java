package io.mozart.api.event;

/**
 * A room was created in a channel.
 *
 * @param channelId      the channel id
 * @param roomNumber     the room number
 * @param title          the room title
 * @param masterNickname the creator's nickname
 */
public record RoomCreated(int channelId, int roomNumber, String title, String masterNickname) implements GameEvent {}

package io.mozart.api.event;

/**
 * A room was removed because its last member left.
 *
 * @param channelId  the channel id
 * @param roomNumber the room number (free again)
 */
public record RoomRemoved(int channelId, int roomNumber) implements GameEvent {}

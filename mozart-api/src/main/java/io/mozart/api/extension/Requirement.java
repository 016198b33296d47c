package io.mozart.api.extension;

/**
 * What a connection must have done before a custom handler runs. A request that does not meet it is
 * answered as the protocol answers any such request: an unauthorized connection gets the "invalid
 * login" reply, an authorized one gets nothing.
 */
public enum Requirement {
    /** Any connection, even before Authorize. */
    NONE,
    /** The connection has authorized with a login token. */
    AUTHORIZED,
    /** The player is in a channel (lobby, room or game). */
    IN_CHANNEL,
    /** The player is in a room (waiting or playing). */
    IN_ROOM,
    /** The player is the master of its room. */
    ROOM_MASTER
}

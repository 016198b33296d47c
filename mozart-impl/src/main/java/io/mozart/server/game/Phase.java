package io.mozart.server.game;

/**
 * Where a connection is in the game, changed only by {@link Player#updatePhase()}. Each route declares
 * the lowest phase it accepts; the phases are ordered.
 */
public enum Phase {
    /** Connected, not yet authorized with a login token. */
    CONNECTED,
    /** Authorized; choosing a channel. */
    AUTHORIZED,
    /** In a channel's lobby (or a shop screen). */
    IN_CHANNEL,
    /** In a room's waiting screen. */
    IN_ROOM,
    /** In a room whose game is running. */
    PLAYING;

    /**
     * @param required the lowest phase a route accepts
     * @return whether this phase satisfies it
     */
    public boolean atLeast(Phase required) {
        return ordinal() >= required.ordinal();
    }
}

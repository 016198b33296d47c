package io.mozart.server.game;

/** A member's part in the room's game (spec 05 §8: u8 0 None, 1 Playing, 2 Waiting). Only the server sets it. */
public enum PlayingState {
    /** Not in a game. */
    NONE(0),
    /** In the running game. */
    PLAYING(1),
    /** Joined, or left the game, while a game was running. */
    WAITING(2);

    private final int wire;

    PlayingState(int wire) {
        this.wire = wire;
    }

    /** @return the value on the wire */
    public int wire() {
        return wire;
    }
}

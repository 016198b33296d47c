package io.mozart.server.game;

/** A room's state on the wire (spec 02 §3.2: 1 Waiting, 2 Playing). */
public enum RoomState {
    /** Members wait in the room. */
    WAITING(1),
    /** A game is running. */
    PLAYING(2);

    private final int wire;

    RoomState(int wire) {
        this.wire = wire;
    }

    /** @return the value on the wire */
    public int wire() {
        return wire;
    }
}

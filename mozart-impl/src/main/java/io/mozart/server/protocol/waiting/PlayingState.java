package io.mozart.server.protocol.waiting;

/** PlayingState of a room member (spec 03 §10 / 04 §2, {@code u8}). */
public enum PlayingState {
    /** 0: not in a game. */
    NONE(0),
    /** 1: playing (set on StartGame, announced by MusicLoaded after ConfirmMusicLoaded). */
    PLAYING(1),
    /** 2: waiting for the running game to end (joined mid-game, or quit the game). */
    WAITING(2),
    /** Any other wire value. */
    UNKNOWN(-1);

    private final int wire;

    PlayingState(int wire) {
        this.wire = wire;
    }

    public int wire() {
        return wire;
    }

    /** @return the constant, {@link #UNKNOWN} when undefined */
    public static PlayingState fromWire(int wire) {
        return switch (wire) {
            case 0 -> NONE;
            case 1 -> PLAYING;
            case 2 -> WAITING;
            default -> UNKNOWN;
        };
    }
}

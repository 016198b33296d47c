package io.mozart.server.protocol.playing;

/** StartResult of the StartGame event (spec 04 §2, {@code u32}). */
public enum StartResult {
    /** 0: the game starts (sent to the room with the skills seed). */
    SUCCESS(0),
    /** 1: some member (the master included) is not ready. */
    NOT_READY(1),
    /** 2: fewer than two teams, or teams of different sizes. */
    TEAM_UNBALANCED(2),
    /** 3: never produced by the reference. */
    INSUFFICIENT_PLAYERS(3),
    /** 4: missing skill item, or a member short of cash points for paid music. */
    GENERIC_ERROR(4),
    /** 0xFFFFFFFF: someone lacks the music (sent after an AcquireMusic broadcast). */
    NONE(-1),
    /** Any other wire value. */
    UNKNOWN(Integer.MIN_VALUE);

    private final int wire;

    StartResult(int wire) {
        this.wire = wire;
    }

    /** @return the wire value as a signed int ({@link #NONE} is -1) */
    public int wire() {
        return wire;
    }

    public static StartResult fromWire(int wire) {
        return switch (wire) {
            case 0 -> SUCCESS;
            case 1 -> NOT_READY;
            case 2 -> TEAM_UNBALANCED;
            case 3 -> INSUFFICIENT_PLAYERS;
            case 4 -> GENERIC_ERROR;
            case -1 -> NONE;
            default -> UNKNOWN;
        };
    }
}

package io.mozart.server.protocol.playing;

/** MatchResult of a score entry (spec 04 §2, {@code u8}). */
public enum MatchResult {
    /** 0: another player has exactly the same score. */
    DRAW(0),
    /** 1: the top score (alone). */
    WIN(1),
    /** 2: below the top score. */
    LOSE(2),
    /** Any other wire value. */
    UNKNOWN(-1);

    private final int wire;

    MatchResult(int wire) {
        this.wire = wire;
    }

    public int wire() {
        return wire;
    }

    /** @return the constant, {@link #UNKNOWN} when undefined */
    public static MatchResult fromWire(int wire) {
        return switch (wire) {
            case 0 -> DRAW;
            case 1 -> WIN;
            case 2 -> LOSE;
            default -> UNKNOWN;
        };
    }
}

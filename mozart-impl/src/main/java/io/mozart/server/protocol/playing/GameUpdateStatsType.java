package io.mozart.server.protocol.playing;

/** GameUpdateStatsType of UpdateGameStats / GameStatsUpdate (spec 04 §2, {@code u16}). */
public enum GameUpdateStatsType {
    /** 0: value is the life gauge 0–1000. */
    LIFE(0),
    /** 1: value is the current jam combo. */
    JAM(1),
    /** Any other wire value (the request is ignored). */
    UNKNOWN(-1);

    private final int wire;

    GameUpdateStatsType(int wire) {
        this.wire = wire;
    }

    public int wire() {
        return wire;
    }

    /** @return the constant, {@link #UNKNOWN} when undefined */
    public static GameUpdateStatsType fromWire(int wire) {
        return switch (wire) {
            case 0 -> LIFE;
            case 1 -> JAM;
            default -> UNKNOWN;
        };
    }
}

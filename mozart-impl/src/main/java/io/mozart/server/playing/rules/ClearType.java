package io.mozart.server.playing.rules;

/** ClearType of a best-score record (spec 04 §2, persisted as FLAG). */
public enum ClearType {
    /** 0. */
    NONE(0),
    /** 1: every note cool or good, no bad, no miss. */
    ALL_COMBO(1),
    /** 2: every note cool. */
    ALL_COOL(2);

    private final int wire;

    ClearType(int wire) {
        this.wire = wire;
    }

    /** @return the stored value */
    public int wire() {
        return wire;
    }

    /**
     * @param value a stored value
     * @return the constant; unknown values are {@link #NONE}
     */
    public static ClearType fromWire(int value) {
        return switch (value) {
            case 1 -> ALL_COMBO;
            case 2 -> ALL_COOL;
            default -> NONE;
        };
    }
}

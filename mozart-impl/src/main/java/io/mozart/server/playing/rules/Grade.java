package io.mozart.server.playing.rules;

/** The rank letter (spec 04 §2 "Rank (grade)", {@code u8}; used by the music score list 0x07EF). */
public enum Grade {
    /** 0: no grade (music header missing or no notes). */
    NONE(0),
    /** 1. */
    F(1),
    /** 2. */
    E(2),
    /** 3. */
    D(3),
    /** 4. */
    C(4),
    /** 5. */
    B(5),
    /** 6. */
    A(6),
    /** 7. */
    S(7),
    /** 8. */
    PERFECT(8);

    private final int wire;

    Grade(int wire) {
        this.wire = wire;
    }

    /** @return the wire value */
    public int wire() {
        return wire;
    }
}

package io.mozart.server.protocol.myroom;

/** ClaimGiftResult (spec 05 §8), u8 on the wire. */
public enum ClaimGiftResult {
    /** 0: the gift was claimed. */
    SUCCESS(0),
    /** 1: defined, never sent. */
    NOT_DEFINED(1),
    /** 3: defined, never sent. */
    DB_ERROR(3),
    /** 4: the claim failed (no such gift, bag full, song already owned). */
    UNKNOWN_ERROR(4),
    /** Any other wire value. */
    UNKNOWN(-1);

    private final int wire;

    ClaimGiftResult(int wire) {
        this.wire = wire;
    }

    /** @return the wire value ({@code -1} for {@link #UNKNOWN}) */
    public int wire() {
        return wire;
    }

    /** @return the constant, or {@link #UNKNOWN}; never fails */
    public static ClaimGiftResult fromWire(int wire) {
        for (ClaimGiftResult r : values()) {
            if (r.wire == wire && r != UNKNOWN) {
                return r;
            }
        }
        return UNKNOWN;
    }
}

package io.mozart.server.protocol.waiting;

/** ExitType of ExitWaiting (spec 03 §10, {@code u16}). */
public enum ExitType {
    /** 0: leave without penalty. */
    NORMAL(0),
    /** 1: the client asks for a penalty (it is leaving a running game). */
    PENALIZED(1);

    private final int wire;

    ExitType(int wire) {
        this.wire = wire;
    }

    public int wire() {
        return wire;
    }

    /** @return {@link #PENALIZED} for 1; every other value behaves like {@link #NORMAL} (spec 03 §5.2) */
    public static ExitType fromWire(int wire) {
        return wire == 1 ? PENALIZED : NORMAL;
    }
}

package io.mozart.server.protocol.waiting;

/** MusicState of a room member (spec 03 §10, {@code u8}). */
public enum MusicState {
    /** 0: the member has the music and may play it. */
    READY(0),
    /** 1: the member does not have the music. */
    NO_MUSIC(1),
    /** 2: the member has the music but may not play it (paid music, no pass, too few cash points). */
    NO_ACCESS(2),
    /** 4: the member is downloading the music. */
    DOWNLOADING(4),
    /** Any other wire value (stored as reported; decoding never fails on it). */
    UNKNOWN(-1);

    private final int wire;

    MusicState(int wire) {
        this.wire = wire;
    }

    public int wire() {
        return wire;
    }

    /** @return the constant, {@link #UNKNOWN} when undefined */
    public static MusicState fromWire(int wire) {
        return switch (wire) {
            case 0 -> READY;
            case 1 -> NO_MUSIC;
            case 2 -> NO_ACCESS;
            case 4 -> DOWNLOADING;
            default -> UNKNOWN;
        };
    }
}

package io.mozart.server.game;

/**
 * A member's music state (spec 05 §8: u8 0 Ready, 1 NoMusic, 2 NoAccess, 4 Downloading). A slot keeps the raw
 * value the client reported, because the reference stores and echoes values outside this list; this enum names the
 * ones the game decides on.
 */
public enum MusicState {
    /** The member has the room's music. */
    READY(0),
    /** The member lacks the music file. */
    NO_MUSIC(1),
    /** The member may not play the music (not bought). */
    NO_ACCESS(2),
    /** The member is downloading the music. */
    DOWNLOADING(4);

    private final int wire;

    MusicState(int wire) {
        this.wire = wire;
    }

    /** @return the value on the wire */
    public int wire() {
        return wire;
    }

    /**
     * @param raw a raw state
     * @return whether it is this state
     */
    public boolean is(int raw) {
        return raw == wire;
    }
}

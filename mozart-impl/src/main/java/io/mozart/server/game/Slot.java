package io.mozart.server.game;

/**
 * One of a room's eight slots (spec 02 §3.2, 03 §2.2): vacant, locked, or holding a member with its
 * per-member state. Mutated only under the world lock.
 */
public final class Slot {

    /** What a slot holds. */
    public enum Kind {
        /** Open, nobody in it. */
        VACANT,
        /** Closed by the master. */
        LOCKED,
        /** Occupied by a player. */
        MEMBER
    }

    /** Music state: the member has the room's music. */
    public static final int MUSIC_READY = 0;
    /** Playing state: not in a game. */
    public static final int PLAYING_NONE = 0;
    /** Playing state: in the running game. */
    public static final int PLAYING_PLAYING = 1;
    /** Playing state: joined while a game was running. */
    public static final int PLAYING_WAITING = 2;

    private final int index;
    private Kind kind = Kind.VACANT;
    private Player player;
    private int team;
    private boolean master;
    private boolean ready;
    private int musicState;
    private int playingState;

    Slot(int index) {
        this.index = index;
    }

    /** @return the slot index 0..7 (the "member id" on the wire) */
    public int index() {
        return index;
    }

    /** @return what the slot holds */
    public Kind kind() {
        return kind;
    }

    /** @return whether a member sits here */
    public boolean occupied() {
        return kind == Kind.MEMBER;
    }

    /** @return the member, or {@code null} */
    public Player player() {
        return player;
    }

    /** @return the member's team 0..7 */
    public int team() {
        return team;
    }

    /** @param value the team */
    public void team(int value) {
        this.team = value;
    }

    /** @return whether the member is the room master */
    public boolean master() {
        return master;
    }

    /** @param value master flag */
    public void master(boolean value) {
        this.master = value;
    }

    /** @return whether the member is ready */
    public boolean ready() {
        return ready;
    }

    /** @param value ready flag */
    public void ready(boolean value) {
        this.ready = value;
    }

    /** @return the member's music state (spec 03 §2.6) */
    public int musicState() {
        return musicState;
    }

    /** @param value music state */
    public void musicState(int value) {
        this.musicState = value;
    }

    /** @return the member's playing state */
    public int playingState() {
        return playingState;
    }

    /** @param value playing state */
    public void playingState(int value) {
        this.playingState = value;
    }

    void occupy(Player p, int newTeam, boolean asMaster, boolean isReady, int newMusicState, int newPlayingState) {
        kind = Kind.MEMBER;
        player = p;
        team = newTeam;
        master = asMaster;
        ready = isReady;
        musicState = newMusicState;
        playingState = newPlayingState;
    }

    void vacate() {
        kind = Kind.VACANT;
        player = null;
        team = 0;
        master = false;
        ready = false;
        musicState = MUSIC_READY;
        playingState = PLAYING_NONE;
    }

    void lock() {
        vacate();
        kind = Kind.LOCKED;
    }
}

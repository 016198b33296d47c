package io.mozart.server.game;

/**
 * One of a room's eight slots (spec 02 §3.2, 03 §2.2): vacant, locked, or holding a member with its
 * per-member state. Changed only by methods that take the {@link Held} channel.
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

    private final Room room;
    private final int index;
    private Kind kind = Kind.VACANT;
    private Player player;
    private int team;
    boolean master;
    boolean ready;
    private int musicState;
    private PlayingState playingState = PlayingState.NONE;

    Slot(Room room, int index) {
        this.room = room;
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
    public void team(Held held, int value) {
        held.check(room.channel());
        this.team = value;
    }

    /** @return whether the member is the room master */
    public boolean master() {
        return master;
    }

    /** @param value master flag */
    public void master(Held held, boolean value) {
        held.check(room.channel());
        this.master = value;
    }

    /** @return whether the member is ready */
    public boolean ready() {
        return ready;
    }

    /** @param value ready flag */
    public void ready(Held held, boolean value) {
        held.check(room.channel());
        this.ready = value;
    }

    /** @return the member's music state as reported, raw (spec 03 §2.6; see {@link MusicState}) */
    public int musicState() {
        return musicState;
    }

    /** @param value music state */
    public void musicState(Held held, int value) {
        held.check(room.channel());
        this.musicState = value;
    }

    /** @return the member's playing state */
    public PlayingState playingState() {
        return playingState;
    }

    /** @param value playing state */
    public void playingState(Held held, PlayingState value) {
        held.check(room.channel());
        this.playingState = value;
    }

    void occupy(
            Player p, int newTeam, boolean asMaster, boolean isReady, int newMusicState, PlayingState newPlayingState) {
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
        musicState = MusicState.READY.wire();
        playingState = PlayingState.NONE;
    }

    void lock() {
        vacate();
        kind = Kind.LOCKED;
    }
}

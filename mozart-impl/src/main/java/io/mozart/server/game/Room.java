package io.mozart.server.game;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * A room of a channel (spec 02 §3.2, 03 §2): its settings and its eight slots. Owned by its
 * {@link Channel}: read while holding the channel, and changed only through methods that take the {@link Held}
 * channel, so the room itself needs no locking.
 */
public final class Room {

    /** Number of slots in every room. */
    public static final int SLOTS = 8;
    /** Number of teams (A..H). */
    public static final int TEAMS = 8;
    /** Difficulty EX. */
    public static final int DIFFICULTY_EX = 0;
    /** Speed ×1.0. */
    public static final int SPEED_X1 = 1;

    private final Channel channel;
    private final int number;
    private final RoomSettings settings;
    private final Slot[] slots = new Slot[SLOTS];
    private String title;
    private int musicId;
    private int difficulty = DIFFICULTY_EX;
    private int speed = SPEED_X1;
    private int arena;
    private List<Integer> skills = List.of();
    private int skillsSeed;
    private RoomState state = RoomState.WAITING;
    private Object game;

    Room(Channel channel, int number, RoomSettings settings) {
        this.channel = channel;
        this.number = number;
        this.settings = settings;
        this.title = settings.title();
        this.musicId = settings.musicId();
        this.arena = settings.arena();
        for (int i = 0; i < SLOTS; i++) {
            slots[i] = new Slot(this, i);
        }
    }

    /** @return the owning channel */
    public Channel channel() {
        return channel;
    }

    /** @return the room number */
    public int number() {
        return number;
    }

    /** @return the title */
    public String title() {
        return title;
    }

    /** @param value the new title */
    public void title(Held held, String value) {
        held.check(channel);
        this.title = value;
    }

    /** @return the password, empty for none */
    public String password() {
        return settings.password();
    }

    /** @return whether joining needs a password */
    public boolean hasPassword() {
        return !settings.password().isEmpty();
    }

    /** @return the game mode (not validated, spec 02 O14) */
    public int mode() {
        return settings.mode();
    }

    /** @return the minimum level limit (echoed, never enforced) */
    public int minLevel() {
        return settings.minLevel();
    }

    /** @return the maximum level limit (echoed, never enforced) */
    public int maxLevel() {
        return settings.maxLevel();
    }

    /** @return the premium flag */
    public boolean premium() {
        return settings.premium();
    }

    /** @return the decoration type */
    public int type() {
        return settings.type();
    }

    /** @return the music id (or album id after an album change) */
    public int musicId() {
        return musicId;
    }

    /** @param value the music id */
    public void musicId(Held held, int value) {
        held.check(channel);
        this.musicId = value;
    }

    /** @return the difficulty */
    public int difficulty() {
        return difficulty;
    }

    /** @param value the difficulty */
    public void difficulty(Held held, int value) {
        held.check(channel);
        this.difficulty = value;
    }

    /** @return the speed */
    public int speed() {
        return speed;
    }

    /** @param value the speed */
    public void speed(Held held, int value) {
        held.check(channel);
        this.speed = value;
    }

    /** @return the arena word (spec 03 §2.8) */
    public int arena() {
        return arena;
    }

    /** @param value the arena word */
    public void arena(Held held, int value) {
        held.check(channel);
        this.arena = value;
    }

    /** @return the skill item ids */
    public List<Integer> skills() {
        return skills;
    }

    /** @param value skill item ids */
    public void skills(Held held, List<Integer> value) {
        held.check(channel);
        this.skills = List.copyOf(value);
    }

    /** @return the skills seed */
    public int skillsSeed() {
        return skillsSeed;
    }

    /** @param value the skills seed */
    public void skillsSeed(Held held, int value) {
        held.check(channel);
        this.skillsSeed = value;
    }

    /** @return the room state */
    public RoomState state() {
        return state;
    }

    /** @return whether a game is running */
    public boolean isPlaying() {
        return state == RoomState.PLAYING;
    }

    /**
     * Sets the state and refreshes every member's phase.
     *
     * @param held  the held channel
     * @param value the new state
     */
    public void state(Held held, RoomState value) {
        held.check(channel);
        this.state = value;
        for (Player p : members()) {
            p.updatePhase();
        }
    }

    /** @return the running game's state object (owned by the playing area), or {@code null} */
    public Object game() {
        return game;
    }

    /** @param value the running game's state object, or {@code null} */
    public void game(Held held, Object value) {
        held.check(channel);
        this.game = value;
    }

    /**
     * @param index 0..7
     * @return the slot
     */
    public Slot slot(int index) {
        return slots[index];
    }

    /** @return all eight slots in index order */
    public List<Slot> slots() {
        return List.of(slots);
    }

    /** @return the occupied slots in index order */
    public List<Slot> memberSlots() {
        List<Slot> out = new ArrayList<>(SLOTS);
        for (Slot s : slots) {
            if (s.occupied()) {
                out.add(s);
            }
        }
        return out;
    }

    /** @return the members in slot order */
    public List<Player> members() {
        List<Player> out = new ArrayList<>(SLOTS);
        for (Slot s : slots) {
            if (s.occupied()) {
                out.add(s.player());
            }
        }
        return out;
    }

    /**
     * @param except a member to leave out
     * @return the other members in slot order
     */
    public List<Player> membersExcept(Player except) {
        List<Player> out = members();
        out.remove(except);
        return out;
    }

    /** @return slots that are not locked */
    public int capacity() {
        int n = 0;
        for (Slot s : slots) {
            if (s.kind() != Slot.Kind.LOCKED) {
                n++;
            }
        }
        return n;
    }

    /** @return occupied slots */
    public int userCount() {
        int n = 0;
        for (Slot s : slots) {
            if (s.occupied()) {
                n++;
            }
        }
        return n;
    }

    /** @return whether nobody is in the room */
    public boolean isEmpty() {
        return userCount() == 0;
    }

    /**
     * @param player a player
     * @return the player's slot, or {@code null} when not a member
     */
    public Slot slotOf(Player player) {
        for (Slot s : slots) {
            if (s.occupied() && s.player() == player) {
                return s;
            }
        }
        return null;
    }

    /** @return the master's slot, or {@code null} */
    public Slot masterSlot() {
        for (Slot s : slots) {
            if (s.occupied() && s.master()) {
                return s;
            }
        }
        return null;
    }

    /**
     * @param player a player
     * @return whether the player is this room's master
     */
    public boolean isMaster(Player player) {
        Slot s = slotOf(player);
        return s != null && s.master();
    }

    void seatCreator(Player creator) {
        slots[0].occupy(creator, 0, true, true, MusicState.READY.wire(), PlayingState.NONE);
    }

    /**
     * Seats a joiner in the lowest vacant slot with the lowest team nobody uses (spec 02 §3.2).
     *
     * @param joiner     the player
     * @param musicState the music state the joiner reported
     * @return the slot, or {@code null} when no slot or no team is free
     */
    Slot seat(Player joiner, int musicState) {
        BitSet teams = new BitSet(TEAMS);
        for (Slot s : slots) {
            if (s.occupied() && s.team() >= 0 && s.team() < TEAMS) {
                teams.set(s.team());
            }
        }
        int team = teams.nextClearBit(0);
        if (team >= TEAMS) {
            return null;
        }
        for (Slot s : slots) {
            if (s.kind() == Slot.Kind.VACANT) {
                s.occupy(
                        joiner, team, false, false, musicState, isPlaying() ? PlayingState.WAITING : PlayingState.NONE);
                return s;
            }
        }
        return null;
    }

    /**
     * Empties a member's slot and hands mastership to the lowest remaining slot, which becomes ready
     * (spec 03 §2.3).
     *
     * @param slot the member's slot
     * @return the master's slot after the change, or {@code null} when the room is empty
     */
    Slot vacate(Slot slot) {
        boolean wasMaster = slot.master();
        slot.vacate();
        if (wasMaster) {
            for (Slot s : slots) {
                if (s.occupied()) {
                    s.master = true;
                    s.ready = true;
                    return s;
                }
            }
            return null;
        }
        return masterSlot();
    }

    /**
     * Locks a vacant slot or opens a locked one.
     *
     * @param slot the slot
     */
    void toggleLock(Slot slot) {
        if (slot.kind() == Slot.Kind.LOCKED) {
            slot.vacate();
        } else if (slot.kind() == Slot.Kind.VACANT) {
            slot.lock();
        }
    }

    @Override
    public String toString() {
        return "Room[" + channel.id() + "/" + number + " " + title + "]";
    }
}

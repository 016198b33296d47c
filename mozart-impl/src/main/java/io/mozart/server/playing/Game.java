package io.mozart.server.playing;

import io.mozart.server.game.Channel;
import io.mozart.server.game.Held;
import io.mozart.server.game.Player;
import io.mozart.server.game.Room;
import io.mozart.server.playing.rules.PlayerScore;
import io.mozart.server.protocol.playing.MemberRanks;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledFuture;

/**
 * One game of a room, from a successful StartGame until a new one replaces it (spec 04 §3): the score tracker
 * with one {@link Tracked} state per player that confirmed loading, in confirmation order, plus the music-load
 * timer. Hangs on {@link Room#game()}; every read and write happens under the world lock.
 *
 * <p>Life cycle: {@link Stage#RUNNING} until every participant has submitted (or left), then
 * {@link Stage#FINISHING} while results are written (outside the lock), then {@link Stage#FINISHED}. A finished game
 * takes no new players and no scores (the reference lets a finished tracker run result processing again); it only
 * answers ExitPlaying with UserLeaveGame for players that were in it.
 */
public final class Game {

    /**
     * @param room a room (lock held), or {@code null}
     * @return its current or last game, or {@code null}
     */
    public static Game of(Room room) {
        return room != null && room.game() instanceof Game g ? g : null;
    }

    /** Where a game is in its life. */
    public enum Stage {
        /** Players load, play and submit. */
        RUNNING,
        /** Every participant is done; results are being written. */
        FINISHING,
        /** Results were sent (or the game ended without any). */
        FINISHED
    }

    /** One tracked player (spec 04 §3). */
    public static final class Tracked {
        private final Channel channel;
        private final Player player;
        private final int memberId;
        private final int team;
        private int life = 1000;
        private int jamCombo;
        private long score;

        @SuppressWarnings("UnusedVariable") // tracked as the reference does; nothing reads it yet
        private int longNoteScore;

        private PlayerScore submitted;
        private boolean exited;

        Tracked(Channel channel, Player player, int memberId, int team) {
            this.channel = channel;
            this.player = player;
            this.memberId = memberId;
            this.team = team;
        }

        /** @return the player */
        public Player player() {
            return player;
        }

        /** @return the slot index */
        public int memberId() {
            return memberId;
        }

        /** @return the team at confirmation time */
        public int team() {
            return team;
        }

        /** @return the live life (0–1000) */
        public int life() {
            return life;
        }

        /** @return the live jam combo */
        public int jamCombo() {
            return jamCombo;
        }

        /** @return the live score (u32) */
        public long score() {
            return score;
        }

        /** @return whether the player has submitted */
        public boolean completed() {
            return submitted != null;
        }

        /** @return the submitted state, or {@code null} */
        public PlayerScore submitted() {
            return submitted;
        }

        /** @return whether UserLeaveGame was already sent for this player */
        public boolean exited() {
            return exited;
        }

        void exit(Held held) {
            held.check(channel);
            this.exited = true;
        }

        void life(Held held, int value) {
            held.check(channel);
            this.life = value;
        }

        void jamCombo(Held held, int value) {
            held.check(channel);
            this.jamCombo = value;
        }

        void live(Held held, long newScore, int newLongNoteScore) {
            held.check(channel);
            this.score = newScore;
            this.longNoteScore = newLongNoteScore;
        }

        void submit(Held held, PlayerScore value) {
            held.check(channel);
            this.submitted = value;
            this.score = value.score();
            this.longNoteScore = value.longNoteScore();
        }
    }

    private final long generation;
    private final Room room;
    private final Map<Player, Tracked> tracked = new LinkedHashMap<>();
    private Stage stage = Stage.RUNNING;
    private ScheduledFuture<?> loadTimer;
    private int musicId;
    private int difficulty;

    Game(long generation, Room room) {
        this.generation = generation;
        this.room = room;
    }

    /** @return a number unique to this game on this server (timers check it) */
    public long generation() {
        return generation;
    }

    /** @return the room */
    public Room room() {
        return room;
    }

    void settings(Held held, int music, int diff) {
        held.check(room.channel());
        this.musicId = music;
        this.difficulty = diff;
    }

    /** @return the room's music id when the game started (later room changes do not affect the results) */
    public int musicId() {
        return musicId;
    }

    /** @return the room's difficulty when the game started */
    public int difficulty() {
        return difficulty;
    }

    /** @return the stage */
    public Stage stage() {
        return stage;
    }

    void stage(Held held, Stage value) {
        held.check(room.channel());
        this.stage = value;
    }

    /** @return whether scores and new players are still accepted */
    public boolean running() {
        return stage == Stage.RUNNING;
    }

    /**
     * @param player a player
     * @return its tracked state, or {@code null}
     */
    public Tracked tracked(Player player) {
        return tracked.get(player);
    }

    /** @return tracked states in confirmation order */
    public List<Tracked> trackedStates() {
        return new ArrayList<>(tracked.values());
    }

    /** @return how many players are tracked */
    public int trackedCount() {
        return tracked.size();
    }

    Tracked track(Held held, Player player, int memberId, int team) {
        held.check(room.channel());
        Tracked t = new Tracked(room.channel(), player, memberId, team);
        tracked.put(player, t);
        return t;
    }

    Tracked untrack(Held held, Player player) {
        held.check(room.channel());
        return tracked.remove(player);
    }

    /**
     * Live standings as GameStatsUpdate carries them (spec 04 §4): the tracked member ids stable-sorted by live score
     * descending, padded with {@link MemberRanks#NOBODY} to eight. Allocation-light: it runs on every relay.
     *
     * @return eight member ids, first place first
     */
    public List<Integer> ranks() {
        int n = tracked.size();
        long[] scores = new long[n];
        int[] ids = new int[n];
        int i = 0;
        for (Tracked t : tracked.values()) {
            // Insertion sort, highest score first; equal scores keep their tracking order.
            int j = i++;
            while (j > 0 && scores[j - 1] < t.score) {
                scores[j] = scores[j - 1];
                ids[j] = ids[j - 1];
                j--;
            }
            scores[j] = t.score;
            ids[j] = t.memberId;
        }
        Integer[] out = new Integer[MemberRanks.SIZE];
        for (int k = 0; k < out.length; k++) {
            out[k] = k < n ? ids[k] : MemberRanks.NOBODY;
        }
        return List.of(out);
    }

    /** @return the submitted states of tracked players */
    public List<Tracked> completedStates() {
        List<Tracked> out = new ArrayList<>();
        for (Tracked t : tracked.values()) {
            if (t.completed()) {
                out.add(t);
            }
        }
        return out;
    }

    void loadTimer(Held held, ScheduledFuture<?> timer) {
        held.check(room.channel());
        this.loadTimer = timer;
    }

    /** Cancels the music-load timer if it is armed. */
    void cancelLoadTimer(Held held) {
        held.check(room.channel());
        ScheduledFuture<?> t = loadTimer;
        loadTimer = null;
        if (t != null) {
            t.cancel(false);
        }
    }

    /** @return whether the music-load timer is armed */
    public boolean loadTimerArmed() {
        return loadTimer != null;
    }

    @Override
    public String toString() {
        return "Game#" + generation + "[" + room + " " + stage + ", " + tracked.size() + " tracked]";
    }
}

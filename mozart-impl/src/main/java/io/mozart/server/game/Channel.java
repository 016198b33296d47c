package io.mozart.server.game;

import io.mozart.api.ChannelOptions;
import io.mozart.api.event.GameEvent;
import io.mozart.api.metadata.AlbumCatalogue;
import io.mozart.api.metadata.ItemCatalogue;
import io.mozart.api.metadata.MetadataProvider;
import io.mozart.api.metadata.MusicCatalogue;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A channel (spec 02 §3.1): its players in entry order and its rooms by number, and the owner of its rooms, slots
 * and games. Rooms never cross channels, so each channel has its own lock: {@link #run} and {@link #call} take it
 * and hand the work a {@link Held} view, the only way to change the channel's state. Nothing is shared between
 * channels, so channels proceed in parallel; server-wide operations use the {@link World}'s concurrent indexes.
 *
 * <p>Events raised while the channel is held are queued and delivered once it is released, in the order they were
 * raised (by whichever releasing thread finds them first), so listener code never runs inside the channel.
 */
public final class Channel {

    private final ChannelOptions options;
    private final MetadataProvider metadata;
    private final boolean freeMusic;
    private final Set<Player> players = new LinkedHashSet<>();
    private final TreeMap<Integer, Room> rooms = new TreeMap<>();
    private final ReentrantLock lock = new ReentrantLock();
    private final Held held;
    private final GameEventBus events;
    private final Queue<GameEvent> deferred = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean delivering = new AtomicBoolean();
    private volatile int population;
    private volatile int roomCount;

    Channel(ChannelOptions options, MetadataProvider metadata, boolean globalFreeMusic, World world) {
        this.options = options;
        this.metadata = metadata;
        this.freeMusic = options.freeMusic() != null ? options.freeMusic() : globalFreeMusic;
        this.events = world.events();
        this.held = new Held(this, world);
    }

    /**
     * Runs a change of this channel while holding it; then delivers the events it raised.
     *
     * @param work the change
     */
    public void run(Consumer<Held> work) {
        lock.lock();
        try {
            work.accept(held);
        } finally {
            release();
        }
    }

    /**
     * Runs a read or change of this channel while holding it; then delivers the events it raised.
     *
     * @param work the work
     * @param <T>  result type
     * @return its result
     */
    public <T> T call(Function<Held, T> work) {
        lock.lock();
        try {
            return work.apply(held);
        } finally {
            release();
        }
    }

    private void release() {
        boolean outermost = lock.getHoldCount() == 1;
        lock.unlock();
        if (outermost) {
            deliver();
        }
    }

    /** @return whether the current thread holds this channel */
    public boolean isHeldByCurrentThread() {
        return lock.isHeldByCurrentThread();
    }

    void defer(GameEvent event) {
        deferred.add(event);
    }

    /** Delivers queued events, one thread at a time, in the order they were raised. */
    private void deliver() {
        while (!deferred.isEmpty() && delivering.compareAndSet(false, true)) {
            try {
                GameEvent e;
                while ((e = deferred.poll()) != null) {
                    events.publish(e);
                }
            } finally {
                delivering.set(false);
            }
        }
    }

    /** @return the channel id */
    public int id() {
        return options.id();
    }

    /** @return the configured options */
    public ChannelOptions options() {
        return options;
    }

    /** @return the user limit, also the room limit */
    public int capacity() {
        return options.capacity();
    }

    /** @return the free-music setting the room music checks use (per-channel override, else global) */
    public boolean freeMusic() {
        return freeMusic;
    }

    /** @return this channel's music list */
    public MusicCatalogue music() {
        return metadata.music(id());
    }

    /** @return this channel's item catalogue */
    public ItemCatalogue items() {
        return metadata.items(id());
    }

    /** @return this channel's album list */
    public AlbumCatalogue albums() {
        return metadata.albums(id());
    }

    /** @return players in entry order (lobby, rooms and games) */
    public Collection<Player> players() {
        return Collections.unmodifiableCollection(players);
    }

    /** @return a copy of the players list, for broadcasting */
    public List<Player> playerList() {
        return new ArrayList<>(players);
    }

    /** @return number of players in the channel (readable without holding it) */
    public int population() {
        return population;
    }

    /**
     * @param room a room of this channel
     * @return the players of the channel that are not members of the room
     */
    public List<Player> outside(Room room) {
        List<Player> out = new ArrayList<>(players.size());
        for (Player p : players) {
            if (p.room() != room) {
                out.add(p);
            }
        }
        return out;
    }

    /**
     * @param except a player to leave out
     * @return every other player of the channel
     */
    public List<Player> except(Player except) {
        List<Player> out = new ArrayList<>(players);
        out.remove(except);
        return out;
    }

    boolean add(Player p) {
        boolean added = players.add(p);
        population = players.size();
        return added;
    }

    boolean remove(Player p) {
        boolean removed = players.remove(p);
        population = players.size();
        return removed;
    }

    /** @return rooms by number */
    public Collection<Room> rooms() {
        return Collections.unmodifiableCollection(rooms.values());
    }

    /**
     * @param number a room number
     * @return the room, or {@code null}
     */
    public Room room(int number) {
        return rooms.get(number);
    }

    /** @return whether the channel holds as many rooms as its capacity allows */
    public boolean roomsFull() {
        return rooms.size() >= capacity();
    }

    /** @return the lowest free room number, or -1 when full */
    int lowestFreeRoomNumber() {
        for (int n = 0; n < capacity(); n++) {
            if (!rooms.containsKey(n)) {
                return n;
            }
        }
        return -1;
    }

    void addRoom(Room room) {
        rooms.put(room.number(), room);
        roomCount = rooms.size();
    }

    void removeRoom(Room room) {
        rooms.remove(room.number(), room);
        roomCount = rooms.size();
    }

    /** @return number of rooms (readable without holding the channel) */
    public int roomCount() {
        return roomCount;
    }

    @Override
    public String toString() {
        return "Channel[" + id() + "]";
    }
}

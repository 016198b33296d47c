package io.mozart.server.game;

import io.mozart.api.ChannelOptions;
import io.mozart.api.metadata.AlbumCatalogue;
import io.mozart.api.metadata.ItemCatalogue;
import io.mozart.api.metadata.MetadataProvider;
import io.mozart.api.metadata.MusicCatalogue;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

/**
 * A channel (spec 02 §3.1): its players in entry order and its rooms by number. Everything here is
 * read and written under the world lock.
 */
public final class Channel {

    private final ChannelOptions options;
    private final MetadataProvider metadata;
    private final boolean freeMusic;
    private final Set<Player> players = new LinkedHashSet<>();
    private final TreeMap<Integer, Room> rooms = new TreeMap<>();

    Channel(ChannelOptions options, MetadataProvider metadata, boolean globalFreeMusic) {
        this.options = options;
        this.metadata = metadata;
        this.freeMusic = options.freeMusic() != null ? options.freeMusic() : globalFreeMusic;
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

    /** @return number of players in the channel */
    public int population() {
        return players.size();
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
        return players.add(p);
    }

    boolean remove(Player p) {
        return players.remove(p);
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
    }

    void removeRoom(Room room) {
        rooms.remove(room.number(), room);
    }

    @Override
    public String toString() {
        return "Channel[" + id() + "]";
    }
}

package io.mozart.server.game;

import io.mozart.api.ChannelOptions;
import io.mozart.api.ServerOptions;
import io.mozart.api.event.ChannelJoined;
import io.mozart.api.event.ChannelLeft;
import io.mozart.api.event.RoomRemoved;
import io.mozart.api.metadata.MetadataProvider;
import io.mozart.server.protocol.lobby.RoomRemovedNotice;
import io.mozart.server.protocol.lobby.RoomUserCountChangedNotice;
import io.mozart.server.protocol.waiting.UserLeaveWaitingNotice;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * All shared game state of one server: the channels, their players and rooms. One lock guards it:
 * handlers take it around each state change (never around storage calls or other slow work), so
 * channel and room code needs no locking of its own and sees one consistent order of joins, leaves
 * and game events. Sends inside the lock only queue bytes; they never wait for a socket.
 */
public final class World {

    private static final Logger LOG = LoggerFactory.getLogger(World.class);

    /** Called when a member leaves a room whose game is running (set by the playing area). */
    @FunctionalInterface
    public interface GameLeaveHook {
        /**
         * @param room   the room (lock held)
         * @param player the player that left
         * @param slot   the slot index it had
         */
        void left(Room room, Player player, int slot);
    }

    private final ReentrantLock lock = new ReentrantLock();
    private final ServerOptions options;
    private final Map<Integer, Channel> channels = new LinkedHashMap<>();
    private final GameEventBus events;
    private volatile GameLeaveHook gameLeaveHook = (room, player, slot) -> {};

    /**
     * Builds the channels of the options.
     *
     * @param options  server options
     * @param metadata catalogues per channel
     * @param events   the event bus
     */
    public World(ServerOptions options, MetadataProvider metadata, GameEventBus events) {
        this.options = options;
        this.events = events;
        for (ChannelOptions c : options.channels()) {
            channels.put(c.id(), new Channel(c, metadata, options.freeMusic()));
        }
    }

    /** @return the server options */
    public ServerOptions options() {
        return options;
    }

    /** @return the event bus */
    public GameEventBus events() {
        return events;
    }

    /** @param hook what to do when a member leaves a running game */
    public void gameLeaveHook(GameLeaveHook hook) {
        this.gameLeaveHook = hook;
    }

    /**
     * Runs a state change under the lock.
     *
     * @param work the change
     */
    public void locked(Runnable work) {
        lock.lock();
        try {
            work.run();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Runs a state read or change under the lock.
     *
     * @param work the work
     * @param <T>  result type
     * @return its result
     */
    public <T> T locked(Supplier<T> work) {
        lock.lock();
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }

    /** @return whether the current thread holds the lock */
    public boolean isLockedByMe() {
        return lock.isHeldByCurrentThread();
    }

    /** @return the channels in configuration order */
    public Collection<Channel> channels() {
        return Collections.unmodifiableCollection(channels.values());
    }

    /**
     * @param id a channel id
     * @return the channel, or {@code null}
     */
    public Channel channel(int id) {
        return channels.get(id);
    }

    /** @return every player registered in any channel (lock held) */
    public List<Player> playersInChannels() {
        List<Player> out = new ArrayList<>();
        for (Channel c : channels.values()) {
            out.addAll(c.players());
        }
        return out;
    }

    /**
     * Finds a player in any channel whose login token equals the given one, ignoring case (the
     * reference's duplicate check, spec 01 §4.1 and §4.9).
     *
     * @param token a token
     * @return the player, or {@code null} (lock held)
     */
    public Player findInChannelsByToken(String token) {
        for (Channel c : channels.values()) {
            for (Player p : c.players()) {
                Identity id = p.identity();
                if (id != null && id.token().equalsIgnoreCase(token)) {
                    return p;
                }
            }
        }
        return null;
    }

    /**
     * Registers a player in a channel (lock held).
     *
     * @param player  the player, not in a channel
     * @param channel the channel
     */
    public void enterChannel(Player player, Channel channel) {
        requireLock();
        channel.add(player);
        player.channel(channel);
        events.publish(new ChannelJoined(player.userId(), player.nickname(), channel.id()));
    }

    /**
     * Takes a player out of its room (with the room-leave notices) and out of its channel. Nothing is
     * sent to the channel about the leave itself (lock held).
     *
     * @param player the player
     */
    public void leaveChannel(Player player) {
        requireLock();
        Channel c = player.channel();
        if (c == null) {
            return;
        }
        leaveRoom(player, false);
        c.remove(player);
        player.channel(null);
        events.publish(new ChannelLeft(player.userId(), player.nickname(), c.id()));
    }

    /**
     * The room-leave procedure (spec 02 §3.4, 03 §2.7): the slot becomes vacant with master hand-over,
     * a running game forgets the player, the remaining members get UserLeaveWaiting, an emptied room is
     * removed with RoomRemoved to the whole channel; otherwise the rest of the channel is told the new
     * user count (the reference never tells it; see docs/compatibility.md). Lock held.
     *
     * @param player the player
     */
    public void leaveRoom(Player player) {
        leaveRoom(player, true);
    }

    /**
     * @param player         the player
     * @param staysInChannel whether the player stays in the channel's lobby; a player that is leaving the
     *                       channel is not told the new user count of the room it left (it still gets
     *                       RoomRemoved, as in the reference)
     */
    private void leaveRoom(Player player, boolean staysInChannel) {
        requireLock();
        Room room = player.room();
        if (room == null) {
            return;
        }
        Channel channel = room.channel();
        Slot slot = room.slotOf(player);
        player.room(null);
        if (slot == null) {
            return;
        }
        int index = slot.index();
        Slot master = room.vacate(slot);
        if (room.isPlaying()) {
            try {
                gameLeaveHook.left(room, player, index);
            } catch (RuntimeException e) {
                LOG.warn("{}: game leave handling for {} failed: {}", room, player, e.toString());
            }
        }
        List<Player> remaining = room.members();
        Broadcast.send(
                remaining,
                new UserLeaveWaitingNotice(
                        index, master == null ? UserLeaveWaitingNotice.NOBODY : master.index(), room.premium()));
        if (room.isEmpty()) {
            channel.removeRoom(room);
            Broadcast.send(channel.playerList(), new RoomRemovedNotice(room.number()));
            events.publish(new RoomRemoved(channel.id(), room.number()));
        } else {
            List<Player> outside = room.channel().outside(room);
            if (!staysInChannel) {
                outside.remove(player);
            }
            sendUserCount(room, outside);
        }
    }

    /**
     * Tells the players outside a room its capacity and user count.
     *
     * @param room the room (lock held)
     */
    public void sendUserCount(Room room) {
        sendUserCount(room, room.channel().outside(room));
    }

    private static void sendUserCount(Room room, List<Player> recipients) {
        Broadcast.send(
                recipients,
                new RoomUserCountChangedNotice(
                        room.number(), room.capacity(), room.userCount(), room.premium(), room.type()));
    }

    /**
     * Creates a room with the player as master in slot 0 (lock held).
     *
     * @param creator  the player, in a channel and not in a room
     * @param title    the title
     * @param password the password, empty for none
     * @param mode     the game mode
     * @param minLevel minimum level limit
     * @param maxLevel maximum level limit
     * @param premium  premium flag
     * @param type     decoration type
     * @param musicId  initial music id
     * @param arena    initial arena word
     * @return the room, or {@code null} when the channel has no free room number
     */
    public Room createRoom(
            Player creator,
            String title,
            String password,
            int mode,
            int minLevel,
            int maxLevel,
            boolean premium,
            int type,
            int musicId,
            int arena) {
        requireLock();
        Channel channel = creator.channel();
        int number = channel.lowestFreeRoomNumber();
        if (number < 0) {
            return null;
        }
        Room room = new Room(channel, number, title, password, mode, minLevel, maxLevel, premium, type, musicId, arena);
        room.seatCreator(creator);
        channel.addRoom(room);
        creator.room(room);
        return room;
    }

    /**
     * Seats a player in a room (lock held).
     *
     * @param joiner     the player, in the room's channel and in no room
     * @param room       the room
     * @param musicState the music state the joiner reported
     * @return the slot, or {@code null} when the room is full
     */
    public Slot join(Player joiner, Room room, int musicState) {
        requireLock();
        Slot slot = room.seat(joiner, musicState);
        if (slot != null) {
            joiner.room(room);
        }
        return slot;
    }

    /**
     * Removes a member without the leave procedure's notices (used by a kick, which has its own).
     *
     * @param room   the room (lock held)
     * @param target the member's slot
     * @return the master's slot after the change, or {@code null} if the room emptied
     */
    public Slot removeMember(Room room, Slot target) {
        requireLock();
        Player p = target.player();
        int index = target.index();
        Slot master = room.vacate(target);
        if (p != null) {
            p.room(null);
            if (room.isPlaying()) {
                gameLeaveHook.left(room, p, index);
            }
        }
        return master;
    }

    /**
     * Locks or unlocks a slot (lock held).
     *
     * @param room the room
     * @param slot a vacant or locked slot
     */
    public void toggleLock(Room room, Slot slot) {
        requireLock();
        room.toggleLock(slot);
    }

    /**
     * Removes an empty room from its channel with RoomRemoved to the channel (lock held).
     *
     * @param room the room
     */
    public void removeIfEmpty(Room room) {
        requireLock();
        if (room.isEmpty() && room.channel().room(room.number()) == room) {
            room.channel().removeRoom(room);
            Broadcast.send(room.channel().playerList(), new RoomRemovedNotice(room.number()));
            events.publish(new RoomRemoved(room.channel().id(), room.number()));
        }
    }

    private void requireLock() {
        if (!lock.isHeldByCurrentThread()) {
            throw new IllegalStateException("world lock not held");
        }
    }
}

package io.mozart.server.game;

import io.mozart.api.event.ChannelJoined;
import io.mozart.api.event.ChannelLeft;
import io.mozart.api.event.GameEvent;
import io.mozart.api.event.RoomRemoved;
import io.mozart.server.protocol.lobby.RoomRemovedNotice;
import io.mozart.server.protocol.lobby.RoomUserCountChangedNotice;
import io.mozart.server.protocol.waiting.UserLeaveWaitingNotice;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A channel held by the current thread: the only way to change the channel, its rooms, slots and games. A
 * {@code Held} is handed to the work of {@link Channel#run} and {@link Channel#call} while the channel's lock is
 * taken; every state-changing method of {@link Room}, {@link Slot} and the running game takes it as its first
 * argument, so code that does not hold the channel cannot call them (and a {@code Held} of another channel, or one
 * kept past its work, fails {@link #check}).
 *
 * <p>Events raised here ({@link #publish}) are delivered after the channel is released, in the order they were
 * raised: listener code never runs while a channel is held.
 */
public final class Held {

    private static final Logger LOG = LoggerFactory.getLogger(Held.class);

    private final Channel channel;
    private final World world;

    Held(Channel channel, World world) {
        this.channel = channel;
        this.world = world;
    }

    /** @return the held channel */
    public Channel channel() {
        return channel;
    }

    /** @return the world the channel belongs to */
    public World world() {
        return world;
    }

    /**
     * Fails unless this view is the current thread's hold on the given channel.
     *
     * @param owner the channel a state change belongs to
     */
    public void check(Channel owner) {
        if (owner != channel || !channel.isHeldByCurrentThread()) {
            throw new IllegalStateException(owner + " changed without holding it (held: " + channel + ")");
        }
    }

    /**
     * Raises an event; it is delivered after the channel is released.
     *
     * @param event the event
     */
    public void publish(GameEvent event) {
        channel.defer(event);
    }

    /**
     * Registers a player in this channel.
     *
     * @param player the player, in no channel
     */
    public void enter(Player player) {
        check(channel);
        channel.add(player);
        player.channel(channel);
        world.entered(player);
        publish(new ChannelJoined(player.userId(), player.nickname(), channel.id()));
    }

    /**
     * Takes a player out of its room (with the room-leave notices) and out of this channel. Nothing is sent to the
     * channel about the leave itself.
     *
     * @param player a player of this channel
     */
    public void leaveChannel(Player player) {
        check(channel);
        if (player.channel() != channel) {
            return;
        }
        leaveRoom(player, false);
        channel.remove(player);
        player.channel(null);
        world.left(player);
        publish(new ChannelLeft(player.userId(), player.nickname(), channel.id()));
    }

    /**
     * The room-leave procedure (spec 02 §3.4, 03 §2.7): the slot becomes vacant with master hand-over, a running
     * game forgets the player, the remaining members get UserLeaveWaiting, an emptied room is removed with
     * RoomRemoved to the whole channel; otherwise the rest of the channel is told the new user count (the reference
     * never tells it; see docs/compatibility.md).
     *
     * @param player the player
     */
    public void leaveRoom(Player player) {
        leaveRoom(player, true);
    }

    /**
     * @param staysInChannel whether the player stays in the channel's lobby; a player that is leaving the channel is
     *                       not told the new user count of the room it left (it still gets RoomRemoved, as in the
     *                       reference)
     */
    private void leaveRoom(Player player, boolean staysInChannel) {
        check(channel);
        Room room = player.room();
        if (room == null) {
            return;
        }
        Slot slot = room.slotOf(player);
        player.room(null);
        if (slot == null) {
            return;
        }
        int index = slot.index();
        Slot master = room.vacate(slot);
        if (room.isPlaying()) {
            try {
                world.gameLeaveHook().left(this, room, player, index);
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
            publish(new RoomRemoved(channel.id(), room.number()));
        } else {
            List<Player> outside = channel.outside(room);
            if (!staysInChannel) {
                outside.remove(player);
            }
            sendUserCount(room, outside);
        }
    }

    /**
     * Tells the players outside a room its capacity and user count.
     *
     * @param room a room of this channel
     */
    public void sendUserCount(Room room) {
        sendUserCount(room, channel.outside(room));
    }

    private static void sendUserCount(Room room, List<Player> recipients) {
        Broadcast.send(
                recipients,
                new RoomUserCountChangedNotice(
                        room.number(), room.capacity(), room.userCount(), room.premium(), room.type()));
    }

    /**
     * Creates a room with the player as master in slot 0.
     *
     * @param creator  a player of this channel, in no room
     * @param settings what the creator asked for
     * @return the room, or {@code null} when the channel has no free room number
     */
    public Room createRoom(Player creator, RoomSettings settings) {
        check(channel);
        int number = channel.lowestFreeRoomNumber();
        if (number < 0) {
            return null;
        }
        Room room = new Room(channel, number, settings);
        room.seatCreator(creator);
        channel.addRoom(room);
        creator.room(room);
        return room;
    }

    /**
     * Seats a player in a room.
     *
     * @param joiner     a player of this channel, in no room
     * @param room       a room of this channel
     * @param musicState the music state the joiner reported
     * @return the slot, or {@code null} when the room is full
     */
    public Slot join(Player joiner, Room room, int musicState) {
        check(room.channel());
        Slot slot = room.seat(joiner, musicState);
        if (slot != null) {
            joiner.room(room);
        }
        return slot;
    }

    /**
     * Removes a member without the leave procedure's notices (used by a kick, which has its own).
     *
     * @param room   a room of this channel
     * @param target the member's slot
     * @return the master's slot after the change, or {@code null} if the room emptied
     */
    public Slot removeMember(Room room, Slot target) {
        check(room.channel());
        Player p = target.player();
        int index = target.index();
        Slot master = room.vacate(target);
        if (p != null) {
            p.room(null);
            if (room.isPlaying()) {
                world.gameLeaveHook().left(this, room, p, index);
            }
        }
        return master;
    }

    /**
     * Locks a vacant slot or opens a locked one.
     *
     * @param room a room of this channel
     * @param slot a vacant or locked slot
     */
    public void toggleLock(Room room, Slot slot) {
        check(room.channel());
        room.toggleLock(slot);
    }

    /**
     * Removes an empty room from this channel with RoomRemoved to the channel.
     *
     * @param room a room of this channel
     */
    public void removeIfEmpty(Room room) {
        check(room.channel());
        if (room.isEmpty() && channel.room(room.number()) == room) {
            channel.removeRoom(room);
            Broadcast.send(channel.playerList(), new RoomRemovedNotice(room.number()));
            publish(new RoomRemoved(channel.id(), room.number()));
        }
    }

    @Override
    public String toString() {
        return "Held[" + channel + "]";
    }
}

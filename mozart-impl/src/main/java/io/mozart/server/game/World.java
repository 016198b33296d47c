package io.mozart.server.game;

import io.mozart.api.ChannelOptions;
import io.mozart.api.ServerOptions;
import io.mozart.api.metadata.MetadataProvider;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The channels of one server and the server-wide indexes over them. There is no server-wide lock: each
 * {@link Channel} owns its rooms, slots and games and is changed only while held ({@link Channel#run}). What spans
 * channels (lobby chat to everybody, whispers, announcements, the duplicate-token check, the status) reads the
 * concurrent indexes here and works on a snapshot of its recipients, never holding a channel while doing work in
 * proportion to the players of the server.
 */
public final class World {

    /** Called when a member leaves a room whose game is running (set by the playing area). */
    @FunctionalInterface
    public interface GameLeaveHook {
        /**
         * @param held   the room's channel, held
         * @param room   the room
         * @param player the player that left
         * @param slot   the slot index it had
         */
        void left(Held held, Room room, Player player, int slot);
    }

    private final ServerOptions options;
    private final Map<Integer, Channel> channels = new LinkedHashMap<>();
    private final GameEventBus events;
    private final Set<Player> inChannels = ConcurrentHashMap.newKeySet();
    private final Map<String, Player> byToken = new ConcurrentHashMap<>();
    private volatile GameLeaveHook gameLeaveHook = (held, room, player, slot) -> {};

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
            channels.put(c.id(), new Channel(c, metadata, options.freeMusic(), this));
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

    GameLeaveHook gameLeaveHook() {
        return gameLeaveHook;
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

    /** @return a snapshot of every player registered in any channel */
    public List<Player> playersInChannels() {
        return new ArrayList<>(inChannels);
    }

    /**
     * @param nickname a nickname
     * @return the players in channels with that nickname (a snapshot; normally one or none)
     */
    public List<Player> playersNamed(String nickname) {
        List<Player> out = new ArrayList<>(1);
        for (Player p : inChannels) {
            Identity id = p.identity();
            if (id != null && id.nickname().equals(nickname)) {
                out.add(p);
            }
        }
        return out;
    }

    /**
     * The player in any channel whose login token equals the given one, ignoring case (the reference's duplicate
     * check, spec 01 §4.1 and §4.9).
     *
     * @param token a token
     * @return the player, or {@code null}
     */
    public Player findInChannelsByToken(String token) {
        return byToken.get(key(token));
    }

    /**
     * Claims a token for a player about to enter a channel: at most one player in channels per token.
     *
     * @param token  the player's login token
     * @param player the player
     * @return {@code null} when claimed, else the player that holds the token
     */
    public Player claimToken(String token, Player player) {
        Player other = byToken.putIfAbsent(key(token), player);
        return other == null || other == player ? null : other;
    }

    /**
     * Gives up a claim made by {@link #claimToken} (the player did not enter after all).
     *
     * @param token  the token
     * @param player the player that claimed it
     */
    public void releaseToken(String token, Player player) {
        byToken.remove(key(token), player);
    }

    void entered(Player player) {
        inChannels.add(player);
        Identity id = player.identity();
        if (id != null) {
            byToken.putIfAbsent(key(id.token()), player);
        }
    }

    void left(Player player) {
        inChannels.remove(player);
        Identity id = player.identity();
        if (id != null) {
            byToken.remove(key(id.token()), player);
        }
    }

    /**
     * Takes a player out of its room and channel, holding that channel.
     *
     * @param player the player
     */
    public void leaveChannel(Player player) {
        Channel c = player.channel();
        while (c != null) {
            Channel held = c;
            held.run(h -> h.leaveChannel(player));
            Channel now = player.channel();
            c = now == held ? null : now;
        }
    }

    /**
     * Runs work holding the player's channel (the channel it is in when the channel is taken).
     *
     * @param player a player
     * @param work   the work; its result
     * @param <T>    result type
     * @return the work's result, or {@code null} when the player is in no channel
     */
    public <T> T inChannelOf(Player player, Function<Held, T> work) {
        while (true) {
            Channel c = player.channel();
            if (c == null) {
                return null;
            }
            Object[] out = new Object[1];
            boolean ran = c.call(h -> {
                if (player.channel() != c) {
                    return false;
                }
                out[0] = work.apply(h);
                return true;
            });
            if (ran) {
                @SuppressWarnings("unchecked")
                T result = (T) out[0];
                return result;
            }
        }
    }

    /**
     * Runs work holding the player's channel; nothing when the player is in no channel.
     *
     * @param player a player
     * @param work   the work
     */
    public void runInChannelOf(Player player, Consumer<Held> work) {
        inChannelOf(player, h -> {
            work.accept(h);
            return null;
        });
    }

    private static String key(String token) {
        return token.toLowerCase(Locale.ROOT);
    }
}

package io.mozart.server.game;

import io.mozart.encore.session.AttributeKey;
import io.mozart.encore.session.Session;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.List;

/**
 * The game's view of one client connection: who it is ({@link Identity}), where it is (channel, room)
 * and what it reported (installed music). Channel and room are written only while holding the channel
 * concerned, and read with that channel held where a consistent view matters; the identity is written only by the
 * connection's own handlers, which never run concurrently.
 */
public final class Player {

    /** Where the player object hangs on its session. */
    public static final AttributeKey<Player> KEY = AttributeKey.of("mozart.player");

    private final Session session;
    private volatile Identity identity;
    private volatile Channel channel;
    private volatile Room room;
    private volatile List<Integer> installedMusic = List.of();

    /**
     * Creates the player of a new connection.
     *
     * @param session the connection
     */
    public Player(Session session) {
        this.session = session;
    }

    /**
     * @param session a connection
     * @return its player (created on first use)
     */
    public static Player of(Session session) {
        return session.computeIfAbsent(KEY, () -> new Player(session));
    }

    /** @return the connection */
    public Session session() {
        return session;
    }

    /** @return the connection id */
    public long sessionId() {
        return session.id();
    }

    /** @return the client's IP address as text, or {@code 0.0.0.0} when unknown */
    public String remoteIp() {
        SocketAddress a = session.remoteAddress();
        if (a instanceof InetSocketAddress inet && inet.getAddress() != null) {
            return inet.getAddress().getHostAddress();
        }
        return "0.0.0.0";
    }

    /** @return the identity, or {@code null} before Authorize */
    public Identity identity() {
        return identity;
    }

    /** @return whether the connection has authorized */
    public boolean authorized() {
        return identity != null;
    }

    /**
     * Sets or replaces the identity (Authorize, or a refresh after stored data changed).
     *
     * @param value the identity
     */
    public void identity(Identity value) {
        this.identity = value;
        updatePhase();
    }

    /** @return the nickname, or {@code "?"} before Authorize (for logs) */
    public String nickname() {
        Identity id = identity;
        return id == null ? "?" : id.nickname();
    }

    /** @return the user id, or -1 before Authorize */
    public int userId() {
        Identity id = identity;
        return id == null ? -1 : id.userId();
    }

    /** @return the channel, or {@code null} */
    public Channel channel() {
        return channel;
    }

    void channel(Channel value) {
        this.channel = value;
        updatePhase();
    }

    /** @return the room, or {@code null} (read it with the channel held) */
    public Room room() {
        return room;
    }

    void room(Room value) {
        this.room = value;
        updatePhase();
    }

    /** @return the installed-music ids exactly as the client reported them (spec 02 §2.3) */
    public List<Integer> installedMusic() {
        return installedMusic;
    }

    /**
     * Replaces the reported installed-music list, verbatim and in order.
     *
     * @param ids the ids
     */
    public void installedMusic(List<Integer> ids) {
        this.installedMusic = List.copyOf(ids);
    }

    /**
     * Queues a packet for this player.
     *
     * @param packet a registered record
     */
    public void send(Object packet) {
        session.send(packet);
    }

    /** Recomputes the session phase from identity, channel and room. The one place phases change. */
    public void updatePhase() {
        Phase phase;
        Room r = room;
        if (identity == null) {
            phase = Phase.CONNECTED;
        } else if (channel == null) {
            phase = Phase.AUTHORIZED;
        } else if (r == null) {
            phase = Phase.IN_CHANNEL;
        } else if (r.isPlaying()) {
            phase = Phase.PLAYING;
        } else {
            phase = Phase.IN_ROOM;
        }
        session.phase(phase);
    }

    /** @return the current phase */
    public Phase phase() {
        Object p = session.phase();
        return p instanceof Phase ph ? ph : Phase.CONNECTED;
    }

    @Override
    public String toString() {
        return "Player[" + session.id() + " " + nickname() + "]";
    }
}

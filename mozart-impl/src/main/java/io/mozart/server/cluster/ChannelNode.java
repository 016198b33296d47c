package io.mozart.server.cluster;

import io.mozart.api.event.PlayerLoggedIn;
import io.mozart.api.storage.LoginSession;
import io.mozart.api.storage.RankingEntry;
import io.mozart.api.storage.UserGraph;
import io.mozart.encore.client.EncoreClient;
import io.mozart.encore.server.EncoreServer;
import io.mozart.encore.session.Session;
import io.mozart.server.game.Channel;
import io.mozart.server.game.GameContext;
import io.mozart.server.game.Identity;
import io.mozart.server.game.Phase;
import io.mozart.server.game.Player;
import io.mozart.server.game.World;
import io.mozart.server.planet.PlanetHandlers;
import io.mozart.server.protocol.cluster.ChannelHeartbeat;
import io.mozart.server.protocol.cluster.ClusterPackets;
import io.mozart.server.protocol.cluster.CreateChannelRequest;
import io.mozart.server.protocol.cluster.CreateChannelResponse;
import io.mozart.server.protocol.cluster.DeleteChannelCommand;
import io.mozart.server.protocol.cluster.GatewayHeartbeat;
import io.mozart.server.protocol.cluster.GatewayRelay;
import io.mozart.server.protocol.cluster.GetChannelStatsRequest;
import io.mozart.server.protocol.cluster.GetChannelStatsResponse;
import io.mozart.server.protocol.cluster.GrantSessionRequest;
import io.mozart.server.protocol.cluster.GrantSessionResponse;
import io.mozart.server.protocol.cluster.RevokeSessionCommand;
import io.netty.buffer.Unpooled;
import java.net.SocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The channel side of the internal link (spec 06 §7.4–7.6): connects to the gateway, registers its one channel,
 * answers channel-stats requests, turns granted client tokens into {@link RelayedSession}s that run the normal
 * game handlers, and tells the gateway when it stops.
 *
 * <p>Unlike the reference, whose channel process stops when it loses its gateway (spec 06 §7.6), a lost link
 * (closed, or silent for the heartbeat timeout) drops this channel's players with the usual leave procedure and
 * the node reconnects by itself: it waits 1 s, 2 s, 4 s … (at most the reconnect delay) between attempts and
 * registers its channel again. With heartbeats on, it sends one every interval and expects to hear from the
 * gateway within the heartbeat timeout.
 */
public final class ChannelNode implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ChannelNode.class);
    private static final Duration POLL = Duration.ofMillis(200);

    private final ClusterSettings settings;
    private final GameContext ctx;
    private final World world;
    private final PlanetHandlers planet;
    private final EncoreServer game;
    private final int gatewayId;
    private final Channel channel;
    private final Map<String, RelayedSession> sessions = new ConcurrentHashMap<>();
    private final Object wake = new Object();
    private final Thread reader;
    private volatile EncoreClient link;
    private volatile boolean closing;

    /**
     * Connects and registers (steps 1–3 of 06 §7.4); returns once the gateway accepted the channel.
     *
     * @param settings   the link settings
     * @param ctx        the game context of this process (its World holds exactly the one channel)
     * @param planet     the planet handlers (their leave procedure ends relayed sessions)
     * @param game       the game server whose routes, executor and scheduler relayed sessions use
     * @throws IllegalStateException when the gateway cannot be reached in time or refuses the channel (at
     *                               start-up; later losses are retried)
     */
    public ChannelNode(ClusterSettings settings, GameContext ctx, PlanetHandlers planet, EncoreServer game) {
        this.settings = settings;
        this.ctx = ctx;
        this.world = ctx.world();
        this.planet = planet;
        this.game = game;
        this.gatewayId = ctx.options().gatewayId();
        List<Channel> channels = List.copyOf(world.channels());
        if (channels.size() != 1) {
            throw new IllegalStateException("a channel process holds exactly one channel, not " + channels.size());
        }
        this.channel = channels.get(0);
        this.link = register();
        LOG.info(
                "channel {} registered at the gateway {}:{}",
                channel.id(),
                settings.linkAddress(),
                settings.linkPort());
        this.reader = new Thread(this::readLoop, game.threadNamePrefix() + "-link");
        reader.setDaemon(true);
        reader.start();
    }

    /** @return the id of the channel this process holds */
    public int channelId() {
        return channel.id();
    }

    /** @return how many relayed client sessions this channel holds */
    public int sessionCount() {
        return sessions.size();
    }

    /** @return whether the link to the gateway is up and the channel registered there */
    public boolean isLinked() {
        EncoreClient l = link;
        return l != null && l.isConnected();
    }

    /** Steps 1–3 of 06 §7.4: connect, send CreateChannel, wait for a successful reply. */
    private EncoreClient register() {
        EncoreClient c = EncoreClient.builder()
                .registry(ClusterPackets.registry())
                .connectTimeout(settings.timeout())
                .connect(settings.linkAddress(), settings.linkPort());
        try {
            c.send(new CreateChannelRequest(gatewayId, channel.id()));
            Object first = c.receive(settings.timeout());
            if (!(first instanceof CreateChannelResponse r) || !r.success()) {
                throw new IllegalStateException("the gateway at " + settings.linkAddress() + ":"
                        + settings.linkPort() + " did not accept channel " + channel.id()
                        + (first == null
                                ? " (no reply within " + settings.timeout().toSeconds() + " s)"
                                : " (reply " + first + ")"));
            }
            return c;
        } catch (RuntimeException e) {
            c.close();
            throw e;
        }
    }

    private void readLoop() {
        while (!closing) {
            serve(link);
            if (closing) {
                break;
            }
            LOG.warn("channel {}: the gateway link is lost; dropping its players and reconnecting", channel.id());
            dropAll("gateway link lost");
            reconnect();
        }
    }

    /** Reads the link until it is lost or this node closes; sends and checks heartbeats. */
    private void serve(EncoreClient c) {
        boolean beats = settings.heartbeats();
        long interval = settings.heartbeatInterval().toNanos();
        long deadline = settings.heartbeatTimeout().toNanos();
        Duration poll = beats && settings.heartbeatInterval().compareTo(POLL) < 0 ? settings.heartbeatInterval() : POLL;
        long lastHeard = System.nanoTime();
        long lastSent = lastHeard - interval;
        while (!closing) {
            Object packet = c.receive(poll);
            long now = System.nanoTime();
            if (packet != null) {
                lastHeard = now;
                try {
                    handle(c, packet);
                } catch (RuntimeException e) {
                    LOG.error("gateway link: {} failed", packet.getClass().getSimpleName(), e);
                }
            } else if (!c.isConnected()) {
                return;
            }
            if (beats) {
                if (now - lastHeard > deadline) {
                    LOG.warn(
                            "channel {}: nothing from the gateway for {} ms (Gateway:HeartbeatTimeout); closing the"
                                    + " link",
                            channel.id(),
                            Duration.ofNanos(now - lastHeard).toMillis());
                    c.close();
                    return;
                }
                if (now - lastSent >= interval) {
                    c.send(new ChannelHeartbeat(channel.capacity(), channel.population(), channel.roomCount()));
                    lastSent = now;
                }
            }
        }
    }

    /** Tries to register again until it works or this node closes: waits 1 s, 2 s, 4 s … up to the maximum. */
    private void reconnect() {
        Duration longest = settings.reconnectDelay();
        Duration delay = longest.compareTo(Duration.ofSeconds(1)) < 0 ? longest : Duration.ofSeconds(1);
        for (int attempt = 1; !closing; attempt++) {
            synchronized (wake) {
                if (closing) {
                    return;
                }
                try {
                    wake.wait(delay.toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            if (closing) {
                return;
            }
            try {
                EncoreClient c = register();
                link = c;
                if (closing) {
                    c.close();
                    return;
                }
                LOG.info(
                        "channel {} registered again at the gateway {}:{} (attempt {})",
                        channel.id(),
                        settings.linkAddress(),
                        settings.linkPort(),
                        attempt);
                return;
            } catch (RuntimeException e) {
                Duration doubled = delay.multipliedBy(2);
                delay = doubled.compareTo(longest) > 0 ? longest : doubled;
                LOG.info(
                        "channel {}: reconnection attempt {} failed ({}); next in {} ms",
                        channel.id(),
                        attempt,
                        e.getMessage(),
                        delay.toMillis());
            }
        }
    }

    private void handle(EncoreClient c, Object packet) {
        if (packet instanceof GatewayHeartbeat) {
            return;
        }
        if (packet instanceof GatewayRelay r) {
            relay(r);
        } else if (packet instanceof GrantSessionRequest g) {
            grant(c, g.sessionId());
        } else if (packet instanceof RevokeSessionCommand r) {
            RelayedSession s = sessions.get(r.sessionId());
            if (s != null) {
                s.close("revoked by the gateway");
            }
        } else if (packet instanceof GetChannelStatsRequest q) {
            GetChannelStatsResponse stats = new GetChannelStatsResponse(
                    q.requestId(),
                    channel.id(),
                    channel.capacity(),
                    channel.population(),
                    (float) channel.options().gemRate(),
                    (float) channel.options().expRate());
            c.send(stats);
        } else {
            LOG.info("gateway link: {} ignored", packet);
        }
    }

    private void relay(GatewayRelay r) {
        RelayedSession s = sessions.get(r.sessionId());
        if (s == null) {
            LOG.info("gateway link: relay for a session this channel does not hold, dropped");
            return;
        }
        Object message;
        try {
            message = game.registry().decode(Unpooled.wrappedBuffer(r.payload()));
        } catch (RuntimeException e) {
            LOG.info("{}: relayed message not decoded, dropped: {}", s, e.getMessage());
            return;
        }
        s.execute(() -> game.dispatch(s, message));
    }

    private void grant(EncoreClient c, String token) {
        RelayedSession old = sessions.remove(token);
        if (old != null) {
            // A client that left the gateway between its grant request and the reply was never revoked.
            old.close("granted again");
        }
        SocketAddress remote = c.channel().remoteAddress();
        // Bound to the link it was granted on: after a reconnection nothing of it reaches the new link.
        RelayedSession s = new RelayedSession(token, game, c::send, remote, Phase.CONNECTED, this::closed);
        // Known at once, so that a revoke or relay read right after this grant finds it; they run after the
        // admission because they are queued in the session's own order.
        sessions.put(token, s);
        s.execute(() -> {
            GrantSessionResponse reply = admit(s, token);
            if (!reply.success()) {
                sessions.remove(token, s);
                s.close("grant refused");
            }
            c.send(reply);
        });
    }

    private GrantSessionResponse admit(RelayedSession s, String token) {
        Player player = Player.of(s);
        if (!s.isOpen()) {
            return refused(token);
        }
        try {
            Optional<LoginSession> login = ctx.auth().authorize(token);
            if (login.isEmpty()) {
                LOG.info("grant of an unknown token refused");
                return refused(token);
            }
            Optional<UserGraph> user = ctx.storage().loadUser(login.get().userId());
            if (user.isEmpty()) {
                LOG.warn(
                        "grant: login row of user {} has no character",
                        login.get().userId());
                return refused(token);
            }
            Identity identity = new Identity(
                    login.get().token(), "", user.get(), ctx.clock().instant());
            boolean admitted = channel.call(h -> {
                if (channel.population() >= channel.capacity()) {
                    return false;
                }
                player.identity(identity);
                h.enter(player);
                return true;
            });
            if (!admitted) {
                LOG.info("grant refused: channel {} is full", channel.id());
                return refused(token);
            }
            ctx.auth().cancelExpiry(identity.token());
            ctx.events()
                    .publish(new PlayerLoggedIn(
                            identity.userId(), identity.profile().username(), identity.nickname(), player.remoteIp()));
            LOG.info("{}: granted as user {} in channel {}", player, identity.userId(), channel.id());
            int ranking = user.get().ranking().map(RankingEntry::ranking).orElse(0);
            int[] counts = counts();
            return new GrantSessionResponse(
                    true,
                    token,
                    "",
                    identity.profile().username(),
                    identity.nickname(),
                    ranking,
                    channel.id(),
                    counts[0],
                    counts[1]);
        } catch (RuntimeException e) {
            LOG.warn("grant failed: {}", e.toString());
            return refused(token);
        }
    }

    private GrantSessionResponse refused(String token) {
        int[] counts = counts();
        return new GrantSessionResponse(false, token, "", "", "", 0, channel.id(), counts[0], counts[1]);
    }

    private int[] counts() {
        return new int[] {channel.capacity(), channel.population()};
    }

    private void closed(Session s) {
        if (s instanceof RelayedSession r) {
            sessions.remove(r.token(), r);
        }
        planet.released(s);
    }

    private void dropAll(String reason) {
        for (RelayedSession s : List.copyOf(sessions.values())) {
            s.close(reason);
        }
    }

    /**
     * Stops: tells the gateway (DeleteChannel, 304), drops every relayed session with the usual leave procedure
     * and closes the link. Idempotent.
     */
    @Override
    public void close() {
        if (closing) {
            return;
        }
        closing = true;
        synchronized (wake) {
            wake.notifyAll();
        }
        EncoreClient l = link;
        if (l.isConnected()) {
            try {
                l.send(DeleteChannelCommand.INSTANCE)
                        .awaitUninterruptibly(settings.timeout().toMillis());
            } catch (RuntimeException e) {
                LOG.debug("DeleteChannel not sent: {}", e.toString());
            }
        }
        dropAll("channel stopping");
        l.close();
        try {
            if (Thread.currentThread() != reader) {
                // A reconnection attempt in progress ends within its connect and reply timeouts.
                reader.join(settings.timeout().multipliedBy(3).toMillis());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        link.close();
    }
}

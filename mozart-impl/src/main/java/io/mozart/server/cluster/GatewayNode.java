package io.mozart.server.cluster;

import io.mozart.api.ServerStatus;
import io.mozart.encore.protocol.PacketRegistry;
import io.mozart.encore.protocol.PacketType;
import io.mozart.encore.protocol.RawFrame;
import io.mozart.encore.route.Guard;
import io.mozart.encore.route.Routes;
import io.mozart.encore.server.EncoreOptions;
import io.mozart.encore.server.EncoreServer;
import io.mozart.encore.session.AttributeKey;
import io.mozart.encore.session.Session;
import io.mozart.server.game.Player;
import io.mozart.server.protocol.MozartProtocol;
import io.mozart.server.protocol.cluster.ChannelHeartbeat;
import io.mozart.server.protocol.cluster.ChannelRelay;
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
import io.mozart.server.protocol.planet.AuthRequest;
import io.mozart.server.protocol.planet.AuthResponse;
import io.mozart.server.protocol.planet.ChannelListResponse;
import io.mozart.server.protocol.planet.ChannelLoginRequest;
import io.mozart.server.protocol.planet.ChannelLoginResponse;
import io.mozart.server.protocol.planet.ChannelLogoutRequest;
import io.mozart.server.protocol.planet.GetChannelListRequest;
import io.mozart.server.protocol.planet.TerminateRequest;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The gateway side (spec 06 §7.4–7.6, 01 §2.4): accepts channel processes on the link port and registers them,
 * and, as the client server's {@link Routes.Interceptor}, answers the channel list from the registered channels,
 * turns ChannelLogin into a GrantSession and relays every message of a bound client to its channel and back.
 * When heartbeats are on, it sends one to every registered channel each interval and unregisters a channel it
 * has not heard from within the heartbeat timeout (its clients are disconnected, compatibility D1); the channel
 * reconnects and registers again by itself. All routing state is guarded by this object's monitor.
 */
public final class GatewayNode implements Routes.Interceptor, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(GatewayNode.class);
    private static final AttributeKey<Link> LINK = AttributeKey.of("mozart.gateway.link");
    private static final AttributeKey<Binding> BINDING = AttributeKey.of("mozart.gateway.binding");

    /** A registered channel process. */
    private static final class Link {
        private final int channelId;
        private final Session session;
        /**
         * Clients granted or waiting for a grant on this channel, by token; after a ChannelLogout also the client
         * that left, until it enters a channel again, so that the channel's logout reply still reaches it.
         */
        private final Map<String, Session> clients = new HashMap<>();

        private volatile boolean alive = true;
        /** {@link System#nanoTime()} of the last heartbeat (or the registration). */
        private volatile long lastHeard = System.nanoTime();
        /** The numbers of the last heartbeat, {@code null} before the first. */
        private volatile ChannelHeartbeat last;

        Link(int channelId, Session session) {
            this.channelId = channelId;
            this.session = session;
        }
    }

    /** A client's channel: asked for (grant pending) or bound. */
    private static final class Binding {
        private final Link link;
        private final String token;
        private volatile boolean bound;

        Binding(Link link, String token) {
            this.link = link;
            this.token = token;
        }
    }

    /** A channel list being collected for one client. */
    private static final class Aggregation {
        private final Session client;
        private final Set<Integer> expected;
        private final Map<Integer, GetChannelStatsResponse> replies = new TreeMap<>();

        Aggregation(Session client, Set<Integer> expected) {
            this.client = client;
            this.expected = expected;
        }
    }

    private final ClusterSettings settings;
    private final int gatewayId;
    private final Map<Integer, Link> channels = new TreeMap<>();
    private final Map<String, Aggregation> pending = new HashMap<>();
    private final EncoreServer links;
    private final ScheduledFuture<?> heartbeat;

    /**
     * Starts listening for channel processes.
     *
     * @param settings   the link settings (address, port, timeout)
     * @param gatewayId  {@code Gateway:Id}
     * @param namePrefix thread name prefix of the link server
     */
    public GatewayNode(ClusterSettings settings, int gatewayId, String namePrefix) {
        this.settings = settings;
        this.gatewayId = gatewayId;
        Guard registered =
                Guard.of("RegisteredChannel", s -> s.get(LINK) != null).orReply(s -> AuthResponse.INVALID);
        Routes routes = Routes.builder()
                .on(CreateChannelRequest.class, this::register)
                .on(GetChannelStatsResponse.class, this::stats, registered)
                .on(ChannelRelay.class, this::toClient, registered)
                .on(GrantSessionResponse.class, this::granted, registered)
                .on(ChannelHeartbeat.class, this::heard, registered)
                .on(DeleteChannelCommand.class, (s, p) -> {
                    LOG.info("channel link {}: DeleteChannel (the disconnect that follows unregisters it)", s.id());
                    return null;
                })
                .build();
        this.links = EncoreServer.builder()
                .address(settings.linkAddress())
                .port(settings.linkPort())
                .registry(linkRegistry())
                .routes(routes)
                .options(EncoreOptions.builder()
                        .gameThreads(1)
                        .threadNamePrefix(namePrefix)
                        .build())
                .onSessionOpened(this::linkOpened)
                .onSessionClosed(this::linkClosed)
                .start();
        long every = settings.heartbeatInterval().toMillis();
        this.heartbeat = settings.heartbeats()
                ? links.scheduler().scheduleAtFixedRate(this::beat, every, every, TimeUnit.MILLISECONDS)
                : null;
        LOG.info("gateway {} accepting channel servers on {}:{}", gatewayId, links.address(), links.port());
    }

    /** The link's records plus AuthResponse, the reply to a link that talks before it registered (06 §7.6). */
    private static PacketRegistry linkRegistry() {
        PacketRegistry.Builder b = PacketRegistry.builder();
        ClusterPackets.register(b);
        PacketType<AuthResponse> auth = MozartProtocol.registry().byClass(AuthResponse.class);
        b.register(auth.opcode(), AuthResponse.class, auth.codec());
        return b.build();
    }

    /** @return the port channel processes connect to */
    public int linkPort() {
        return links.port();
    }

    /** @return the ids of the registered channels, ascending */
    public synchronized List<Integer> channelIds() {
        return List.copyOf(channels.keySet());
    }

    /**
     * @return the registered channels with the capacity, players and rooms of their last heartbeat (zeros before
     *         the first one), ascending by id
     */
    public synchronized List<ServerStatus.Channel> liveChannels() {
        List<ServerStatus.Channel> out = new ArrayList<>();
        for (Link l : channels.values()) {
            ChannelHeartbeat h = l.last;
            out.add(
                    h == null
                            ? new ServerStatus.Channel(l.channelId, 0, 0, 0)
                            : new ServerStatus.Channel(l.channelId, h.capacity(), h.userCount(), h.roomCount()));
        }
        return out;
    }

    // ---- heartbeats (Mozart's addition to the link) ----

    private Object heard(Session s, ChannelHeartbeat h) {
        Link link = s.get(LINK);
        link.last = h;
        link.lastHeard = System.nanoTime();
        return null;
    }

    /** Every heartbeat interval, on the link server's scheduler: send, and drop the silent channels. */
    private void beat() {
        List<Link> all;
        synchronized (this) {
            all = List.copyOf(channels.values());
        }
        long now = System.nanoTime();
        long limit = settings.heartbeatTimeout().toNanos();
        for (Link l : all) {
            long silent = now - l.lastHeard;
            if (silent > limit) {
                LOG.warn(
                        "channel {}: no heartbeat for {} ms (Gateway:HeartbeatTimeout {} ms); unregistering it",
                        l.channelId,
                        TimeUnit.NANOSECONDS.toMillis(silent),
                        settings.heartbeatTimeout().toMillis());
                l.session.close(
                        "no heartbeat within " + settings.heartbeatTimeout().toMillis() + " ms");
            } else {
                l.session.send(GatewayHeartbeat.INSTANCE);
            }
        }
    }

    // ---- the channel link ----

    private void linkOpened(Session s) {
        long ms = settings.timeout().toMillis();
        links.scheduler()
                .schedule(
                        () -> s.execute(() -> {
                            if (s.get(LINK) == null && s.isOpen()) {
                                LOG.info(
                                        "channel link {} {}: not registered within {} ms, closed",
                                        s.id(),
                                        s.remoteAddress(),
                                        ms);
                                s.send(new CreateChannelResponse(false));
                                s.close("not registered in time");
                            }
                        }),
                        ms,
                        TimeUnit.MILLISECONDS);
    }

    private Object register(Session s, CreateChannelRequest r) {
        synchronized (this) {
            if (s.get(LINK) != null || r.gatewayId() != gatewayId || channels.containsKey(r.channelId())) {
                LOG.info("channel link {} {}: CreateChannel {} refused", s.id(), s.remoteAddress(), r);
                return new CreateChannelResponse(false);
            }
            Link link = new Link(r.channelId(), s);
            channels.put(r.channelId(), link);
            s.set(LINK, link);
        }
        LOG.info("channel {} registered from {}; live channels: {}", r.channelId(), s.remoteAddress(), channelIds());
        return new CreateChannelResponse(true);
    }

    private void linkClosed(Session s) {
        Link link = s.get(LINK);
        if (link == null) {
            return;
        }
        List<Aggregation> done = new ArrayList<>();
        List<Session> stranded;
        synchronized (this) {
            link.alive = false;
            channels.remove(link.channelId, link);
            stranded = List.copyOf(link.clients.values());
            link.clients.clear();
            for (Map.Entry<String, Aggregation> e : List.copyOf(pending.entrySet())) {
                Aggregation a = e.getValue();
                if (a.expected.remove(link.channelId) && a.replies.keySet().containsAll(a.expected)) {
                    pending.remove(e.getKey());
                    done.add(a);
                }
            }
        }
        LOG.warn(
                "channel {} lost ({}); closing its {} client(s); live channels: {}",
                link.channelId,
                s.closeReason(),
                stranded.size(),
                channelIds());
        for (Aggregation a : done) {
            a.client.send(channelList(a));
        }
        // The reference keeps these clients connected and drops what they send (06 §7.6); a client left
        // like that waits forever. Mozart closes them, which the client reports as a lost connection.
        for (Session c : stranded) {
            c.close("channel " + link.channelId + " lost");
        }
    }

    private Object stats(Session s, GetChannelStatsResponse r) {
        Link link = s.get(LINK);
        Aggregation done = null;
        synchronized (this) {
            Aggregation a = pending.get(r.requestId());
            if (a == null || !a.expected.contains(link.channelId)) {
                return null;
            }
            a.replies.put(link.channelId, r);
            if (a.replies.keySet().containsAll(a.expected)) {
                pending.remove(r.requestId());
                done = a;
            }
        }
        if (done != null) {
            done.client.send(channelList(done));
        }
        return null;
    }

    private ChannelListResponse channelList(Aggregation a) {
        int max = -1;
        for (int id : a.replies.keySet()) {
            max = Math.max(max, id);
        }
        List<ChannelListResponse.Entry> entries = new ArrayList<>();
        for (int id = 0; id <= max; id++) {
            GetChannelStatsResponse r = a.replies.get(id);
            entries.add(
                    r == null
                            ? ChannelListResponse.Entry.gap(0, id)
                            : new ChannelListResponse.Entry(gatewayId, id, r.capacity(), r.userCount(), true));
        }
        return new ChannelListResponse(entries);
    }

    private Object toClient(Session s, ChannelRelay r) {
        Link link = s.get(LINK);
        Session client;
        synchronized (this) {
            client = link.clients.get(r.sessionId());
        }
        if (client == null) {
            LOG.debug("channel {}: relay for an unknown session dropped", link.channelId);
            return null;
        }
        byte[] payload = r.payload();
        byte[] body = new byte[payload.length - 2];
        System.arraycopy(payload, 2, body, 0, body.length);
        client.send(new RawFrame(r.opcode(), body));
        return null;
    }

    private Object granted(Session s, GrantSessionResponse r) {
        Link link = s.get(LINK);
        Session client;
        synchronized (this) {
            client = link.clients.get(r.sessionId());
            Binding b = client == null ? null : client.get(BINDING);
            if (b == null || b.link != link) {
                client = null;
            } else if (r.success()) {
                b.bound = true;
            } else {
                link.clients.remove(r.sessionId());
                client.remove(BINDING);
            }
        }
        if (client == null) {
            LOG.info("channel {}: grant reply for a client that is gone", link.channelId);
            return null;
        }
        LOG.info(
                "{}: channel {} {} the session",
                Player.of(client),
                link.channelId,
                r.success() ? "granted" : "refused");
        client.send(
                r.success()
                        ? ChannelLoginResponse.success()
                        : ChannelLoginResponse.failure(ChannelLoginResponse.CHANNEL_UNAVAILABLE));
        return null;
    }

    // ---- the client side (runs before the client server's routes) ----

    @Override
    public boolean intercept(Session client, Object packet) {
        Player player = Player.of(client);
        if (packet instanceof TerminateRequest) {
            revoke(client);
            client.close("terminate");
            return false;
        }
        if (!player.authorized()) {
            if (packet instanceof AuthRequest) {
                return false;
            }
            client.send(AuthResponse.INVALID);
            return true;
        }
        Binding binding;
        synchronized (this) {
            binding = client.get(BINDING);
        }
        if (packet instanceof GetChannelListRequest) {
            // The reference also relays it to a bound client's channel, whose own one-channel list then races
            // the gateway's (06 §7.7); Mozart answers from the gateway only.
            aggregate(client);
            return true;
        }
        if (packet instanceof ChannelLoginRequest r) {
            login(client, player, r);
            return true;
        }
        if (binding != null && binding.bound) {
            relay(client, binding, packet);
            if (packet instanceof ChannelLogoutRequest) {
                leave(client, binding);
            }
            return true;
        }
        return false;
    }

    /**
     * After a relayed ChannelLogout the client is unbound and its channel session revoked, so that it can enter
     * any channel again, as in Full mode; the reference keeps it bound and ignores its next ChannelLogin.
     */
    private void leave(Session client, Binding binding) {
        synchronized (this) {
            if (client.get(BINDING) != binding) {
                return;
            }
            client.remove(BINDING);
            if (!binding.link.alive) {
                return;
            }
        }
        binding.link.session.send(new RevokeSessionCommand(binding.token));
    }

    private void aggregate(Session client) {
        String id = UUID.randomUUID().toString().toUpperCase(Locale.ROOT);
        List<Session> targets = new ArrayList<>();
        synchronized (this) {
            if (channels.isEmpty()) {
                LOG.info("{}: channel list asked while no channel is registered; no reply", Player.of(client));
                return;
            }
            pending.put(id, new Aggregation(client, new HashSet<>(channels.keySet())));
            for (Link l : channels.values()) {
                targets.add(l.session);
            }
        }
        for (Session t : targets) {
            t.send(new GetChannelStatsRequest(id));
        }
    }

    private void login(Session client, Player player, ChannelLoginRequest r) {
        String token = player.identity().token();
        Link link;
        Object refusal = null;
        synchronized (this) {
            link = channels.get((int) r.channelId());
            if (link == null || client.get(BINDING) != null) {
                return;
            }
            for (Link l : channels.values()) {
                Session other = l.clients.get(token);
                // Only a client that is in (or entering) a channel counts, not one that logged out of it.
                if (other != null && other != client && other.isOpen() && other.get(BINDING) != null) {
                    refusal = AuthResponse.failure(AuthResponse.ALREADY_CONNECTED);
                }
            }
            if (refusal == null) {
                for (Link l : channels.values()) {
                    l.clients.remove(token, client);
                }
                client.set(BINDING, new Binding(link, token));
                link.clients.put(token, client);
            }
        }
        if (refusal != null) {
            client.send(refusal);
            return;
        }
        link.session.send(GrantSessionRequest.of(token));
    }

    private void relay(Session client, Binding binding, Object packet) {
        synchronized (this) {
            if (!binding.link.alive) {
                return;
            }
        }
        ByteBuf buf = Unpooled.buffer();
        byte[] payload;
        try {
            client.server().registry().encode(packet, buf);
            payload = new byte[buf.readableBytes()];
            buf.readBytes(payload);
        } catch (RuntimeException e) {
            LOG.info(
                    "{}: {} not relayed: {}",
                    Player.of(client),
                    packet.getClass().getSimpleName(),
                    e.getMessage());
            return;
        } finally {
            buf.release();
        }
        binding.link.session.send(new GatewayRelay(binding.token, payload));
    }

    private void revoke(Session client) {
        Binding b;
        synchronized (this) {
            for (Link l : channels.values()) {
                l.clients.values().remove(client);
            }
            b = client.remove(BINDING);
            if (b == null) {
                return;
            }
            b.link.clients.remove(b.token, client);
            // Also while the grant is pending: the reference revokes only bound clients and leaves a ghost
            // session on the channel (06 §7.7).
            if (!b.link.alive) {
                return;
            }
        }
        b.link.session.send(new RevokeSessionCommand(b.token));
    }

    /**
     * A client connection ended: its channel (if bound) revokes the session; its pending channel lists are dropped.
     *
     * @param client the closed client session
     */
    public void clientClosed(Session client) {
        revoke(client);
        synchronized (this) {
            pending.values().removeIf(a -> a.client == client);
        }
    }

    /** Stops accepting channel processes and closes every link. */
    @Override
    public void close() {
        if (heartbeat != null) {
            heartbeat.cancel(false);
        }
        links.close();
    }
}

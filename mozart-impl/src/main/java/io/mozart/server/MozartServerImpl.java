package io.mozart.server;

import io.mozart.api.Accounts;
import io.mozart.api.AuthMode;
import io.mozart.api.ChannelOptions;
import io.mozart.api.MozartServer;
import io.mozart.api.ServerOptions;
import io.mozart.api.ServerStatus;
import io.mozart.api.event.Events;
import io.mozart.api.event.GameEvent;
import io.mozart.api.metadata.MetadataProvider;
import io.mozart.api.storage.Storage;
import io.mozart.encore.exec.NamedThreadFactory;
import io.mozart.encore.protocol.PacketRegistry;
import io.mozart.encore.route.Routes;
import io.mozart.encore.server.EncoreOptions;
import io.mozart.encore.server.EncoreServer;
import io.mozart.encore.session.Session;
import io.mozart.server.auth.AuthService;
import io.mozart.server.auth.ServerAccounts;
import io.mozart.server.charge.ChargeHandlers;
import io.mozart.server.cluster.ChannelNode;
import io.mozart.server.cluster.ClusterSettings;
import io.mozart.server.cluster.GatewayNode;
import io.mozart.server.extension.CustomHandlers;
import io.mozart.server.game.Channel;
import io.mozart.server.game.GameContext;
import io.mozart.server.game.GameEventBus;
import io.mozart.server.game.Guards;
import io.mozart.server.game.Phase;
import io.mozart.server.game.Player;
import io.mozart.server.game.World;
import io.mozart.server.lobby.LobbyHandlers;
import io.mozart.server.messaging.MessagingHandlers;
import io.mozart.server.metrics.ServerMetrics;
import io.mozart.server.myroom.MyRoomHandlers;
import io.mozart.server.planet.PlanetHandlers;
import io.mozart.server.playing.PlayingHandlers;
import io.mozart.server.protocol.MozartProtocol;
import io.mozart.server.ranking.RankingHandlers;
import io.mozart.server.shop.ShopHandlers;
import io.mozart.server.storage.memory.MemoryStorage;
import io.mozart.server.waiting.WaitingHandlers;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running O2JamO2 server: encore-core carrying the game's routes over one {@link World}.
 * Built by {@link MozartProvider} from an embedder's {@link MozartServer.Settings}.
 */
public final class MozartServerImpl implements MozartServer {

    private static final Logger LOG = LoggerFactory.getLogger(MozartServerImpl.class);
    private static final AtomicInteger INSTANCES = new AtomicInteger();

    private final ServerOptions options;
    private final Storage storage;
    private final boolean ownsStorage;
    private final GameEventBus events;
    private final World world;
    private final ScheduledExecutorService timers;
    private final NamedThreadFactory timerThreads;
    private final AuthService auth;
    private final Accounts accounts;
    private final EncoreServer encore;
    private final GatewayNode gateway;
    private final ChannelNode channelNode;
    private final CountDownLatch closed = new CountDownLatch(1);
    private boolean closing;

    /**
     * Starts a server.
     *
     * @param settings what the embedder configured
     * @param clock    the clock (tests fix it)
     * @param random   the random source
     */
    public MozartServerImpl(MozartServer.Settings settings, Clock clock, RandomGenerator random) {
        this(settings, clock, random, null);
    }

    /**
     * Starts a server in a deployment mode (spec 06 §7.1).
     *
     * @param settings what the embedder configured
     * @param clock    the clock (tests fix it)
     * @param random   the random source
     * @param cluster  {@code null} for Full mode; else the gateway or channel settings. A gateway holds no
     *                 channel itself; a channel process holds the first configured channel only, accepts no
     *                 client connection and registers at its gateway before this constructor returns
     */
    public MozartServerImpl(
            MozartServer.Settings settings, Clock clock, RandomGenerator random, ClusterSettings cluster) {
        this.options = settings.options();
        boolean isGateway = cluster != null && cluster.role() == ClusterSettings.Role.GATEWAY;
        boolean isChannel = cluster != null && cluster.role() == ClusterSettings.Role.CHANNEL;
        if (isChannel && options.channels().isEmpty()) {
            throw new IllegalArgumentException("a channel process needs one configured channel");
        }
        ServerOptions worldOptions = isGateway
                ? options.toBuilder().channels(List.of()).build()
                : isChannel
                        ? options.toBuilder()
                                .channels(options.channels().get(0))
                                .build()
                        : options;
        String name = "mozart-" + INSTANCES.incrementAndGet();
        this.ownsStorage = settings.storage() == null;
        this.storage = ownsStorage ? new MemoryStorage(clock) : settings.storage();
        MetadataProvider metadata = settings.metadata() == null ? MetadataProvider.empty() : settings.metadata();
        this.events = new GameEventBus();
        for (MozartServer.Listener<?> l : settings.listeners()) {
            subscribe(l);
        }
        this.world = new World(worldOptions, metadata, events);
        this.timerThreads = new NamedThreadFactory(name + "-timer", true);
        this.timers = Executors.newSingleThreadScheduledExecutor(timerThreads);
        GatewayNode gatewayNode = null;
        EncoreServer started = null;
        try {
            if (options.authMode() == AuthMode.DEFAULT) {
                storage.migrate();
            }
            this.auth = new AuthService(
                    storage,
                    options.authMode(),
                    isChannel ? cluster.linkAddress() : options.address(),
                    clock,
                    timers,
                    token -> LOG.info("login session {}… expired", token.substring(0, Math.min(6, token.length()))),
                    options.security());
            this.accounts = new ServerAccounts(auth, storage, clock);
            if (options.revokeOnStartup() && cluster == null) {
                int n = auth.clear();
                LOG.info("revoked {} login session(s) at start-up", n);
            }
            GameContext ctx = new GameContext(world, storage, auth, clock, random);
            Guards guards = new Guards();
            PlanetHandlers planet = new PlanetHandlers(ctx, guards);
            Routes.Builder routes = Routes.builder()
                    .onGuardRejected((session, packet, guard) -> Guards.reject(session))
                    .onHandlerError((session, packet, error) -> null);
            planet.register(routes);
            new LobbyHandlers(ctx, guards).register(routes);
            new MessagingHandlers(ctx, guards).register(routes);
            new RankingHandlers(ctx, guards).register(routes);
            new WaitingHandlers(ctx, guards).register(routes);
            new PlayingHandlers(ctx, guards).register(routes);
            new ShopHandlers(ctx, guards).register(routes);
            new MyRoomHandlers(ctx, guards).register(routes);
            new ChargeHandlers(ctx, guards).register(routes);

            PacketRegistry builtIn = MozartProtocol.registry();
            PacketRegistry.Builder registry = PacketRegistry.builder().include(builtIn);
            new CustomHandlers(settings.handlers(), world, guards).wire(registry, builtIn, routes);
            if (isGateway) {
                gatewayNode = new GatewayNode(cluster, options.gatewayId(), name + "-link");
                routes.interceptor(gatewayNode);
            }
            GatewayNode gw = gatewayNode;
            ServerMetrics metrics = new ServerMetrics(settings.metrics());
            Consumer<Session> opened =
                    isChannel ? s -> s.close("a channel process accepts no client connection") : Player::of;
            Consumer<Session> closedCallback = isGateway
                    ? s -> {
                        gw.clientClosed(s);
                        planet.disconnected(s);
                    }
                    : planet::disconnected;

            started = EncoreServer.builder()
                    .address(isChannel ? LOOPBACK : options.address())
                    .port(isChannel ? 0 : options.port())
                    .registry(registry.build())
                    .routes(routes.build())
                    .options(EncoreOptions.builder()
                            .gameThreads(options.gameThreads())
                            .blockingThreads(options.storageThreads())
                            .maxConnections(options.maxConnections())
                            .maxConnectionsPerAddress(options.limits().perAddress())
                            .handshakeTimeout(options.limits().handshakeTimeout())
                            .idleTimeout(options.limits().idleTimeout())
                            .writeTimeout(options.limits().writeTimeout())
                            .maxQueuedBytes(options.limits().sendQueueBytes())
                            .maxTotalQueuedBytes(options.limits().totalSendQueueBytes())
                            .backlog(options.backlog())
                            .initialPhase(Phase.CONNECTED)
                            .threadNamePrefix(name)
                            .build())
                    .onSessionOpened(opened)
                    .onSessionClosed(closedCallback)
                    .observer(metrics)
                    .start();
            this.encore = started;
            metrics.bind(
                    encore,
                    this::status,
                    worldOptions.channels().stream().map(ChannelOptions::id).toList(),
                    events,
                    storage);
            if (isChannel) {
                this.channelNode = new ChannelNode(cluster, ctx, planet, encore);
                if (options.revokeOnStartup()) {
                    int n = auth.clear(options.gatewayId(), channelNode.channelId());
                    LOG.info("revoked {} login session(s) of channel {} at start-up", n, channelNode.channelId());
                }
            } else {
                this.channelNode = null;
            }
            this.gateway = gatewayNode;
        } catch (RuntimeException e) {
            if (started != null) {
                started.close();
            }
            if (gatewayNode != null) {
                gatewayNode.close();
            }
            timers.shutdownNow();
            if (ownsStorage) {
                storage.close();
            }
            throw e;
        }
        if (isGateway) {
            LOG.info(
                    "Mozart gateway listening on {}:{} for clients and on port {} for channel servers",
                    encore.address(),
                    encore.port(),
                    gateway.linkPort());
        } else if (isChannel) {
            LOG.info(
                    "Mozart channel {} serving through the gateway {}:{}",
                    channelNode.channelId(),
                    cluster.linkAddress(),
                    cluster.linkPort());
        } else {
            LOG.info(
                    "Mozart listening on {}:{} with {} channel(s)",
                    encore.address(),
                    encore.port(),
                    options.channels().size());
        }
    }

    private static final String LOOPBACK = "127.0.0.1";

    /** @return the gateway side, or {@code null} when this server is not a gateway */
    public GatewayNode gateway() {
        return gateway;
    }

    /** @return the channel side, or {@code null} when this server is not a channel process */
    public ChannelNode channelNode() {
        return channelNode;
    }

    @SuppressWarnings("unchecked")
    private <E extends GameEvent> void subscribe(MozartServer.Listener<E> l) {
        events.on(l.type(), (Consumer<? super E>) l.listener());
    }

    /** @return the shared game state (for tests and tools in this module) */
    public World world() {
        return world;
    }

    /** @return the storage in use */
    public Storage storage() {
        return storage;
    }

    /** @return the auth service */
    public AuthService auth() {
        return auth;
    }

    /** @return the transport */
    public EncoreServer encore() {
        return encore;
    }

    @Override
    public ServerOptions options() {
        return options;
    }

    @Override
    public String address() {
        return encore.address();
    }

    @Override
    public int port() {
        return encore.port();
    }

    @Override
    public Events events() {
        return events;
    }

    @Override
    public ServerStatus status() {
        if (gateway != null) {
            // A gateway holds no channel: it shows the channel processes registered now.
            return new ServerStatus(
                    address(), port(), (int) encore.metrics().connectionsOpen(), gateway.liveChannels());
        }
        List<ServerStatus.Channel> channels = new ArrayList<>();
        for (Channel c : world.channels()) {
            channels.add(new ServerStatus.Channel(c.id(), c.capacity(), c.population(), c.roomCount()));
        }
        return new ServerStatus(address(), port(), (int) encore.metrics().connectionsOpen(), channels);
    }

    @Override
    public Accounts accounts() {
        return accounts;
    }

    @Override
    public void awaitClose() throws InterruptedException {
        closed.await();
    }

    @Override
    public void close() {
        synchronized (this) {
            if (closing) {
                return;
            }
            closing = true;
        }
        try {
            if (channelNode != null) {
                channelNode.close();
            }
            encore.close();
            if (gateway != null) {
                gateway.close();
            }
        } finally {
            timers.shutdownNow();
            try {
                timers.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (ownsStorage) {
                storage.close();
            }
            LOG.info("Mozart on port {} stopped", encore.port());
            closed.countDown();
        }
    }
}

package io.mozart.server.harness;

import io.mozart.api.AuthMode;
import io.mozart.api.ChannelOptions;
import io.mozart.api.SecurityOptions;
import io.mozart.api.ServerOptions;
import io.mozart.api.metadata.AlbumCatalogue;
import io.mozart.api.metadata.ItemCatalogue;
import io.mozart.api.metadata.MetadataProvider;
import io.mozart.api.metadata.Music;
import io.mozart.api.metadata.MusicCatalogue;
import io.mozart.api.storage.Gender;
import io.mozart.api.storage.Storage;
import io.mozart.encore.protocol.PacketRegistry;
import io.mozart.encore.route.Routes;
import io.mozart.encore.server.EncoreOptions;
import io.mozart.encore.server.EncoreServer;
import io.mozart.encore.session.Session;
import io.mozart.server.auth.AuthService;
import io.mozart.server.charge.ChargeHandlers;
import io.mozart.server.extension.CustomHandlers;
import io.mozart.server.game.GameContext;
import io.mozart.server.game.GameEventBus;
import io.mozart.server.game.Guards;
import io.mozart.server.game.Phase;
import io.mozart.server.game.Player;
import io.mozart.server.game.World;
import io.mozart.server.lobby.LobbyHandlers;
import io.mozart.server.messaging.MessagingHandlers;
import io.mozart.server.myroom.MyRoomHandlers;
import io.mozart.server.planet.PlanetHandlers;
import io.mozart.server.playing.PlayingHandlers;
import io.mozart.server.protocol.MozartProtocol;
import io.mozart.server.protocol.lobby.CreateRoomRequest;
import io.mozart.server.protocol.lobby.CreateRoomResponse;
import io.mozart.server.protocol.lobby.JoinRoomResponse;
import io.mozart.server.protocol.lobby.JoinWaitingRequest;
import io.mozart.server.protocol.planet.AuthRequest;
import io.mozart.server.protocol.planet.AuthResponse;
import io.mozart.server.protocol.planet.ChannelLoginRequest;
import io.mozart.server.protocol.planet.ChannelLoginResponse;
import io.mozart.server.protocol.waiting.ReadyRequest;
import io.mozart.server.protocol.waiting.SetRoomMusicRequest;
import io.mozart.server.ranking.RankingHandlers;
import io.mozart.server.shop.ShopHandlers;
import io.mozart.server.storage.memory.MemoryStorage;
import io.mozart.server.waiting.WaitingHandlers;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * The game without sockets: the same handler graph {@code MozartServerImpl} builds (world, context, guards, every
 * area's routes, the built-in registry) over {@link MemoryStorage}, a manual clock and a seeded random source,
 * carried by a {@linkplain EncoreServer.Builder#detached detached} encore server so that a request goes through
 * exactly {@link EncoreServer#dispatch} (interceptor, guards, handlers, replies). Sessions are
 * {@link RecordingSession}s; every task (handlers, {@code Session.execute}, the game executor, timers) runs on
 * one {@link ManualExecutor} that the harness drains after each step, so a test is a plain sequence of requests
 * in and recorded packets out.
 *
 * <p>All wiring lives in {@link #build}: when the server's construction changes, this is the one place to follow
 * it. Tests use only request records, recorded packets, storage and events, never internal game classes.
 */
public final class GameHarness implements AutoCloseable {

    /** The instant the manual clock starts at. */
    public static final Instant EPOCH = Instant.parse("2026-01-01T00:00:00Z");

    /** Music 1: EX level 10 with 500 notes (the chart of spec 04 §6.4), as in the socket tests. */
    public static final MetadataProvider METADATA = MetadataProvider.of(
            MusicCatalogue.of(List.of(Music.basic(1, 10, 20, 30, 500, 600, 700))),
            ItemCatalogue.empty(),
            AlbumCatalogue.empty());

    /** Fast hashing, any password, no chat limit (as {@code TestServer.FAST}). */
    private static final SecurityOptions FAST = new SecurityOptions(1_000, 1, 0, 1);

    private final ManualExecutor executor;
    private final MemoryStorage storage;
    private final GameEventBus events;
    private final AuthService auth;
    private final PacketRegistry registry;
    private final EncoreServer encore;
    private final Consumer<Session> opened;
    private final Consumer<Session> closed;
    private final World world;
    private long nextSessionId = 1;

    private GameHarness(
            ManualExecutor executor,
            MemoryStorage storage,
            GameEventBus events,
            AuthService auth,
            PacketRegistry registry,
            EncoreServer encore,
            Consumer<Session> opened,
            Consumer<Session> closed,
            World world) {
        this.world = world;
        this.executor = executor;
        this.storage = storage;
        this.events = events;
        this.auth = auth;
        this.registry = registry;
        this.encore = encore;
        this.opened = opened;
        this.closed = closed;
    }

    /** @return a harness with channel 0 (rates 1.5 and 3.0, as the socket game tests) and the test metadata */
    public static GameHarness start() {
        return start(b -> {});
    }

    /**
     * @param options adjusts the options after the harness's defaults (channel 0, fast hashing, no music-load
     *                timeout unless set here)
     * @return a harness
     */
    public static GameHarness start(Consumer<ServerOptions.Builder> options) {
        ServerOptions.Builder b = ServerOptions.builder()
                .address("127.0.0.1")
                .port(0)
                .revokeOnStartup(false)
                .security(FAST)
                .musicLoadTimeout(Duration.ZERO)
                .channels(ChannelOptions.of(0).withRates(1.5, 3.0));
        options.accept(b);
        return build(b.build(), METADATA, 42L);
    }

    /**
     * The one place that wires the game as {@code MozartServerImpl} does (Full mode, no cluster, no metrics).
     *
     * @param options  the options
     * @param metadata the catalogues
     * @param seed     the random seed
     * @return the harness
     */
    static GameHarness build(ServerOptions options, MetadataProvider metadata, long seed) {
        ManualExecutor executor = new ManualExecutor(EPOCH);
        MemoryStorage storage = new MemoryStorage(executor.clock());
        if (options.authMode() == AuthMode.DEFAULT) {
            storage.migrate();
        }
        GameEventBus events = new GameEventBus();
        World world = new World(options, metadata, events);
        AuthService auth = new AuthService(
                storage,
                options.authMode(),
                options.address(),
                executor.clock(),
                executor,
                token -> {},
                options.security());
        GameContext ctx = new GameContext(world, storage, auth, executor.clock(), new SplittableRandom(seed));
        Guards guards = new Guards();
        PlanetHandlers planet = new PlanetHandlers(ctx, guards);
        Routes.Builder routes = Routes.builder()
                .onGuardRejected((session, packet, guard) -> Guards.reject(session))
                .onHandlerError((session, packet, error) -> {
                    throw new AssertionError("handler for " + packet + " failed", error);
                });
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
        new CustomHandlers(List.of(), world, guards).wire(registry, builtIn, routes);
        PacketRegistry built = registry.build();
        EncoreServer encore = EncoreServer.builder()
                .registry(built)
                .routes(routes.build())
                .options(EncoreOptions.builder().initialPhase(Phase.CONNECTED).build())
                .detached(executor, executor);
        return new GameHarness(executor, storage, events, auth, built, encore, Player::of, planet::disconnected, world);
    }

    // ---------------------------------------------------------------- sessions and requests

    /** @return a new connection (its open callback has run) */
    public RecordingSession connect() {
        RecordingSession s = new RecordingSession(
                nextSessionId++, encore.options().initialPhase(), registry, executor, encore, closed);
        s.execute(() -> opened.accept(s));
        executor.runUntilQuiet();
        return s;
    }

    /**
     * Dispatches a request as if it had arrived on the session's socket, then runs every task until quiet.
     *
     * @param session the sender
     * @param request a request record
     */
    public void send(RecordingSession session, Object request) {
        if (!session.isOpen()) {
            throw new IllegalStateException(session + " is closed: " + session.closeReason());
        }
        registry.typeOf(request);
        session.execute(() -> encore.dispatch(session, request));
        executor.runUntilQuiet();
    }

    /**
     * The client's connection ends (the server's close callback runs after the session's queued work).
     *
     * @param session the session
     */
    public void disconnect(RecordingSession session) {
        session.close("client disconnected");
        executor.runUntilQuiet();
    }

    /**
     * Moves the manual clock, firing due timers (the music-load timeout, login-session expiry).
     *
     * @param by how far
     */
    public void advance(Duration by) {
        executor.advance(by);
    }

    /** @return how many timers are armed on the manual scheduler */
    public int armedTimers() {
        return executor.armedTimers();
    }

    /**
     * Registers an account (nickname = username) and returns a login token for it.
     *
     * @param username the username
     * @return the token
     */
    public String register(String username) {
        auth.register(username, "secret-" + username, Gender.MALE, false);
        return auth.authenticate(username, "secret-" + username, "127.0.0.1");
    }

    /**
     * Registers an account, connects, authorizes and enters a channel; clears what the session recorded.
     *
     * @param username  the username
     * @param channelId the channel
     * @return the session, in the lobby
     */
    public RecordingSession login(String username, int channelId) {
        String token = register(username);
        RecordingSession s = connect();
        send(s, new AuthRequest(0, token, io.mozart.server.protocol.planet.Gender.MALE, 1, "harness"));
        AuthResponse auth = s.takeOne(AuthResponse.class);
        if (auth.result() != AuthResponse.SUCCESS) {
            throw new AssertionError("authorize failed: " + auth);
        }
        send(s, new ChannelLoginRequest((short) 0, (short) channelId));
        ChannelLoginResponse in = s.takeOne(ChannelLoginResponse.class);
        if (in.result() != ChannelLoginResponse.SUCCESS) {
            throw new AssertionError("channel login failed: " + in);
        }
        s.take();
        return s;
    }

    /**
     * A room made with requests only: {@code prefix0} creates room 0 (master, slot 0), {@code prefixI} joins
     * into slot I and sends Ready, the master sets music 1 (EX). Everything the sessions recorded is taken.
     *
     * @param prefix  the username prefix
     * @param players how many (1..8)
     * @return the sessions, index = slot
     */
    public List<RecordingSession> table(String prefix, int players) {
        List<RecordingSession> out = new ArrayList<>();
        RecordingSession master = login(prefix + 0, 0);
        send(master, new CreateRoomRequest("game", 1, false, "", 0, 0, false));
        CreateRoomResponse created = master.takeOne(CreateRoomResponse.class);
        if (created.result() != CreateRoomResponse.SUCCESS) {
            throw new AssertionError("room not created: " + created);
        }
        out.add(master);
        for (int i = 1; i < players; i++) {
            RecordingSession s = login(prefix + i, 0);
            send(s, new JoinWaitingRequest(created.number(), 0, ""));
            JoinRoomResponse joined = s.takeOne(JoinRoomResponse.class);
            if (joined.result() != JoinRoomResponse.SUCCESS) {
                throw new AssertionError("join failed: " + joined);
            }
            send(s, ReadyRequest.INSTANCE);
            out.add(s);
        }
        send(master, new SetRoomMusicRequest(1, 0, 1));
        for (RecordingSession s : out) {
            s.take();
        }
        return out;
    }

    /** @return the world (for assertions on ownership; tests change state only through requests) */
    public World world() {
        return world;
    }

    /** @return the storage (for assertions on what the game wrote) */
    public Storage storage() {
        return storage;
    }

    /** @return the event bus embedders subscribe to */
    public io.mozart.api.event.Events events() {
        return events;
    }

    @Override
    public void close() {
        encore.close();
        executor.shutdownNow();
        storage.close();
    }
}

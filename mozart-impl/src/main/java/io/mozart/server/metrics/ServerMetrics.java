package io.mozart.server.metrics;

import io.mozart.api.ServerStatus;
import io.mozart.api.event.GameFinished;
import io.mozart.api.event.GameStarted;
import io.mozart.api.metrics.MetricsSink;
import io.mozart.api.storage.Storage;
import io.mozart.encore.server.EncoreMetrics;
import io.mozart.encore.server.EncoreServer;
import io.mozart.encore.server.HandlerObserver;
import io.mozart.encore.session.Session;
import io.mozart.server.game.GameEventBus;
import io.mozart.server.protocol.planet.AuthRequest;
import io.mozart.server.protocol.planet.AuthResponse;
import io.mozart.server.storage.jdbi.JdbiStorage;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.ByteBufAllocatorMetric;
import io.netty.buffer.ByteBufAllocatorMetricProvider;
import io.netty.util.internal.PlatformDependent;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;
import java.util.function.ToLongFunction;

/**
 * The server's meters, registered once with the embedder's {@link MetricsSink}. Transport counters are read from
 * encore-core's {@link EncoreMetrics} when the metrics are collected; handler latency comes through encore-core's
 * {@link HandlerObserver}; games through the event bus; storage latency through {@link JdbiStorage}'s statement
 * timer (the in-memory storage is not timed). On the hot path there is one map lookup and one timer record per
 * handled packet, and nothing at all per frame.
 */
public final class ServerMetrics implements HandlerObserver {

    /** Prefix of every Mozart meter. */
    public static final String PREFIX = "mozart.";

    private static final String PLAIN_SQL = "sql";

    private final MetricsSink sink;
    private final Map<Class<?>, MetricsSink.Timer> handlerTimers = new ConcurrentHashMap<>();
    private final Map<Method, MetricsSink.Timer> storageTimers = new ConcurrentHashMap<>();
    private final Map<Integer, MetricsSink.Counter> logins = new ConcurrentHashMap<>();
    private final MetricsSink.Counter loginFailures;
    private final MetricsSink.Timer plainSql;

    /**
     * @param sink where the meters go
     */
    public ServerMetrics(MetricsSink sink) {
        this.sink = sink;
        logins.put(AuthResponse.SUCCESS, loginCounter("success"));
        logins.put(AuthResponse.INVALID_LOGIN, loginCounter("invalid"));
        logins.put(AuthResponse.ALREADY_CONNECTED, loginCounter("already_connected"));
        logins.put(AuthResponse.DATABASE_ERROR, loginCounter("database_error"));
        this.loginFailures = loginCounter("other");
        this.plainSql =
                sink.timer(PREFIX + "storage", "Duration of storage statements", Map.of("operation", PLAIN_SQL));
    }

    private MetricsSink.Counter loginCounter(String result) {
        return sink.counter(PREFIX + "logins", "Authorize requests by result", Map.of("result", result));
    }

    /**
     * Registers the meters that read the running server. Call once, after the transport has started.
     *
     * @param encore   the transport
     * @param status   the server's status (players and rooms per channel)
     * @param channels the channel ids served, in order
     * @param events   the event bus (games started and finished)
     * @param storage  the storage; a {@link JdbiStorage} gets its statements timed
     */
    public void bind(
            EncoreServer encore,
            Supplier<ServerStatus> status,
            List<Integer> channels,
            GameEventBus events,
            Storage storage) {
        sink.gauge(
                PREFIX + "connections.open",
                "Open client connections",
                Map.of(),
                () -> encore.metrics().connectionsOpen());
        transport(encore, "connections.accepted", "Connections accepted since start", EncoreMetrics::connectionsTotal);
        transport(
                encore,
                "connections.rejected",
                "Connections refused at the connection limit",
                EncoreMetrics::rejectedConnections);
        transport(encore, "frames.in", "Frames received", EncoreMetrics::framesIn);
        transport(encore, "frames.out", "Frames sent", EncoreMetrics::framesOut);
        transport(encore, "bytes.in", "Bytes received", EncoreMetrics::bytesIn);
        transport(encore, "bytes.out", "Frame bytes sent", EncoreMetrics::bytesOut);
        transport(
                encore,
                "packets.dropped",
                "Droppable packets discarded for a slow client",
                EncoreMetrics::droppedPackets);
        transport(
                encore,
                "decode.errors",
                "Frames dropped because the body did not decode or the opcode is unknown",
                m -> m.decodeErrors() + m.unknownOpcodes());
        transport(
                encore,
                "guard.rejections",
                "Requests refused by a guard (wrong state)",
                EncoreMetrics::guardRejections);
        transport(encore, "handler.errors", "Handler runs that threw", EncoreMetrics::handlerErrors);
        for (int id : channels) {
            Map<String, String> tag = Map.of("channel", Integer.toString(id));
            sink.gauge(
                    PREFIX + "players.online",
                    "Players in a channel",
                    tag,
                    () -> channel(status, id, ServerStatus.Channel::population));
            sink.gauge(
                    PREFIX + "rooms",
                    "Rooms open in a channel",
                    tag,
                    () -> channel(status, id, ServerStatus.Channel::rooms));
        }
        MetricsSink.Counter started = sink.counter(PREFIX + "games.started", "Games started", Map.of());
        MetricsSink.Counter finished = sink.counter(PREFIX + "games.finished", "Games finished", Map.of());
        events.on(GameStarted.class, e -> started.increment());
        events.on(GameFinished.class, e -> finished.increment());
        if (sink != MetricsSink.NONE && storage instanceof JdbiStorage jdbi) {
            jdbi.timeStatements(this::statement);
        }
        netty();
    }

    private void transport(EncoreServer encore, String name, String description, ToLongFunction<EncoreMetrics> f) {
        sink.functionCounter(PREFIX + name, description, Map.of(), () -> f.applyAsLong(encore.metrics()));
    }

    private static double channel(Supplier<ServerStatus> status, int id, ToIntFunction<ServerStatus.Channel> figure) {
        for (ServerStatus.Channel c : status.get().channels()) {
            if (c.id() == id) {
                return figure.applyAsInt(c);
            }
        }
        return 0;
    }

    /** Netty's buffer memory: what the default allocator holds, and the direct memory Netty counts itself. */
    private void netty() {
        ByteBufAllocator allocator = ByteBufAllocator.DEFAULT;
        String type = allocator.getClass().getSimpleName();
        if (allocator instanceof ByteBufAllocatorMetricProvider provider) {
            ByteBufAllocatorMetric metric = provider.metric();
            sink.gauge(
                    "netty.allocator.memory.used",
                    "Memory held by Netty's default buffer allocator",
                    Map.of("allocator", type, "memory_type", "direct"),
                    metric::usedDirectMemory);
            sink.gauge(
                    "netty.allocator.memory.used",
                    "Memory held by Netty's default buffer allocator",
                    Map.of("allocator", type, "memory_type", "heap"),
                    metric::usedHeapMemory);
        }
        sink.gauge(
                "netty.direct.memory.used",
                "Direct memory Netty has allocated (-1 when it does not count)",
                Map.of(),
                PlatformDependent::usedDirectMemory);
    }

    @Override
    public void handled(Session session, Object request, Object reply, long nanos) {
        Class<?> type = request.getClass();
        MetricsSink.Timer timer = handlerTimers.get(type);
        if (timer == null) {
            timer = handlerTimers.computeIfAbsent(
                    type,
                    t -> sink.timer(
                            PREFIX + "handler",
                            "Time a handler took, by request",
                            Map.of("message", t.getSimpleName())));
        }
        timer.record(nanos);
        if (request instanceof AuthRequest && reply instanceof AuthResponse response) {
            logins.getOrDefault(response.result(), loginFailures).increment();
        }
    }

    private void statement(Method daoMethod, long nanos) {
        if (daoMethod == null) {
            plainSql.record(nanos);
            return;
        }
        MetricsSink.Timer timer = storageTimers.get(daoMethod);
        if (timer == null) {
            timer = storageTimers.computeIfAbsent(
                    daoMethod,
                    m -> sink.timer(
                            PREFIX + "storage",
                            "Duration of storage statements",
                            Map.of("operation", m.getDeclaringClass().getSimpleName() + "." + m.getName())));
        }
        timer.record(nanos);
    }
}

package io.mozart.encore.server;

import io.mozart.encore.codec.DecodeException;
import io.mozart.encore.codec.EncodeException;
import io.mozart.encore.exec.NamedThreadFactory;
import io.mozart.encore.pipeline.DecodeListener;
import io.mozart.encore.pipeline.FrameDecoder;
import io.mozart.encore.pipeline.Frames;
import io.mozart.encore.pipeline.PacketDecoder;
import io.mozart.encore.pipeline.PipelineNames;
import io.mozart.encore.protocol.PacketRegistry;
import io.mozart.encore.protocol.PacketType;
import io.mozart.encore.route.Guard;
import io.mozart.encore.route.Route;
import io.mozart.encore.route.Routes;
import io.mozart.encore.session.Session;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.EventLoop;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.WriteBufferWaterMark;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.timeout.IdleStateHandler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running TCP server: Netty event loops for I/O, framing and decoding; a bounded game executor for
 * handlers (per-session order through a {@link io.mozart.encore.exec.SerialExecutor}); a scheduler; and a
 * fair, round-robin sender per event loop. Build with {@link #builder()}, stop with {@link #close()}.
 * Several servers can live in one JVM: there is no static state besides a counter used in thread names.
 *
 * <p>Every thread the server starts is named {@code <prefix>-boss-N}, {@code <prefix>-io-N},
 * {@code <prefix>-game-N} or {@code <prefix>-sched-N}, where the prefix is
 * {@link EncoreOptions#threadNamePrefix()} or {@code encore-<n>}; all of them have ended when
 * {@link #close()} returns.
 */
public final class EncoreServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EncoreServer.class);
    private static final AtomicInteger SERVER_COUNTER = new AtomicInteger();

    private final String address;
    private final int requestedPort;
    private final PacketRegistry registry;
    private final Routes routes;
    private final EncoreOptions options;
    private final Consumer<Session> onOpened;
    private final Consumer<Session> onClosed;
    private final HandlerObserver observer;
    private final Counters counters = new Counters();
    private final Map<Long, ServerSession> sessions = new ConcurrentHashMap<>();
    private final Collection<Session> sessionsView = Collections.unmodifiableCollection(sessions.values());
    private final Map<EventLoop, LoopSender> senders = new ConcurrentHashMap<>();
    /** Open connections per remote IP address (entries vanish at zero). */
    private final Map<InetAddress, Integer> perAddress = new ConcurrentHashMap<>();
    /** Sessions whose close callback has not finished yet. */
    private final Collection<ServerSession> unfinished = ConcurrentHashMap.newKeySet();

    private final AtomicLong nextSessionId = new AtomicLong();
    private final AtomicBoolean closing = new AtomicBoolean();
    private final String threadPrefix;
    private final List<NamedThreadFactory> threadFactories = new ArrayList<>();
    private final ChannelHandler bytesIn;
    private final PacketDecoder packetDecoder;

    private EventLoopGroup bossGroup;
    private EventLoopGroup ioGroup;
    private ExecutorService gameExecutor;
    private ExecutorService blockingExecutor;
    private ScheduledExecutorService scheduler;
    /** Whether {@link #close()} stops the executors (false for a {@linkplain Builder#detached detached} server). */
    private boolean ownsExecutors = true;

    private Channel serverChannel;
    private int port;
    private volatile boolean closed;

    private EncoreServer(Builder b) {
        this.address = b.address;
        this.requestedPort = b.port;
        this.registry = Objects.requireNonNull(b.registry, "registry");
        this.routes = b.routes;
        this.options = b.options;
        this.onOpened = b.onOpened;
        this.onClosed = b.onClosed;
        this.observer = b.observer;
        this.threadPrefix = options.threadNamePrefix() != null
                ? options.threadNamePrefix()
                : "encore-" + SERVER_COUNTER.incrementAndGet();
        this.bytesIn = new BytesInCounter(counters);
        this.packetDecoder = new PacketDecoder(registry, new ServerDecodeListener(), options.logFrames());
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    private NamedThreadFactory factory(String role) {
        NamedThreadFactory f = new NamedThreadFactory(threadPrefix + "-" + role, false);
        threadFactories.add(f);
        return f;
    }

    private EncoreServer startInternal() {
        NamedThreadFactory game = factory("game");
        gameExecutor = new ThreadPoolExecutor(
                options.gameThreads(),
                options.gameThreads(),
                0,
                TimeUnit.MILLISECONDS,
                new LinkedBlockingQueue<>(),
                game);
        blockingExecutor = new ThreadPoolExecutor(
                options.blockingThreads(),
                options.blockingThreads(),
                0,
                TimeUnit.MILLISECONDS,
                new LinkedBlockingQueue<>(),
                factory("blocking"));
        ScheduledThreadPoolExecutor sched = new ScheduledThreadPoolExecutor(1, factory("sched"));
        sched.setRemoveOnCancelPolicy(true);
        scheduler = sched;
        bossGroup = new MultiThreadIoEventLoopGroup(1, factory("boss"), NioIoHandler.newFactory());
        ioGroup = new MultiThreadIoEventLoopGroup(options.ioThreads(), factory("io"), NioIoHandler.newFactory());
        ServerBootstrap bootstrap = new ServerBootstrap()
                .group(bossGroup, ioGroup)
                .channel(NioServerSocketChannel.class)
                .option(ChannelOption.SO_BACKLOG, options.backlog())
                .childOption(ChannelOption.TCP_NODELAY, options.tcpNoDelay())
                .childOption(
                        ChannelOption.WRITE_BUFFER_WATER_MARK,
                        new WriteBufferWaterMark(options.writeBufferLowWaterMark(), options.writeBufferHighWaterMark()))
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        initPipeline(ch);
                    }
                });
        if (options.sendBufferSize() > 0) {
            bootstrap.childOption(ChannelOption.SO_SNDBUF, options.sendBufferSize());
        }
        if (options.receiveBufferSize() > 0) {
            bootstrap.childOption(ChannelOption.SO_RCVBUF, options.receiveBufferSize());
        }
        ChannelFuture bound = bootstrap.bind(address, requestedPort).awaitUninterruptibly();
        if (!bound.isSuccess()) {
            Throwable cause = bound.cause();
            String where = address + ":" + requestedPort;
            LOG.error("cannot listen on {}: {}", where, String.valueOf(cause));
            shutdownThreads();
            if (cause instanceof IOException io) {
                throw new UncheckedIOException("cannot listen on " + where + ": " + io.getMessage(), io);
            }
            throw new IllegalStateException("cannot listen on " + where, cause);
        }
        serverChannel = bound.channel();
        port = ((InetSocketAddress) serverChannel.localAddress()).getPort();
        LOG.info("listening on {}:{} (threads {}-*)", address, port, threadPrefix);
        return this;
    }

    private EncoreServer detachedInternal(ExecutorService game, ScheduledExecutorService sched) {
        gameExecutor = Objects.requireNonNull(game, "gameExecutor");
        blockingExecutor = game;
        scheduler = Objects.requireNonNull(sched, "scheduler");
        ownsExecutors = false;
        return this;
    }

    private void initPipeline(SocketChannel ch) {
        ChannelPipeline p = ch.pipeline();
        p.addLast(PipelineNames.BYTES_IN, bytesIn);
        if (options.idleTimeout() != null) {
            p.addLast(
                    PipelineNames.IDLE,
                    new IdleStateHandler(options.idleTimeout().toMillis(), 0, 0, TimeUnit.MILLISECONDS));
        }
        p.addLast(PipelineNames.FRAME_DECODER, new FrameDecoder(options.maxFrameLength()));
        p.addLast(PipelineNames.PACKET_DECODER, packetDecoder);
        p.addLast(PipelineNames.DISPATCHER, new SessionHandler(this));
    }

    /** Called by the dispatcher stage when a connection becomes active; {@code null} when refused. */
    ServerSession sessionOpened(Channel ch) {
        if (closing.get()) {
            ch.close();
            return null;
        }
        int open = counters.connectionsOpen.incrementAndGet();
        int max = options.maxConnections();
        if (max > 0 && open > max) {
            counters.connectionsOpen.decrementAndGet();
            counters.rejectedConnections.increment();
            LOG.warn("{}: connection refused: {} connections open (maxConnections {})", ch.remoteAddress(), max, max);
            ch.close();
            return null;
        }
        InetAddress ip = ipOf(ch.remoteAddress());
        if (ip != null) {
            int fromIp = perAddress.merge(ip, 1, Integer::sum);
            int maxPerIp = options.maxConnectionsPerAddress();
            if (maxPerIp > 0 && fromIp > maxPerIp) {
                releaseAddress(ip);
                counters.connectionsOpen.decrementAndGet();
                counters.rejectedConnections.increment();
                LOG.warn(
                        "{}: connection refused: {} connections open from {} (maxConnectionsPerAddress {})",
                        ch.remoteAddress(),
                        maxPerIp,
                        ip.getHostAddress(),
                        maxPerIp);
                ch.close();
                return null;
            }
        }
        counters.connectionsTotal.increment();
        LoopSender sender =
                senders.computeIfAbsent(ch.eventLoop(), loop -> new LoopSender(loop, options.writeBatchSize()));
        ServerSession s = new ServerSession(nextSessionId.incrementAndGet(), ch, this, sender);
        s.countedAddress = ip;
        sessions.put(s.id(), s);
        unfinished.add(s);
        s.closedCallbackDone().whenComplete((v, e) -> unfinished.remove(s));
        LOG.debug("session {} {}: opened", s.id(), ch.remoteAddress());
        if (options.handshakeTimeout() != null) {
            ch.eventLoop()
                    .schedule(s::handshakeCheck, options.handshakeTimeout().toMillis(), TimeUnit.MILLISECONDS);
        }
        try {
            s.execute(() -> onOpened.accept(s));
        } catch (RejectedExecutionException e) {
            LOG.debug("session {}: game executor stopped, open callback skipped", s.id());
        }
        return s;
    }

    private static InetAddress ipOf(SocketAddress address) {
        return address instanceof InetSocketAddress inet ? inet.getAddress() : null;
    }

    private void releaseAddress(InetAddress ip) {
        perAddress.computeIfPresent(ip, (k, n) -> n <= 1 ? null : n - 1);
    }

    /** Called by the dispatcher stage when a session's connection went inactive; once per session. */
    void sessionClosed(ServerSession s) {
        s.inactive();
        sessions.remove(s.id());
        counters.connectionsOpen.decrementAndGet();
        if (s.countedAddress != null) {
            releaseAddress(s.countedAddress);
        }
        try {
            s.execute(() -> {
                try {
                    onClosed.accept(s);
                } finally {
                    s.closedCallbackDone().complete(null);
                }
            });
        } catch (RejectedExecutionException e) {
            LOG.warn("session {}: game executor stopped, close callback skipped", s.id());
            s.closedCallbackDone().complete(null);
        }
    }

    /**
     * Runs the interceptor and routes of one packet for a session, exactly as for a packet read from a socket.
     * The server calls it for its own connections; an application may call it for sessions it carries itself
     * (for example sessions relayed over another link), in that session's serial order, on the game executor.
     *
     * @param s      the session
     * @param packet a decoded packet of this server's registry
     */
    public void dispatch(Session s, Object packet) {
        PacketType<?> type = registry.typeOf(packet);
        try {
            if (routes.interceptor().intercept(s, packet)) {
                return;
            }
        } catch (VirtualMachineError e) {
            // The session's serial queue counts it, logs it and closes the session.
            throw e;
        } catch (Throwable t) {
            counters.handlerErrors.increment();
            LOG.error("session {} {}: interceptor for {} failed", s.id(), s.remoteAddress(), type, t);
            return;
        }
        List<Route<?>> list = routes.routesFor(packet.getClass());
        if (list.isEmpty()) {
            LOG.debug("session {} {}: no route for {}, dropped", s.id(), s.remoteAddress(), type);
            return;
        }
        for (Route<?> route : list) {
            Object reply;
            Guard rejectedBy;
            try {
                rejectedBy = route.firstRejecting(s);
            } catch (RuntimeException e) {
                counters.handlerErrors.increment();
                LOG.error("session {} {}: guard of {} failed", s.id(), s.remoteAddress(), type, e);
                continue;
            }
            if (rejectedBy != null) {
                counters.guardRejections.increment();
                LOG.info("session {} {}: {} rejected by guard {}", s.id(), s.remoteAddress(), type, rejectedBy.name());
                try {
                    reply = rejectedBy.rejectionReply() != null
                            ? rejectedBy.rejectionReply().apply(s)
                            : routes.guardRejected().onGuardRejected(s, packet, rejectedBy);
                } catch (RuntimeException e) {
                    LOG.error("session {}: guard rejection reply for {} failed", s.id(), type, e);
                    reply = null;
                }
            } else {
                long started = System.nanoTime();
                try {
                    reply = route.invoke(s, packet);
                } catch (VirtualMachineError e) {
                    throw e;
                } catch (Throwable t) {
                    counters.handlerErrors.increment();
                    LOG.error("session {} {}: handler for {} failed", s.id(), s.remoteAddress(), type, t);
                    try {
                        reply = routes.handlerError().onHandlerError(s, packet, t);
                    } catch (RuntimeException e) {
                        LOG.error("session {}: handler error reply for {} failed", s.id(), type, e);
                        reply = null;
                    }
                }
                observe(s, packet, reply, System.nanoTime() - started);
            }
            sendReply(s, type, reply);
        }
    }

    private void observe(Session s, Object packet, Object reply, long nanos) {
        try {
            observer.handled(s, packet, reply, nanos);
        } catch (RuntimeException e) {
            LOG.warn("session {}: handler observer failed: {}", s.id(), e.toString());
        }
    }

    private void sendReply(Session s, PacketType<?> request, Object reply) {
        if (reply == null) {
            return;
        }
        if (reply instanceof List<?> replies) {
            for (Object r : replies) {
                sendOneReply(s, request, r);
            }
        } else {
            sendOneReply(s, request, reply);
        }
    }

    private void sendOneReply(Session s, PacketType<?> request, Object reply) {
        if (reply == null) {
            return;
        }
        try {
            s.send(reply);
        } catch (EncodeException | IllegalArgumentException e) {
            LOG.error(
                    "session {} {}: reply {} to {} not sent: {}",
                    s.id(),
                    s.remoteAddress(),
                    reply.getClass().getSimpleName(),
                    request,
                    e.getMessage());
        }
    }

    /** @return the bound port (the real one when 0 was requested) */
    public int port() {
        return port;
    }

    /** @return the listen address as configured */
    public String address() {
        return address;
    }

    /** @return a snapshot of the counters */
    public EncoreMetrics metrics() {
        return counters.snapshot();
    }

    /** @return a live, unmodifiable view of the open sessions */
    public Collection<Session> sessions() {
        return sessionsView;
    }

    /**
     * @param id a session id
     * @return the open session with that id, or {@code null}
     */
    public Session session(long id) {
        return sessions.get(id);
    }

    /**
     * The game executor, for work that is not tied to one session (wrap it in a
     * {@link io.mozart.encore.exec.SerialExecutor} for a room or channel). Stops with the server.
     *
     * @return the executor
     */
    public Executor gameExecutor() {
        return gameExecutor;
    }

    /**
     * The blocking pool: where routes registered with {@code Routes.Builder.onBlocking} run (storage and other work
     * that waits), so that it never holds a game thread. Stops with the server.
     *
     * @return the executor
     */
    public Executor blockingExecutor() {
        return blockingExecutor;
    }

    /**
     * The scheduler, for timeouts; hand long work to the game executor. Stops with the server; do not shut
     * it down yourself.
     *
     * @return the scheduler
     */
    public ScheduledExecutorService scheduler() {
        return scheduler;
    }

    /** @return the packet table */
    public PacketRegistry registry() {
        return registry;
    }

    /** @return the routes */
    public Routes routes() {
        return routes;
    }

    /** @return the options */
    public EncoreOptions options() {
        return options;
    }

    Counters counters() {
        return counters;
    }

    Executor gameExecutorInternal() {
        return gameExecutor;
    }

    /**
     * Sends one packet reliably to many sessions: encoded once, each recipient gets a retained duplicate.
     *
     * @param recipients the sessions (closed ones are skipped)
     * @param packet     a registered record
     * @return how many sessions queued it
     * @throws EncodeException          when the packet cannot be encoded; nobody gets it
     * @throws IllegalArgumentException when its class is not registered
     */
    public int broadcast(Collection<? extends Session> recipients, Object packet) {
        return broadcast(recipients, packet, false);
    }

    /**
     * Sends one droppable packet to many sessions: encoded once; a recipient whose queue holds
     * {@code dropThreshold} packets or more drops it.
     *
     * @param recipients the sessions (closed ones are skipped)
     * @param packet     a registered record
     * @return how many sessions queued it
     * @throws EncodeException          when the packet cannot be encoded; nobody gets it
     * @throws IllegalArgumentException when its class is not registered
     */
    public int broadcastDroppable(Collection<? extends Session> recipients, Object packet) {
        return broadcast(recipients, packet, true);
    }

    private int broadcast(Collection<? extends Session> recipients, Object packet, boolean droppable) {
        if (recipients.isEmpty()) {
            registry.typeOf(packet);
            return 0;
        }
        ByteBuf frame = Frames.encode(registry, ByteBufAllocator.DEFAULT, packet);
        int queued = 0;
        try {
            for (Session r : recipients) {
                if (r instanceof ServerSession s && s.server() == this) {
                    if (s.offer(frame.retainedDuplicate(), droppable)) {
                        queued++;
                    }
                } else if (droppable ? r.sendDroppable(packet) : r.send(packet)) {
                    queued++;
                }
            }
        } finally {
            frame.release();
        }
        return queued;
    }

    /**
     * Stops the server: stops accepting; waits up to {@code closeTimeout} for queued writes; closes every
     * connection after writing what is queued (bounded by {@code closeTimeout}); runs every session's close
     * callback; stops the game executor, the scheduler and the event loops and waits for their threads.
     * Idempotent and safe to call from any thread except the server's own threads.
     */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        closing.set(true);
        long stepMs = Math.max(100, options.closeTimeout().toMillis());
        LOG.info("stopping server on port {}", port);
        if (serverChannel != null) {
            serverChannel.close().awaitUninterruptibly(stepMs);
        }
        // 1. Let queued writes go out while connections are still open.
        long deadline = System.currentTimeMillis() + stepMs;
        while (System.currentTimeMillis() < deadline && anyQueued()) {
            sleep(10);
        }
        // 2. Close every connection after its queue (each bounded by closeTimeout), then force.
        for (ServerSession s : List.copyOf(sessions.values())) {
            s.close("server stopping");
        }
        List<CompletableFuture<Void>> callbacks = new ArrayList<>();
        deadline = System.currentTimeMillis() + stepMs * 2;
        while (!sessions.isEmpty() && System.currentTimeMillis() < deadline) {
            sleep(10);
        }
        for (ServerSession s : List.copyOf(sessions.values())) {
            s.channel().close().awaitUninterruptibly(stepMs);
        }
        // 3. The close callbacks run on the game executor after each session's queued handlers.
        for (ServerSession s : unfinished) {
            callbacks.add(s.closedCallbackDone());
        }
        try {
            CompletableFuture.allOf(callbacks.toArray(CompletableFuture[]::new)).get(stepMs, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            LOG.warn("session close callbacks still running after {} ms", stepMs);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            LOG.warn("session close callback failed", e.getCause());
        }
        shutdownThreads();
        LOG.info("server on port {} stopped", port);
    }

    private boolean anyQueued() {
        for (ServerSession s : sessions.values()) {
            if (s.queuedPackets() > 0 && s.channel().isActive()) {
                return true;
            }
        }
        return false;
    }

    private void shutdownThreads() {
        long stepMs = Math.max(100, options.closeTimeout().toMillis());
        if (gameExecutor != null && ownsExecutors) {
            gameExecutor.shutdown();
            awaitTermination(gameExecutor, stepMs);
        }
        if (blockingExecutor != null && ownsExecutors) {
            blockingExecutor.shutdown();
            awaitTermination(blockingExecutor, stepMs);
        }
        if (scheduler != null && ownsExecutors) {
            scheduler.shutdownNow();
            awaitTermination(scheduler, stepMs);
        }
        if (bossGroup != null) {
            bossGroup.shutdownGracefully(0, stepMs, TimeUnit.MILLISECONDS);
        }
        if (ioGroup != null) {
            ioGroup.shutdownGracefully(0, stepMs, TimeUnit.MILLISECONDS);
        }
        if (bossGroup != null) {
            bossGroup.terminationFuture().awaitUninterruptibly(stepMs * 2);
        }
        if (ioGroup != null) {
            ioGroup.terminationFuture().awaitUninterruptibly(stepMs * 2);
        }
        try {
            for (NamedThreadFactory f : threadFactories) {
                if (!f.joinAll(stepMs, TimeUnit.MILLISECONDS)) {
                    LOG.warn("threads {}-* still alive after {} ms", f.prefix(), stepMs);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void awaitTermination(ExecutorService executor, long ms) {
        try {
            if (!executor.awaitTermination(ms, TimeUnit.MILLISECONDS)) {
                LOG.warn("executor still busy after {} ms, interrupting", ms);
                executor.shutdownNow();
                executor.awaitTermination(ms, TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** @return the thread name prefix of this server */
    public String threadNamePrefix() {
        return threadPrefix;
    }

    /** Counts raw inbound bytes; stateless apart from the shared counters. */
    @ChannelHandler.Sharable
    private static final class BytesInCounter extends ChannelInboundHandlerAdapter {
        private final Counters counters;

        BytesInCounter(Counters counters) {
            this.counters = counters;
        }

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            if (msg instanceof ByteBuf b) {
                counters.bytesIn.add(b.readableBytes());
            }
            ctx.fireChannelRead(msg);
        }
    }

    /** Logs and counts frames the decoder drops. */
    private final class ServerDecodeListener implements DecodeListener {
        @Override
        public void frame(ChannelHandlerContext ctx, ByteBuf payload) {
            counters.framesIn.increment();
        }

        @Override
        public void unknownOpcode(ChannelHandlerContext ctx, int opcode, int payloadLength) {
            counters.unknownOpcodes.increment();
            LOG.info(
                    "{}: unknown opcode {} ({} payload bytes), frame dropped",
                    ctx.channel().remoteAddress(),
                    PacketType.hex(opcode),
                    payloadLength);
        }

        @Override
        public void decodeError(ChannelHandlerContext ctx, int opcode, DecodeException error) {
            counters.decodeErrors.increment();
            LOG.info(
                    "{}: opcode {}: decode error in {} at offset {}: {}; frame dropped",
                    ctx.channel().remoteAddress(),
                    opcode < 0 ? "(none)" : PacketType.hex(opcode),
                    error.path().isEmpty() ? "(payload)" : error.path(),
                    error.offset(),
                    error.reason());
        }
    }

    /** Configures and starts an {@link EncoreServer}. */
    public static final class Builder {

        private String address = "127.0.0.1";
        private int port;
        private PacketRegistry registry;
        private Routes routes = Routes.builder().build();
        private EncoreOptions options = EncoreOptions.defaults();
        private Consumer<Session> onOpened = s -> {};
        private Consumer<Session> onClosed = s -> {};
        private HandlerObserver observer = HandlerObserver.NONE;

        private Builder() {}

        /**
         * @param address the listen address (default {@code 127.0.0.1})
         * @return this builder
         */
        public Builder address(String address) {
            this.address = Objects.requireNonNull(address, "address");
            return this;
        }

        /**
         * @param port the listen port; 0 = ephemeral (default 0)
         * @return this builder
         */
        public Builder port(int port) {
            if (port < 0 || port > 0xFFFF) {
                throw new IllegalArgumentException("port out of range: " + port);
            }
            this.port = port;
            return this;
        }

        /**
         * @param registry the packet table (required)
         * @return this builder
         */
        public Builder registry(PacketRegistry registry) {
            this.registry = Objects.requireNonNull(registry, "registry");
            return this;
        }

        /**
         * @param routes the handlers (default none)
         * @return this builder
         */
        public Builder routes(Routes routes) {
            this.routes = Objects.requireNonNull(routes, "routes");
            return this;
        }

        /**
         * @param options the options (default {@link EncoreOptions#defaults()})
         * @return this builder
         */
        public Builder options(EncoreOptions options) {
            this.options = Objects.requireNonNull(options, "options");
            return this;
        }

        /**
         * @param callback runs on the game executor, first in the new session's order
         * @return this builder
         */
        public Builder onSessionOpened(Consumer<Session> callback) {
            this.onOpened = Objects.requireNonNull(callback, "callback");
            return this;
        }

        /**
         * @param callback runs on the game executor once per session, after every handler already queued for it
         * @return this builder
         */
        public Builder onSessionClosed(Consumer<Session> callback) {
            this.onClosed = Objects.requireNonNull(callback, "callback");
            return this;
        }

        /**
         * @param observer told about every handler run and its duration (default {@link HandlerObserver#NONE})
         * @return this builder
         */
        public Builder observer(HandlerObserver observer) {
            this.observer = Objects.requireNonNull(observer, "observer");
            return this;
        }

        /**
         * Starts the threads and binds.
         *
         * @return the running server
         * @throws UncheckedIOException when binding fails, e.g. the port is taken (every started thread is
         *                              stopped first)
         */
        public EncoreServer start() {
            Objects.requireNonNull(registry, "registry");
            return new EncoreServer(this).startInternal();
        }

        /**
         * Builds a server that listens on no socket and starts no thread, for sessions the caller carries
         * itself (tests that drive the game without sockets): {@link #dispatch}, {@link #broadcast} (which
         * falls back to each recipient's {@code send}), {@link #registry()}, {@link #gameExecutor()} (also
         * returned by {@link #blockingExecutor()}) and {@link #scheduler()} work as usual; {@link #port()} is 0
         * and {@link #sessions()} stays empty. The address, port and session callbacks are ignored; the
         * executors are the caller's, and {@link #close()} does not stop them.
         *
         * @param gameExecutor the executor returned by {@link #gameExecutor()}
         * @param scheduler    the scheduler returned by {@link #scheduler()}
         * @return the detached server
         */
        public EncoreServer detached(ExecutorService gameExecutor, ScheduledExecutorService scheduler) {
            Objects.requireNonNull(registry, "registry");
            return new EncoreServer(this).detachedInternal(gameExecutor, scheduler);
        }
    }
}

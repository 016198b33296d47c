package io.mozart.encore.server;

import io.mozart.encore.exec.SerialExecutor;
import io.mozart.encore.pipeline.Frames;
import io.mozart.encore.route.Routes;
import io.mozart.encore.session.AttributeKey;
import io.mozart.encore.session.Session;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.util.concurrent.ScheduledFuture;
import java.net.InetAddress;
import java.net.SocketAddress;
import java.util.Map;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The server's {@link Session}: a channel, its serial game queue and its outbound packet queue. */
final class ServerSession implements Session {

    private static final Logger LOG = LoggerFactory.getLogger(ServerSession.class);
    private static final Logger FRAMES = LoggerFactory.getLogger("io.mozart.encore.pipeline.PacketEncoder");

    private final long id;
    private final Channel channel;
    private final EncoreServer server;
    private final EncoreOptions options;
    private final Counters counters;
    private final LoopSender sender;
    private final SerialExecutor serial;
    private final Map<AttributeKey<?>, Object> attributes = new ConcurrentHashMap<>();
    private final AtomicReference<String> closeReason = new AtomicReference<>();
    private final Queue<ByteBuf> outbound = new ConcurrentLinkedQueue<>();
    private final AtomicInteger queued = new AtomicInteger();
    /** Bytes of the frames in {@link #outbound}; counted into the server's total as well. */
    private final AtomicLong queuedBytes = new AtomicLong();

    private final AtomicBoolean scheduled = new AtomicBoolean();
    private final AtomicInteger pendingRequests = new AtomicInteger();
    private final CompletableFuture<Void> closedCallbackDone = new CompletableFuture<>();
    private volatile Object phase;
    private volatile boolean inactive;
    private volatile boolean readPaused;
    /** The remote IP counted against {@code maxConnectionsPerAddress}; set once when the session opens. */
    volatile InetAddress countedAddress;
    /** Event-loop only: out of the round because the channel is not writable. */
    private boolean parked;
    /** Event-loop only: when the channel last became unwritable (nanoTime), while it is unwritable. */
    private long unwritableSince;
    /** Event-loop only: a write-timeout check is scheduled. */
    private boolean writeCheckPending;

    ServerSession(long id, Channel channel, EncoreServer server, LoopSender sender) {
        this.id = id;
        this.channel = channel;
        this.server = server;
        this.options = server.options();
        this.counters = server.counters();
        this.sender = sender;
        this.serial = new SerialExecutor(
                server.gameExecutorInternal(),
                SerialExecutor.DEFAULT_BATCH_SIZE,
                "session-" + id,
                this::taskFailedFatally);
        this.phase = options.initialPhase();
    }

    @Override
    public long id() {
        return id;
    }

    @Override
    public SocketAddress remoteAddress() {
        return channel.remoteAddress();
    }

    Channel channel() {
        return channel;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T get(AttributeKey<T> key) {
        return (T) attributes.get(Objects.requireNonNull(key, "key"));
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T set(AttributeKey<T> key, T value) {
        Objects.requireNonNull(key, "key");
        return (T) (value == null ? attributes.remove(key) : attributes.put(key, value));
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T remove(AttributeKey<T> key) {
        return (T) attributes.remove(Objects.requireNonNull(key, "key"));
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T computeIfAbsent(AttributeKey<T> key, Supplier<? extends T> factory) {
        Objects.requireNonNull(factory, "factory");
        return (T) attributes.computeIfAbsent(
                Objects.requireNonNull(key, "key"),
                k -> Objects.requireNonNull(factory.get(), "attribute factory returned null"));
    }

    @Override
    public Object phase() {
        return phase;
    }

    @Override
    public void phase(Object newPhase) {
        this.phase = Objects.requireNonNull(newPhase, "phase");
    }

    @Override
    public boolean send(Object packet) {
        if (!acceptsSends()) {
            return false;
        }
        return offer(Frames.encode(server.registry(), channel.alloc(), packet), false);
    }

    @Override
    public boolean sendDroppable(Object packet) {
        if (!acceptsSends()) {
            return false;
        }
        if (queued.get() >= options.dropThreshold()
                || queuedBytes.get() >= options.maxQueuedBytes()
                || counters.queuedBytes.get() >= options.maxTotalQueuedBytes()) {
            // Decided before encoding: a dropped packet costs nothing.
            server.registry().typeOf(packet);
            counters.droppedPackets.increment();
            return false;
        }
        return offer(Frames.encode(server.registry(), channel.alloc(), packet), true);
    }

    private boolean acceptsSends() {
        return closeReason.get() == null && !inactive;
    }

    /**
     * Queues a complete frame; takes ownership of it.
     *
     * @param frame     the frame (released here when not queued)
     * @param droppable whether it may be dropped under backlog
     * @return whether it was queued
     */
    boolean offer(ByteBuf frame, boolean droppable) {
        if (!acceptsSends()) {
            frame.release();
            return false;
        }
        int backlog = queued.get();
        int size = frame.readableBytes();
        long mine = queuedBytes.get();
        long total = counters.queuedBytes.get();
        if (droppable) {
            if (backlog >= options.dropThreshold()
                    || mine + size > options.maxQueuedBytes()
                    || total + size > options.maxTotalQueuedBytes()) {
                frame.release();
                counters.droppedPackets.increment();
                return false;
            }
        } else {
            String refusal = null;
            if (backlog >= options.maxQueuedPackets()) {
                refusal = "outbound backlog of " + backlog + " packets reached maxQueuedPackets; reader too slow";
            } else if (mine + size > options.maxQueuedBytes()) {
                refusal = "outbound queue of " + mine + " bytes in " + backlog + " packets would pass maxQueuedBytes "
                        + options.maxQueuedBytes() + "; the peer does not read";
            } else if (total + size > options.maxTotalQueuedBytes() && mine > options.writeBufferHighWaterMark()) {
                refusal = "outbound queues of all sessions hold " + total + " bytes (maxTotalQueuedBytes "
                        + options.maxTotalQueuedBytes() + ") and this one " + mine
                        + " bytes; the peer reads too slowly";
            }
            if (refusal != null) {
                frame.release();
                counters.budgetCloses.increment();
                closeNow(refusal);
                return false;
            }
        }
        queued.incrementAndGet();
        queuedBytes.addAndGet(size);
        counters.queuedBytes.addAndGet(size);
        outbound.add(frame);
        if (inactive) {
            releaseQueued();
            return false;
        }
        if (scheduled.compareAndSet(false, true)) {
            sender.schedule(this);
        }
        return true;
    }

    /**
     * One round-robin turn, on the event loop.
     *
     * @param batch most packets to write in this turn
     * @return whether the session should stay in the round
     */
    boolean drainTurn(int batch) {
        if (!channel.isActive()) {
            releaseQueued();
            scheduled.set(false);
            return false;
        }
        int n = writeQueued(batch, true);
        if (n > 0) {
            channel.flush();
        }
        if (outbound.isEmpty()) {
            scheduled.set(false);
            // A sender may have added a packet after the check and seen the flag still set.
            if (outbound.isEmpty() || !scheduled.compareAndSet(false, true)) {
                return false;
            }
        }
        if (channel.isWritable()) {
            return true;
        }
        parked = true;
        return false;
    }

    private int writeQueued(int max, boolean respectWritability) {
        int n = 0;
        long bytes = 0;
        while (n < max && (!respectWritability || channel.isWritable())) {
            ByteBuf frame = outbound.poll();
            if (frame == null) {
                break;
            }
            queued.decrementAndGet();
            n++;
            bytes += frame.readableBytes();
            if (options.logFrames() && FRAMES.isDebugEnabled()) {
                FRAMES.debug(
                        "{} out {}",
                        channel.remoteAddress(),
                        ByteBufUtil.hexDump(frame, frame.readerIndex() + 2, frame.readableBytes() - 2));
            }
            channel.write(frame, channel.voidPromise());
        }
        if (bytes > 0) {
            queuedBytes.addAndGet(-bytes);
            counters.queuedBytes.addAndGet(-bytes);
        }
        counters.framesOut.add(n);
        counters.bytesOut.add(bytes);
        return n;
    }

    /** Netty reports a writability change; on the event loop. */
    void writabilityChanged() {
        if (channel.isWritable()) {
            unwritableSince = 0;
            if (parked) {
                parked = false;
                sender.schedule(this);
            }
        } else if (options.writeTimeout() != null && unwritableSince == 0) {
            unwritableSince = System.nanoTime();
            if (!writeCheckPending) {
                scheduleWriteCheck(options.writeTimeout().toNanos());
            }
        }
    }

    private void scheduleWriteCheck(long delayNanos) {
        writeCheckPending = true;
        channel.eventLoop().schedule(this::writeCheck, delayNanos, TimeUnit.NANOSECONDS);
    }

    /** The write timeout: closes the session when its channel stayed unwritable the whole time. */
    private void writeCheck() {
        writeCheckPending = false;
        if (!channel.isActive() || channel.isWritable() || unwritableSince == 0) {
            return;
        }
        long timeout = options.writeTimeout().toNanos();
        long waited = System.nanoTime() - unwritableSince;
        if (waited >= timeout) {
            counters.timeoutCloses.increment();
            closeNow("write timeout: the peer read nothing for " + TimeUnit.NANOSECONDS.toMillis(waited)
                    + " ms with "
                    + (channel.unsafe().outboundBuffer() == null
                            ? 0
                            : channel.unsafe().outboundBuffer().totalPendingWriteBytes())
                    + " bytes unsent and "
                    + queuedBytes.get() + " bytes queued");
        } else {
            scheduleWriteCheck(timeout - waited);
        }
    }

    /** The handshake timeout fired; on the event loop. */
    void handshakeCheck() {
        Object initial = options.initialPhase();
        if (closeReason.get() == null && channel.isActive() && initial.equals(phase)) {
            counters.timeoutCloses.increment();
            closeNow("handshake timeout: still " + initial + " after "
                    + options.handshakeTimeout().toMillis() + " ms");
        }
    }

    /** A task of this session's serial queue threw an {@link Error}; the session cannot be trusted any more. */
    private void taskFailedFatally(Error e) {
        counters.handlerErrors.increment();
        // What is queued still goes out (bounded by closeTimeout); later sends are refused.
        close("fatal error in a handler: " + e.getClass().getName());
    }

    private void releaseQueued() {
        ByteBuf frame;
        long bytes = 0;
        while ((frame = outbound.poll()) != null) {
            queued.decrementAndGet();
            bytes += frame.readableBytes();
            frame.release();
        }
        if (bytes > 0) {
            queuedBytes.addAndGet(-bytes);
            counters.queuedBytes.addAndGet(-bytes);
        }
    }

    @Override
    public void execute(Runnable task) {
        serial.execute(task);
    }

    @Override
    public void executeBlocking(Runnable task) {
        serial.execute(task, server.blockingExecutor());
    }

    /** A decoded packet arrives; on the event loop. */
    void received(Object packet) {
        int pending = pendingRequests.incrementAndGet();
        if (pending >= options.maxPendingRequests() && !readPaused) {
            readPaused = true;
            channel.config().setAutoRead(false);
            LOG.debug("session {} {}: {} packets pending, reading paused", id, channel.remoteAddress(), pending);
        }
        Runnable task = () -> {
            try {
                server.dispatch(this, packet);
            } finally {
                requestDone();
            }
        };
        try {
            Routes routes = server.routes();
            Class<?> type = packet.getClass();
            if (routes.isInline(type) && serial.tryRunInline(task)) {
                return;
            }
            if (routes.isBlocking(type)) {
                serial.execute(task, server.blockingExecutor());
            } else {
                serial.execute(task);
            }
        } catch (RejectedExecutionException e) {
            pendingRequests.decrementAndGet();
            LOG.debug("session {}: game executor stopped, packet dropped", id);
        }
    }

    private void requestDone() {
        int left = pendingRequests.decrementAndGet();
        if (readPaused && left <= options.maxPendingRequests() / 2) {
            channel.eventLoop().execute(() -> {
                if (readPaused && pendingRequests.get() <= options.maxPendingRequests() / 2) {
                    readPaused = false;
                    channel.config().setAutoRead(true);
                }
            });
        }
    }

    @Override
    public void close(String reason) {
        if (!closeReason.compareAndSet(null, Objects.requireNonNullElse(reason, "closed"))) {
            return;
        }
        LOG.info("session {} {}: closing: {}", id, channel.remoteAddress(), reason);
        try {
            channel.eventLoop().execute(this::flushAndClose);
        } catch (RejectedExecutionException e) {
            channel.close();
        }
    }

    private void flushAndClose() {
        if (!channel.isActive()) {
            releaseQueued();
            return;
        }
        writeQueued(Integer.MAX_VALUE, false);
        channel.writeAndFlush(Unpooled.EMPTY_BUFFER).addListener(ChannelFutureListener.CLOSE);
        long ms = options.closeTimeout().toMillis();
        ScheduledFuture<?> force = channel.eventLoop()
                .schedule(
                        () -> {
                            if (channel.isActive()) {
                                LOG.info(
                                        "session {} {}: queued writes not done after {} ms, closing anyway",
                                        id,
                                        channel.remoteAddress(),
                                        ms);
                                channel.close();
                            }
                        },
                        ms,
                        TimeUnit.MILLISECONDS);
        channel.closeFuture().addListener(f -> force.cancel(false));
    }

    /**
     * Closes at once, dropping anything queued (transport errors, hopeless backlog).
     *
     * @param reason why; logged once
     */
    void closeNow(String reason) {
        closeNow(reason, false);
    }

    /**
     * Closes at once, dropping anything queued.
     *
     * @param reason why
     * @param quiet  log at debug instead of warn (routine peer resets)
     */
    void closeNow(String reason, boolean quiet) {
        if (closeReason.compareAndSet(null, reason)) {
            if (quiet) {
                LOG.debug("session {} {}: closed: {}", id, channel.remoteAddress(), reason);
            } else {
                LOG.warn("session {} {}: closed: {}", id, channel.remoteAddress(), reason);
            }
        }
        channel.close();
    }

    /** The channel went inactive; on the event loop. Exactly once per session. */
    void inactive() {
        inactive = true;
        if (closeReason.compareAndSet(null, "connection closed by peer")) {
            LOG.debug("session {} {}: connection closed by peer", id, channel.remoteAddress());
        }
        releaseQueued();
    }

    CompletableFuture<Void> closedCallbackDone() {
        return closedCallbackDone;
    }

    @Override
    public boolean isOpen() {
        return closeReason.get() == null && channel.isActive();
    }

    @Override
    public String closeReason() {
        return closeReason.get();
    }

    @Override
    public int queuedPackets() {
        return queued.get();
    }

    /** @return bytes of the frames waiting in this session's outbound queue */
    long queuedBytes() {
        return queuedBytes.get();
    }

    @Override
    public EncoreServer server() {
        return server;
    }

    @Override
    public String toString() {
        return "Session[" + id + " " + channel.remoteAddress() + "]";
    }
}

package io.mozart.server.cluster;

import io.mozart.encore.codec.EncodeException;
import io.mozart.encore.exec.SerialExecutor;
import io.mozart.encore.pipeline.Frames;
import io.mozart.encore.protocol.PacketRegistry;
import io.mozart.encore.server.EncoreServer;
import io.mozart.encore.session.AttributeKey;
import io.mozart.encore.session.Session;
import io.mozart.server.protocol.cluster.ChannelRelay;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.net.SocketAddress;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A game client as a channel process sees it (spec 06 §7.5): it has no socket of its own; its messages arrive as
 * Relay (204) frames on the gateway link and everything sent to it leaves as Relay (302) frames on that link.
 * Handlers, guards and the World treat it like any other session: its handlers run in its own serial order on the
 * channel's game executor, and {@link #server()} is the channel's game server (for its executor, scheduler and
 * broadcasts, which fall back to {@link #send} for sessions like this one).
 */
final class RelayedSession implements Session {

    /** Ids of relayed sessions start high so that they never meet the game server's own session ids. */
    private static final long FIRST_ID = 1L << 40;

    private static final AtomicLong IDS = new AtomicLong(FIRST_ID);

    private final long id = IDS.getAndIncrement();
    private final String token;
    private final EncoreServer server;
    private final PacketRegistry registry;
    private final Consumer<Object> link;
    private final SocketAddress remote;
    private final SerialExecutor executor;
    private final Consumer<Session> onClosed;
    private final Map<AttributeKey<?>, Object> attributes = new ConcurrentHashMap<>();
    /** Set by {@link #close}: the session is closing. */
    private final AtomicBoolean closing = new AtomicBoolean();
    /** Set in this session's order once everything queued before {@link #close} has run: sends are refused. */
    private volatile boolean closed;

    private volatile Object phase;
    private volatile String closeReason;

    /**
     * @param token        the client's session token: its session id on the link
     * @param server       the channel's game server (executor, scheduler, registry)
     * @param link         sends one record on the gateway link
     * @param remote       the gateway's address (the only peer this session has)
     * @param initialPhase the phase of a new session
     * @param onClosed     runs once, in this session's order, after {@link #close}
     */
    RelayedSession(
            String token,
            EncoreServer server,
            Consumer<Object> link,
            SocketAddress remote,
            Object initialPhase,
            Consumer<Session> onClosed) {
        this.token = token;
        this.server = server;
        this.registry = server.registry();
        this.link = link;
        this.remote = remote;
        this.phase = initialPhase;
        this.onClosed = onClosed;
        this.executor = new SerialExecutor(server.gameExecutor(), SerialExecutor.DEFAULT_BATCH_SIZE, "relayed-" + id);
    }

    /** @return the session token (its id on the link) */
    String token() {
        return token;
    }

    @Override
    public long id() {
        return id;
    }

    @Override
    public SocketAddress remoteAddress() {
        return remote;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T get(AttributeKey<T> key) {
        return (T) attributes.get(key);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T set(AttributeKey<T> key, T value) {
        if (value == null) {
            return (T) attributes.remove(key);
        }
        return (T) attributes.put(key, value);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T remove(AttributeKey<T> key) {
        return (T) attributes.remove(key);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T computeIfAbsent(AttributeKey<T> key, Supplier<? extends T> factory) {
        return (T) attributes.computeIfAbsent(key, k -> factory.get());
    }

    @Override
    public Object phase() {
        return phase;
    }

    @Override
    public void phase(Object value) {
        this.phase = Objects.requireNonNull(value, "phase");
    }

    /**
     * Encodes the message as the client would receive it and sends it to the gateway as Relay (302).
     *
     * @throws EncodeException when the message does not fit into one relay frame (the session id and its
     *                         terminator take room in the frame: a client message of 32,731 bytes or more)
     */
    @Override
    public boolean send(Object packet) {
        if (closed) {
            registry.typeOf(packet);
            return false;
        }
        ByteBuf buf = Unpooled.buffer();
        try {
            registry.encode(packet, buf);
            int limit = Frames.MAX_PAYLOAD - 2 - (token.length() + 1);
            if (buf.readableBytes() > limit) {
                throw new EncodeException("relayed message of " + buf.readableBytes()
                        + " bytes does not fit into one link frame (at most " + limit + ")");
            }
            byte[] payload = new byte[buf.readableBytes()];
            buf.readBytes(payload);
            link.accept(new ChannelRelay(token, payload));
            return true;
        } finally {
            buf.release();
        }
    }

    @Override
    public boolean sendDroppable(Object packet) {
        return send(packet);
    }

    @Override
    public void execute(Runnable task) {
        executor.execute(task);
    }

    /**
     * Closes after the handlers and tasks already queued for this session, which may still send (like the
     * replies a socket session writes out before it closes); then the close callback runs. Idempotent.
     */
    @Override
    public void close(String reason) {
        if (!closing.compareAndSet(false, true)) {
            return;
        }
        closeReason = reason;
        execute(() -> {
            closed = true;
            onClosed.accept(this);
        });
    }

    @Override
    public boolean isOpen() {
        return !closing.get();
    }

    @Override
    public String closeReason() {
        return closeReason;
    }

    @Override
    public int queuedPackets() {
        return executor.pending();
    }

    @Override
    public EncoreServer server() {
        return server;
    }

    @Override
    public String toString() {
        return "relayed session " + id;
    }
}

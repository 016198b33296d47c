package io.mozart.server.harness;

import io.mozart.encore.pipeline.Frames;
import io.mozart.encore.protocol.PacketRegistry;
import io.mozart.encore.server.EncoreServer;
import io.mozart.encore.session.AttributeKey;
import io.mozart.encore.session.Session;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.UnpooledByteBufAllocator;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A {@link Session} without a socket: it records every packet sent to it, in order, with whether it was sent
 * droppable and the exact frame bytes the client would have read; its phase, attributes and close reason; and
 * runs {@link #execute} tasks on the harness's {@link ManualExecutor} (one deterministic queue, no threads).
 * Every packet is encoded with the server's registry when sent, so an unencodable packet fails as it would on a
 * socket. Used by one test thread only.
 */
public final class RecordingSession implements Session {

    /**
     * One packet as sent.
     *
     * @param packet    the record
     * @param droppable whether it went through {@code sendDroppable}
     * @param frame     the frame as the client would read it (length, opcode, body) in upper-case hex
     */
    public record Sent(Object packet, boolean droppable, String frame) {}

    private final long id;
    private final SocketAddress remote;
    private final PacketRegistry registry;
    private final ManualExecutor executor;
    private final EncoreServer server;
    private final Consumer<Session> onClosed;
    private final Map<AttributeKey<?>, Object> attributes = new ConcurrentHashMap<>();
    private final List<Sent> sent = new ArrayList<>();
    private int taken;
    private Object phase;
    private String closeReason;

    RecordingSession(
            long id,
            Object initialPhase,
            PacketRegistry registry,
            ManualExecutor executor,
            EncoreServer server,
            Consumer<Session> onClosed) {
        this.id = id;
        this.remote = new InetSocketAddress("127.0.0.1", 40_000 + (int) (id % 20_000));
        this.phase = initialPhase;
        this.registry = registry;
        this.executor = executor;
        this.server = server;
        this.onClosed = onClosed;
    }

    // ---------------------------------------------------------------- what the test reads

    /** @return every packet sent to this session so far, in order */
    public List<Sent> sent() {
        return List.copyOf(sent);
    }

    /** @return the records sent since the last {@code take()}, in order; later calls return only newer ones */
    public List<Object> take() {
        List<Object> out = new ArrayList<>();
        for (int i = taken; i < sent.size(); i++) {
            out.add(sent.get(i).packet());
        }
        taken = sent.size();
        return out;
    }

    /**
     * @param type a record class
     * @param <T>  its type
     * @return the records of that class among those {@link #take()} would return now (does not take them)
     */
    public <T> List<T> pending(Class<T> type) {
        List<T> out = new ArrayList<>();
        for (int i = taken; i < sent.size(); i++) {
            Object p = sent.get(i).packet();
            if (type.isInstance(p)) {
                out.add(type.cast(p));
            }
        }
        return out;
    }

    /**
     * Takes everything pending and returns the only record of the given class among it.
     *
     * @param type a record class
     * @param <T>  its type
     * @return the one record of that class
     * @throws AssertionError when there is none or more than one
     */
    public <T> T takeOne(Class<T> type) {
        List<Object> all = take();
        List<T> found = new ArrayList<>();
        for (Object o : all) {
            if (type.isInstance(o)) {
                found.add(type.cast(o));
            }
        }
        if (found.size() != 1) {
            throw new AssertionError("expected one " + type.getSimpleName() + " in " + all + " of session " + id
                    + ", got " + found.size());
        }
        return found.get(0);
    }

    // ---------------------------------------------------------------- Session

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
        return value == null ? (T) attributes.remove(key) : (T) attributes.put(key, value);
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
        if (value == null) {
            throw new NullPointerException("phase");
        }
        this.phase = value;
    }

    @Override
    public boolean send(Object packet) {
        return record(packet, false);
    }

    @Override
    public boolean sendDroppable(Object packet) {
        return record(packet, true);
    }

    private boolean record(Object packet, boolean droppable) {
        // Encoded first, as the real session does: an unregistered or unencodable packet throws here.
        ByteBuf frame = Frames.encode(registry, UnpooledByteBufAllocator.DEFAULT, packet);
        String hex;
        try {
            hex = ByteBufUtil.hexDump(frame).toUpperCase(Locale.ROOT);
        } finally {
            frame.release();
        }
        if (closeReason != null) {
            return false;
        }
        sent.add(new Sent(packet, droppable, hex));
        return true;
    }

    @Override
    public void execute(Runnable task) {
        executor.execute(task);
    }

    /**
     * Closes as the server does when a connection ends: later sends are refused, and the close callback runs
     * in this session's order after everything already queued for it.
     */
    @Override
    public void close(String reason) {
        if (closeReason != null) {
            return;
        }
        closeReason = reason;
        executor.execute(() -> onClosed.accept(this));
    }

    @Override
    public boolean isOpen() {
        return closeReason == null;
    }

    @Override
    public String closeReason() {
        return closeReason;
    }

    @Override
    public int queuedPackets() {
        return 0;
    }

    @Override
    public EncoreServer server() {
        return server;
    }

    @Override
    public String toString() {
        return "RecordingSession[" + id + "]";
    }
}

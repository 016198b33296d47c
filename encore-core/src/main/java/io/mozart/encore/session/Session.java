package io.mozart.encore.session;

import io.mozart.encore.server.EncoreServer;
import java.net.SocketAddress;
import java.util.function.Supplier;

/**
 * One client connection, as the game sees it.
 *
 * <p>Every method is thread-safe. Handlers of one session run one at a time, in arrival order, on the game
 * executor; {@link #execute} queues more work into that same order. {@link #send} may be called from any
 * thread; frames from one session's sends are delivered in call order (calls from one thread, or calls
 * ordered by happens-before).
 */
public interface Session {

    /** @return a server-unique id, increasing from 1 in accept order */
    long id();

    /** @return the peer address */
    SocketAddress remoteAddress();

    /**
     * @param key the attribute key
     * @param <T> the value type
     * @return the value, or {@code null} when absent
     */
    <T> T get(AttributeKey<T> key);

    /**
     * Sets an attribute.
     *
     * @param key   the attribute key
     * @param value the value; {@code null} removes the attribute
     * @param <T>   the value type
     * @return the previous value, or {@code null}
     */
    <T> T set(AttributeKey<T> key, T value);

    /**
     * Removes an attribute.
     *
     * @param key the attribute key
     * @param <T> the value type
     * @return the removed value, or {@code null}
     */
    <T> T remove(AttributeKey<T> key);

    /**
     * Returns the attribute, creating it atomically when absent.
     *
     * @param key     the attribute key
     * @param factory makes the value; must not return {@code null}
     * @param <T>     the value type
     * @return the existing or new value
     */
    <T> T computeIfAbsent(AttributeKey<T> key, Supplier<? extends T> factory);

    /** @return the current phase (initially {@code EncoreOptions.initialPhase()}) */
    Object phase();

    /**
     * Changes the phase. Guards of later packets see the new phase.
     *
     * @param phase the new phase, not {@code null}
     */
    void phase(Object phase);

    /**
     * Queues a reliable packet: it is delivered complete and in order, or the connection is closed.
     *
     * @param packet a record registered in the server's packet registry
     * @return {@code true} when queued; {@code false} when the session is closed or closing
     * @throws io.mozart.encore.codec.EncodeException when the packet cannot be encoded (for example a payload
     *                                                over 32765 bytes); nothing is sent, the connection lives on
     * @throws IllegalArgumentException               when the packet's class is not registered
     */
    boolean send(Object packet);

    /**
     * Queues a droppable packet: when this session's outbound queue already holds
     * {@code EncoreOptions.dropThreshold()} packets, it is discarded and counted instead.
     *
     * @param packet a record registered in the server's packet registry
     * @return {@code true} when queued; {@code false} when dropped or the session is closed
     * @throws io.mozart.encore.codec.EncodeException when the packet cannot be encoded
     * @throws IllegalArgumentException               when the packet's class is not registered
     */
    boolean sendDroppable(Object packet);

    /**
     * Runs a task on the game executor in this session's serial order (after every handler and task
     * already queued for it). Tasks still run after the session closed, up to the close callback.
     *
     * @param task the task
     */
    void execute(Runnable task);

    /**
     * Queues a task that may block (storage, files) in this session's serial order, on the server's blocking pool
     * where the session has one; by default on the same queue as {@link #execute}.
     *
     * @param task the task
     */
    default void executeBlocking(Runnable task) {
        execute(task);
    }

    /**
     * Closes the connection after the packets already queued have been written (bounded by
     * {@code EncoreOptions.closeTimeout()}). Later sends are refused. Idempotent: the first reason wins.
     *
     * @param reason why, for the log line and {@link #closeReason()}
     */
    void close(String reason);

    /** @return whether the connection is open and not closing */
    boolean isOpen();

    /** @return why the session closed or is closing, or {@code null} while open */
    String closeReason();

    /** @return number of packets waiting in this session's outbound queue */
    int queuedPackets();

    /** @return the server this session belongs to */
    EncoreServer server();
}

package io.mozart.api.event;

import java.util.function.Consumer;

/**
 * The server's event bus: {@code server.events().on(RoomCreated.class, e -> ...)}.
 *
 * <p>Listeners of one event type run in registration order, on a server thread (the one that raised the event or
 * released the game state it belongs to). An event that describes a change of a channel's state (a player
 * joining or leaving a channel, a room created or removed, a game started, a score submitted) is delivered after
 * the change is complete and the channel is released, never inside the game's critical sections, and the events of
 * one channel arrive in the order they happened. A {@link Cancellable} event is delivered before its action, so that
 * a listener can refuse it. A listener that throws is logged and skipped; it never breaks the game. Listeners must
 * be quick: hand long work to your own executor.
 */
public interface Events {

    /**
     * Registers a listener.
     *
     * @param type     the event class (exact class; no supertype dispatch)
     * @param listener the listener
     * @param <E>      event type
     * @return a handle that removes the listener
     */
    <E extends GameEvent> Subscription on(Class<E> type, Consumer<? super E> listener);
}

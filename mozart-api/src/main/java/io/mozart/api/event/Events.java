package io.mozart.api.event;

import java.util.function.Consumer;

/**
 * The server's event bus: {@code server.events().on(RoomCreated.class, e -> ...)}.
 *
 * <p>Listeners of one event type run in registration order on the game thread that raised the event.
 * A listener that throws is logged and skipped; it never breaks the game. Listeners must be quick:
 * hand long work to your own executor.
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

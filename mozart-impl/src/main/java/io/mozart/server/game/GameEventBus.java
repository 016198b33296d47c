package io.mozart.server.game;

import io.mozart.api.event.Events;
import io.mozart.api.event.GameEvent;
import io.mozart.api.event.Subscription;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The implementation of {@link Events}: listeners per exact event class, called in registration order. */
public final class GameEventBus implements Events {

    private static final Logger LOG = LoggerFactory.getLogger(GameEventBus.class);

    private final Map<Class<?>, List<Consumer<Object>>> listeners = new ConcurrentHashMap<>();

    @Override
    @SuppressWarnings("unchecked")
    public <E extends GameEvent> Subscription on(Class<E> type, Consumer<? super E> listener) {
        Consumer<Object> l = o -> listener.accept((E) o);
        List<Consumer<Object>> list = listeners.computeIfAbsent(type, k -> new CopyOnWriteArrayList<>());
        list.add(l);
        return () -> list.remove(l);
    }

    /**
     * Delivers an event to its listeners. A failing listener is logged and skipped.
     *
     * @param event the event
     * @param <E>   event type
     * @return the same event (so a caller can read a cancellation)
     */
    public <E extends GameEvent> E publish(E event) {
        List<Consumer<Object>> list = listeners.get(event.getClass());
        if (list != null) {
            for (Consumer<Object> l : list) {
                try {
                    l.accept(event);
                } catch (RuntimeException e) {
                    LOG.warn(
                            "event listener for {} failed: {}", event.getClass().getSimpleName(), e.toString());
                }
            }
        }
        return event;
    }

    /**
     * @param type an event class
     * @return whether anybody listens to it (to skip building events nobody reads)
     */
    public boolean hasListeners(Class<? extends GameEvent> type) {
        List<Consumer<Object>> list = listeners.get(type);
        return list != null && !list.isEmpty();
    }
}

package io.mozart.api.event;

/**
 * Marker for everything the game publishes to embedders through {@link Events}. Events are plain
 * values; listeners run on a game thread after the state change they describe (or, for a
 * {@link Cancellable} event, before it, so that they can refuse it).
 */
public interface GameEvent {}

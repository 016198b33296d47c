package io.mozart.api.event;

/** A registered listener; {@link #close()} removes it. */
@FunctionalInterface
public interface Subscription extends AutoCloseable {

    /** Removes the listener. Idempotent. */
    @Override
    void close();
}

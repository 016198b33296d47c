package io.mozart.encore.server;

import io.mozart.encore.session.Session;

/**
 * Told about every handler run, on the game thread that ran it: the push half of encore-core's instrumentation
 * (the counters are the pull half, read with {@link EncoreServer#metrics()}). Bind it to Micrometer or anything
 * else; keep it cheap, it runs once per handled packet.
 */
@FunctionalInterface
public interface HandlerObserver {

    /** Observes nothing: the default. */
    HandlerObserver NONE = (session, request, reply, nanos) -> {};

    /**
     * A handler has returned (or thrown: then {@code reply} is what the error callback produced, often
     * {@code null}). Guard rejections are not handler runs; they are counted in {@link EncoreMetrics}.
     *
     * @param session the session
     * @param request the decoded packet
     * @param reply   what the handler returned, or {@code null}
     * @param nanos   how long the handler ran, in nanoseconds
     */
    void handled(Session session, Object request, Object reply, long nanos);
}

/**
 * The server: {@link io.mozart.encore.server.EncoreServer} (builder, start, broadcast, close),
 * {@link io.mozart.encore.server.EncoreOptions} and the instrumentation a metrics library binds to: the
 * {@link io.mozart.encore.server.EncoreMetrics} snapshot of the transport counters (pull, read when scraped) and
 * the {@link io.mozart.encore.server.HandlerObserver} told about every handler run (push).
 * Internally: the per-connection dispatcher stage, the session implementation and the per-event-loop fair
 * sender.
 */
package io.mozart.encore.server;

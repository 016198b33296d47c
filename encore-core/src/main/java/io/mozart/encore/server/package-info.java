/**
 * The server: {@link io.mozart.encore.server.EncoreServer} (builder, start, broadcast, close),
 * {@link io.mozart.encore.server.EncoreOptions} and the {@link io.mozart.encore.server.EncoreMetrics} snapshot.
 * Internally: the per-connection dispatcher stage, the session implementation and the per-event-loop fair
 * sender.
 */
package io.mozart.encore.server;

package io.mozart.api;

import io.mozart.api.event.Events;
import io.mozart.api.event.GameEvent;
import io.mozart.api.extension.CustomHandler;
import io.mozart.api.extension.CustomPacket;
import io.mozart.api.extension.PacketHandler;
import io.mozart.api.extension.Requirement;
import io.mozart.api.extension.TypedHandler;
import io.mozart.api.metrics.MetricsSink;
import io.mozart.api.spi.MozartServerProvider;
import io.mozart.api.storage.Storage;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.function.Consumer;

/**
 * A running O2JamO2 game server. Start one in three lines:
 *
 * <pre>{@code
 * try (MozartServer server = MozartServer.builder().port(15010).start()) {
 *     server.awaitClose();
 * }
 * }</pre>
 *
 * <p>Without further settings the server keeps its data in memory and has no music or item
 * catalogue. Several servers can run in one JVM; nothing is static.
 */
public interface MozartServer extends AutoCloseable {

    /** @return a new builder */
    static Builder builder() {
        return new Builder();
    }

    /** @return the options the server runs with (port is the configured one; see {@link #port()}) */
    ServerOptions options();

    /** @return the bound address */
    String address();

    /** @return the bound port (the real one when 0 was configured) */
    int port();

    /** @return the event bus */
    Events events();

    /** @return what the server is doing now */
    ServerStatus status();

    /**
     * @return account registration and login tokens, backed by the server's storage and auth mode
     */
    Accounts accounts();

    /**
     * Blocks until {@link #close()} has completed (from another thread or a shutdown hook).
     *
     * @throws InterruptedException when interrupted while waiting
     */
    void awaitClose() throws InterruptedException;

    /**
     * Stops accepting connections, lets queued replies go out for a bounded time, disconnects every
     * player (with the normal leave handling and persistence), and stops every thread the server
     * started. The storage passed in by the embedder is not closed. Idempotent.
     */
    @Override
    void close();

    /**
     * Everything an embedder configured, as handed to the implementation.
     *
     * @param options   game and network options
     * @param storage   storage, or {@code null} for the implementation's in-memory storage
     * @param metadata  game data catalogues, or {@code null} for none (empty music, item and album lists;
     *                  load files with {@code io.mozart.server.metadata.MetadataLoader} or a resolver)
     * @param handlers  custom packet handlers, in registration order (a later one for the same opcode wins)
     * @param listeners event listeners registered before start
     * @param metrics   where the server registers its meters ({@link MetricsSink#NONE} for nowhere)
     */
    record Settings(
            ServerOptions options,
            Storage storage,
            io.mozart.api.metadata.MetadataProvider metadata,
            List<CustomHandler> handlers,
            List<Listener<?>> listeners,
            MetricsSink metrics) {

        /**
         * Copies the lists.
         *
         * @param options   options
         * @param storage   storage or null
         * @param metadata  metadata or null
         * @param handlers  custom handlers
         * @param listeners listeners
         */
        public Settings {
            Objects.requireNonNull(options, "options");
            handlers = List.copyOf(handlers);
            listeners = List.copyOf(listeners);
            Objects.requireNonNull(metrics, "metrics");
        }

        /**
         * Settings without metrics.
         *
         * @param options   options
         * @param storage   storage or null
         * @param metadata  metadata or null
         * @param handlers  custom handlers
         * @param listeners listeners
         */
        public Settings(
                ServerOptions options,
                Storage storage,
                io.mozart.api.metadata.MetadataProvider metadata,
                List<CustomHandler> handlers,
                List<Listener<?>> listeners) {
            this(options, storage, metadata, handlers, listeners, MetricsSink.NONE);
        }
    }

    /**
     * A listener registered on the builder.
     *
     * @param type     event class
     * @param listener the listener
     * @param <E>      event type
     */
    record Listener<E extends GameEvent>(Class<E> type, Consumer<? super E> listener) {}

    /** Collects settings; {@link #start()} starts the server. */
    final class Builder {
        private ServerOptions.Builder options = ServerOptions.builder();
        private Storage storage;
        private io.mozart.api.metadata.MetadataProvider metadata;
        private final List<CustomHandler> handlers = new ArrayList<>();
        private final List<Listener<?>> listeners = new ArrayList<>();
        private MetricsSink metrics = MetricsSink.NONE;

        private Builder() {}

        /**
         * Replaces every option at once.
         *
         * @param value the options
         * @return this builder
         */
        public Builder options(ServerOptions value) {
            this.options = value.toBuilder();
            return this;
        }

        /**
         * Adjusts options.
         *
         * @param change receives the options builder
         * @return this builder
         */
        public Builder options(Consumer<ServerOptions.Builder> change) {
            change.accept(options);
            return this;
        }

        /**
         * @param address listen address
         * @return this builder
         */
        public Builder address(String address) {
            options.address(address);
            return this;
        }

        /**
         * @param port listen port, 0 for ephemeral
         * @return this builder
         */
        public Builder port(int port) {
            options.port(port);
            return this;
        }

        /**
         * @param value the storage to use (not closed by the server)
         * @return this builder
         */
        public Builder storage(Storage value) {
            this.storage = value;
            return this;
        }

        /**
         * @param value the game data catalogues to use
         * @return this builder
         */
        public Builder metadata(io.mozart.api.metadata.MetadataProvider value) {
            this.metadata = value;
            return this;
        }

        /**
         * Adds or replaces the handler of an opcode.
         *
         * @param opcode      the opcode (known to Mozart or not)
         * @param requirement what the connection must have done first
         * @param handler     the handler
         * @return this builder
         */
        public Builder handler(int opcode, Requirement requirement, PacketHandler handler) {
            handlers.add(new CustomHandler(opcode, requirement, handler));
            return this;
        }

        /**
         * Adds or replaces the handler of an opcode with a typed one: the request's body is decoded with its
         * codec before the handler runs (a body that does not decode is dropped with one log line), and a
         * non-null return value is sent back as the reply packet.
         *
         * @param request     the request packet (opcode, record class, codec)
         * @param reply       the reply packet, {@code null} when the handler never answers
         * @param requirement what the connection must have done first (checked by the built-in guards)
         * @param handler     the handler
         * @param <Q>         request type
         * @param <A>         reply type
         * @return this builder
         */
        public <Q, A> Builder handler(
                CustomPacket<Q> request,
                CustomPacket<A> reply,
                Requirement requirement,
                TypedHandler<? super Q, ? extends A> handler) {
            handlers.add(new CustomHandler(
                    request.opcode(), requirement, null, new CustomHandler.Typed<>(request, reply, handler)));
            return this;
        }

        /**
         * Registers an event listener before the server starts.
         *
         * @param type     event class
         * @param listener the listener
         * @param <E>      event type
         * @return this builder
         */
        public <E extends GameEvent> Builder on(Class<E> type, Consumer<? super E> listener) {
            listeners.add(new Listener<>(type, listener));
            return this;
        }

        /**
         * Registers the server's meters (connections, players, rooms, games, logins, frames, bytes, handler and
         * storage latency) with a metrics library.
         *
         * @param sink the binding, for example {@code new io.mozart.server.metrics.MicrometerSink(registry)}
         * @return this builder
         */
        public Builder metrics(MetricsSink sink) {
            this.metrics = Objects.requireNonNull(sink, "sink");
            return this;
        }

        /** @return the settings collected so far */
        public Settings settings() {
            return new Settings(options.build(), storage, metadata, handlers, listeners, metrics);
        }

        /**
         * Starts the server with the implementation found on the class path.
         *
         * @return the running server
         * @throws IllegalStateException when no implementation ({@code mozart-impl}) is on the class path
         */
        public MozartServer start() {
            Iterator<MozartServerProvider> it = ServiceLoader.load(
                            MozartServerProvider.class, MozartServer.class.getClassLoader())
                    .iterator();
            if (!it.hasNext()) {
                throw new IllegalStateException("no Mozart implementation on the class path: add mozart-impl");
            }
            return it.next().start(settings());
        }
    }
}

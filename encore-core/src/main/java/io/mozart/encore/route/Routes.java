package io.mozart.encore.route;

import io.mozart.encore.session.Session;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The immutable table packet class → handlers. Several handlers per class run in registration order, each
 * after its own guards; each reply is sent in that order. Lookup is by exact class.
 */
public final class Routes {

    /** Makes the reply for a guard rejection when the guard has none of its own. */
    @FunctionalInterface
    public interface GuardRejectedCallback {
        /**
         * @param session the session
         * @param packet  the packet whose handler was not run
         * @param guard   the guard that rejected
         * @return a reply record, a list of records, or {@code null} for none
         */
        Object onGuardRejected(Session session, Object packet, Guard guard);
    }

    /** Makes the reply after a handler threw. */
    @FunctionalInterface
    public interface HandlerErrorCallback {
        /**
         * @param session the session
         * @param packet  the packet whose handler failed
         * @param error   what the handler threw
         * @return a reply record, a list of records, or {@code null} for none
         */
        Object onHandlerError(Session session, Object packet, Throwable error);
    }

    /**
     * Sees every decoded packet of a session before its routes, including packets without routes; may take
     * the packet over. Runs on the game executor, in the session's serial order.
     */
    @FunctionalInterface
    public interface Interceptor {
        /**
         * @param session the session
         * @param packet  the decoded packet
         * @return {@code true} when the packet is handled here and its routes must not run
         * @throws Exception any failure; it is logged and the packet is treated as handled
         */
        boolean intercept(Session session, Object packet) throws Exception;
    }

    private static final Interceptor NO_INTERCEPTOR = (s, p) -> false;
    private static final GuardRejectedCallback NO_GUARD_REPLY = (s, p, g) -> null;
    private static final HandlerErrorCallback NO_ERROR_REPLY = (s, p, e) -> null;

    private final Map<Class<?>, List<Route<?>>> routes;
    private final GuardRejectedCallback guardRejected;
    private final HandlerErrorCallback handlerError;
    private final Interceptor interceptor;
    private final Set<Class<?>> blocking;
    private final Set<Class<?>> inline;

    private Routes(Builder b) {
        this.inline = Set.copyOf(b.inline);
        this.blocking = Set.copyOf(b.blocking);
        Map<Class<?>, List<Route<?>>> copy = new LinkedHashMap<>();
        b.routes.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        this.routes = Collections.unmodifiableMap(copy);
        this.guardRejected = b.guardRejected;
        this.handlerError = b.handlerError;
        this.interceptor = b.interceptor;
    }

    /** @return a new, empty builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding every route and callback of these routes, to add or replace some */
    public Builder toBuilder() {
        Builder b = new Builder();
        routes.forEach((k, v) -> b.routes.put(k, new ArrayList<>(v)));
        b.guardRejected = guardRejected;
        b.handlerError = handlerError;
        b.interceptor = interceptor;
        b.blocking.addAll(blocking);
        b.inline.addAll(inline);
        return b;
    }

    /**
     * Whether a packet class may be handled on the I/O thread that read it, when its session has nothing queued.
     *
     * @param type a packet class
     * @return whether all its routes were registered with {@link Builder#onInline}
     */
    public boolean isInline(Class<?> type) {
        return inline.contains(type);
    }

    /**
     * Whether a packet class is handled off the game executor: its routes may block (storage, files, other
     * services), so the server runs them on its blocking pool, still in the session's order.
     *
     * @param type a packet class
     * @return whether any of its routes was registered with {@link Builder#onBlocking}
     */
    public boolean isBlocking(Class<?> type) {
        return blocking.contains(type);
    }

    /**
     * @param type a packet class
     * @return its routes in registration order; empty when none
     */
    public List<Route<?>> routesFor(Class<?> type) {
        List<Route<?>> r = routes.get(type);
        return r == null ? List.of() : r;
    }

    /** @return every routed packet class, in first-registration order */
    public Set<Class<?>> types() {
        return routes.keySet();
    }

    /** @return the guard-rejection callback (never {@code null}) */
    public GuardRejectedCallback guardRejected() {
        return guardRejected;
    }

    /** @return the handler-error callback (never {@code null}) */
    public HandlerErrorCallback handlerError() {
        return handlerError;
    }

    /** @return the interceptor (never {@code null}; the default takes nothing over) */
    public Interceptor interceptor() {
        return interceptor;
    }

    /** Collects routes; {@link #build()} freezes them. */
    public static final class Builder {

        private final Map<Class<?>, List<Route<?>>> routes = new LinkedHashMap<>();
        private GuardRejectedCallback guardRejected = NO_GUARD_REPLY;
        private HandlerErrorCallback handlerError = NO_ERROR_REPLY;
        private Interceptor interceptor = NO_INTERCEPTOR;
        private final Set<Class<?>> blocking = new HashSet<>();
        private final Set<Class<?>> inline = new HashSet<>();

        private Builder() {}

        /**
         * Adds a short handler that never blocks and that may run on the I/O thread that read its packet: when the
         * session has nothing queued, the packet is handled at once there, saving two thread hand-offs (live game
         * statistics); otherwise it is queued in the session's order as usual. A later {@link #on} or
         * {@link #onBlocking} of the same class takes this away (all routes of an inline class must be inline).
         *
         * @param type    the packet class
         * @param handler the handler
         * @param guards  its guards, checked in order
         * @param <T>     the packet type
         * @return this builder
         */
        public <T> Builder onInline(Class<T> type, Handler<? super T> handler, Guard... guards) {
            boolean allInline = !routes.containsKey(type) || inline.contains(type);
            on(type, handler, guards);
            if (allInline) {
                inline.add(type);
            }
            return this;
        }

        /**
         * Adds a handler that may block (storage, files, other services) after any handlers already registered for
         * the class. Packets of the class then run on the server's blocking pool instead of the game executor, in
         * the session's order: the session's next packet waits for it, other sessions do not.
         *
         * @param type    the packet class
         * @param handler the handler
         * @param guards  its guards, checked in order
         * @param <T>     the packet type
         * @return this builder
         */
        public <T> Builder onBlocking(Class<T> type, Handler<? super T> handler, Guard... guards) {
            on(type, handler, guards);
            blocking.add(type);
            inline.remove(type);
            return this;
        }

        /**
         * Adds a handler after any handlers already registered for the class.
         *
         * @param type    the packet class
         * @param handler the handler
         * @param guards  its guards, checked in order
         * @param <T>     the packet type
         * @return this builder
         */
        public <T> Builder on(Class<T> type, Handler<? super T> handler, Guard... guards) {
            inline.remove(type);
            Route<T> route = new Route<>(type, handler, List.of(guards));
            routes.computeIfAbsent(type, k -> new ArrayList<>()).add(route);
            return this;
        }

        /**
         * Replaces every handler of the class with this one.
         *
         * @param type    the packet class
         * @param handler the handler
         * @param guards  its guards, checked in order
         * @param <T>     the packet type
         * @return this builder
         */
        public <T> Builder replace(Class<T> type, Handler<? super T> handler, Guard... guards) {
            remove(type);
            return on(type, handler, guards);
        }

        /**
         * Removes every handler of the class (its packets are then dropped with a debug log line).
         *
         * @param type the packet class
         * @return this builder
         */
        public Builder remove(Class<?> type) {
            routes.remove(type);
            blocking.remove(type);
            inline.remove(type);
            return this;
        }

        /**
         * Sets the reply for guard rejections of guards without their own reply.
         *
         * @param callback the callback
         * @return this builder
         */
        public Builder onGuardRejected(GuardRejectedCallback callback) {
            this.guardRejected = Objects.requireNonNull(callback, "callback");
            return this;
        }

        /**
         * Sets the reply after a handler failure.
         *
         * @param callback the callback
         * @return this builder
         */
        public Builder onHandlerError(HandlerErrorCallback callback) {
            this.handlerError = Objects.requireNonNull(callback, "callback");
            return this;
        }

        /**
         * Sets the interceptor that sees every packet before its routes (one per routes table).
         *
         * @param value the interceptor
         * @return this builder
         */
        public Builder interceptor(Interceptor value) {
            this.interceptor = Objects.requireNonNull(value, "interceptor");
            return this;
        }

        /** @return the immutable routes */
        public Routes build() {
            return new Routes(this);
        }
    }
}

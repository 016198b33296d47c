package io.mozart.encore.route;

import io.mozart.encore.session.Session;
import java.util.ArrayList;
import java.util.Collections;
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

    private Routes(Builder b) {
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
        return b;
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

        private Builder() {}

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
            routes.remove(type);
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

package io.mozart.server.game;

import io.mozart.encore.route.Guard;
import io.mozart.encore.route.Handler;
import io.mozart.encore.route.Routes;
import io.mozart.server.protocol.ClientMessage;
import io.mozart.server.protocol.Reply;

/**
 * The game's typed view of a {@link Routes.Builder}: a route is keyed by a {@link ClientMessage} and its
 * handler answers with a {@link Reply}, so routing a response or replying with a request does not compile.
 * Routes added here are ordinary encore routes (same order, guards and replies); raw frames, interceptors and
 * callbacks stay on {@link #builder()}.
 */
public final class GameRoutes {

    private final Routes.Builder builder;

    private GameRoutes(Routes.Builder builder) {
        this.builder = builder;
    }

    /**
     * @param builder the encore routes to add to
     * @return the typed view of them
     */
    public static GameRoutes of(Routes.Builder builder) {
        return new GameRoutes(builder);
    }

    /** @return the encore routes underneath */
    public Routes.Builder builder() {
        return builder;
    }

    /**
     * Adds a handler after any handlers already registered for the request.
     *
     * @param type    the request class
     * @param handler the handler
     * @param guards  its guards, checked in order
     * @param <Q>     the request type
     * @return this view
     */
    public <Q extends ClientMessage> GameRoutes on(Class<Q> type, GameHandler<? super Q> handler, Guard... guards) {
        builder.on(type, handler(handler), guards);
        return this;
    }

    /**
     * Adds a handler that may block (storage): {@link Routes.Builder#onBlocking}, the session's order kept.
     *
     * @param type    the request class
     * @param handler the handler
     * @param guards  its guards, checked in order
     * @param <Q>     the request type
     * @return this view
     */
    public <Q extends ClientMessage> GameRoutes onBlocking(
            Class<Q> type, GameHandler<? super Q> handler, Guard... guards) {
        builder.onBlocking(type, handler(handler), guards);
        return this;
    }

    /**
     * Adds a short handler that never blocks and may run on the I/O thread: {@link Routes.Builder#onInline}.
     *
     * @param type    the request class
     * @param handler the handler
     * @param guards  its guards, checked in order
     * @param <Q>     the request type
     * @return this view
     */
    public <Q extends ClientMessage> GameRoutes onInline(
            Class<Q> type, GameHandler<? super Q> handler, Guard... guards) {
        builder.onInline(type, handler(handler), guards);
        return this;
    }

    /**
     * Replaces every handler of the request with this one.
     *
     * @param type    the request class
     * @param handler the handler
     * @param guards  its guards, checked in order
     * @param <Q>     the request type
     * @return this view
     */
    public <Q extends ClientMessage> GameRoutes replace(
            Class<Q> type, GameHandler<? super Q> handler, Guard... guards) {
        builder.replace(type, handler(handler), guards);
        return this;
    }

    /**
     * @param handler a game handler
     * @param <Q>     the request type
     * @return the same handler in encore's terms: its reply as one record, a list of records, or {@code null}
     */
    public static <Q extends ClientMessage> Handler<Q> handler(GameHandler<? super Q> handler) {
        return (session, request) -> wire(handler.handle(session, request));
    }

    /**
     * @param reply a reply, or {@code null}
     * @return what an encore handler returns for it: {@code null}, the one message, or the list of messages
     */
    public static Object wire(Reply reply) {
        return reply instanceof Reply.Many many ? many.messages() : reply;
    }
}

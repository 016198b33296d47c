package io.mozart.encore.route;

import io.mozart.encore.session.Session;
import java.util.List;
import java.util.Objects;

/**
 * One handler of a packet class with its guards, in check order.
 *
 * @param type    the packet class
 * @param handler the handler
 * @param guards  the guards, checked in order before the handler
 * @param <T>     the packet type
 */
public record Route<T>(Class<T> type, Handler<? super T> handler, List<Guard> guards) {

    /**
     * Validates and copies.
     *
     * @param type    the packet class
     * @param handler the handler
     * @param guards  the guards
     */
    public Route {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(handler, "handler");
        guards = List.copyOf(guards);
    }

    /**
     * @param session the session
     * @return the first guard that rejects the session, or {@code null} when all pass
     */
    public Guard firstRejecting(Session session) {
        for (Guard g : guards) {
            if (!g.test(session)) {
                return g;
            }
        }
        return null;
    }

    /**
     * Runs the handler.
     *
     * @param session the session
     * @param packet  a packet of type {@code T}
     * @return the handler's reply
     * @throws Exception whatever the handler throws
     */
    public Object invoke(Session session, Object packet) throws Exception {
        return handler.handle(session, type.cast(packet));
    }
}

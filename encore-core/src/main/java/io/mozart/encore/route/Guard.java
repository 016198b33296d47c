package io.mozart.encore.route;

import io.mozart.encore.session.Session;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A precondition of a route, checked on the game executor right before its handler, in the session's order
 * (so it sees every phase change made by earlier handlers). When a guard rejects, the handler does not run;
 * the rejection reply ({@link #rejectionReply()}, else the routes' {@code onGuardRejected} callback) is sent
 * when it is not {@code null}; one line is logged and the metric {@code guardRejections} counts it.
 */
public interface Guard {

    /**
     * @param session the session
     * @return whether the handler may run
     */
    boolean test(Session session);

    /** @return a short name for logs */
    String name();

    /**
     * @return this guard's own rejection reply (a function of the session returning a record, a list of
     *         records or {@code null}), or {@code null} when the routes' callback decides
     */
    default Function<Session, Object> rejectionReply() {
        return null;
    }

    /**
     * This guard with its own rejection reply.
     *
     * @param reply makes the reply for a rejected session (may return {@code null} for none)
     * @return a new guard with the same test and name
     */
    default Guard orReply(Function<Session, Object> reply) {
        Objects.requireNonNull(reply, "reply");
        Guard self = this;
        return new Guard() {
            @Override
            public boolean test(Session session) {
                return self.test(session);
            }

            @Override
            public String name() {
                return self.name();
            }

            @Override
            public Function<Session, Object> rejectionReply() {
                return reply;
            }

            @Override
            public String toString() {
                return "Guard[" + self.name() + "]";
            }
        };
    }

    /**
     * A guard from a predicate.
     *
     * @param name      a short name for logs
     * @param predicate the test
     * @return the guard
     */
    static Guard of(String name, Predicate<Session> predicate) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(predicate, "predicate");
        return new Guard() {
            @Override
            public boolean test(Session session) {
                return predicate.test(session);
            }

            @Override
            public String name() {
                return name;
            }

            @Override
            public String toString() {
                return "Guard[" + name + "]";
            }
        };
    }

    /**
     * A guard that passes when the session's phase equals one of the given phases.
     *
     * @param allowedPhases the accepted phases (at least one)
     * @return the guard, named {@code phase[A,B]}
     */
    static Guard phase(Object... allowedPhases) {
        if (allowedPhases.length == 0) {
            throw new IllegalArgumentException("at least one phase");
        }
        List<Object> allowed = List.of(allowedPhases);
        String name = "phase" + Arrays.toString(allowedPhases).replace(" ", "");
        return of(name, session -> allowed.contains(session.phase()));
    }
}

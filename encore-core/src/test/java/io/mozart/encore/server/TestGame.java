package io.mozart.encore.server;

import io.mozart.encore.codec.EncodeException;
import io.mozart.encore.route.Guard;
import io.mozart.encore.route.Routes;
import io.mozart.encore.session.AttributeKey;
import io.mozart.encore.session.Session;
import io.mozart.encore.testproto.TestProtocol;
import io.mozart.encore.testproto.TestProtocol.Blob;
import io.mozart.encore.testproto.TestProtocol.Boom;
import io.mozart.encore.testproto.TestProtocol.Denied;
import io.mozart.encore.testproto.TestProtocol.Failed;
import io.mozart.encore.testproto.TestProtocol.Login;
import io.mozart.encore.testproto.TestProtocol.LoginOk;
import io.mozart.encore.testproto.TestProtocol.Multi;
import io.mozart.encore.testproto.TestProtocol.Note;
import io.mozart.encore.testproto.TestProtocol.Phase;
import io.mozart.encore.testproto.TestProtocol.Ping;
import io.mozart.encore.testproto.TestProtocol.Pong;
import io.mozart.encore.testproto.TestProtocol.Secret;
import io.mozart.encore.testproto.TestProtocol.SecretReply;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/** The made-up game the integration tests run: routes, guards and a record of what happened. */
final class TestGame {

    static final AttributeKey<AtomicInteger> IN_FLIGHT = AttributeKey.of("inFlight");
    static final AttributeKey<Queue<String>> EVENTS = AttributeKey.of("events");

    /** Set when two handlers of one session ever overlapped. */
    final AtomicInteger overlaps = new AtomicInteger();
    /** Every session's events, in order; filled by handlers and callbacks. */
    final Queue<String> log = new ConcurrentLinkedQueue<>();

    final AtomicInteger closedCallbacks = new AtomicInteger();
    volatile long pingDelayMillis;

    Routes routes() {
        return Routes.builder()
                .on(Ping.class, this::ping)
                .on(Login.class, this::login)
                .on(Secret.class, (s, m) -> new SecretReply(m.value()), Guard.phase(Phase.AUTHORIZED))
                .on(
                        Secret.class,
                        (s, m) -> new Note("never"),
                        Guard.of("admin", s -> false).orReply(s -> new Denied("admin-own")))
                .on(Boom.class, (s, m) -> {
                    throw new IllegalStateException("boom " + m.code());
                })
                .on(Multi.class, (s, m) -> new Note("first"))
                .on(Multi.class, (s, m) -> List.of(new Note("second-a"), new Note("second-b")))
                .on(Blob.class, this::blob)
                .onGuardRejected((s, p, g) -> new Denied(g.name()))
                .onHandlerError((s, p, t) -> new Failed(t.getMessage()))
                .build();
    }

    EncoreServer.Builder server(EncoreOptions options) {
        return EncoreServer.builder()
                .address("127.0.0.1")
                .port(0)
                .registry(TestProtocol.REGISTRY)
                .routes(routes())
                .options(options)
                .onSessionOpened(s -> {
                    s.set(EVENTS, new ConcurrentLinkedQueue<>());
                    s.get(EVENTS).add("opened");
                })
                .onSessionClosed(s -> {
                    closedCallbacks.incrementAndGet();
                    Queue<String> ev = s.get(EVENTS);
                    if (ev != null) {
                        ev.add("closed");
                        log.add(s.id() + ":" + String.join(",", ev));
                    }
                });
    }

    private Object ping(Session s, Ping p) throws InterruptedException {
        AtomicInteger inFlight = s.computeIfAbsent(IN_FLIGHT, AtomicInteger::new);
        if (inFlight.incrementAndGet() != 1) {
            overlaps.incrementAndGet();
        }
        try {
            if (pingDelayMillis > 0) {
                Thread.sleep(pingDelayMillis);
            }
            Queue<String> ev = s.get(EVENTS);
            if (ev != null && pingDelayMillis > 0) {
                ev.add("ping" + p.seq());
            }
            return new Pong(p.client(), p.seq());
        } finally {
            inFlight.decrementAndGet();
        }
    }

    private Object login(Session s, Login l) {
        if (l.name().equals("bye")) {
            s.send(new Note("bye"));
            s.close("asked to leave");
            return null;
        }
        s.phase(Phase.AUTHORIZED);
        return new LoginOk(s.id());
    }

    private Object blob(Session s, Blob b) {
        if (b.seq() == -1) {
            // Reply too large for a frame: the framework must refuse to send it.
            return new Blob(0, true, new byte[40_000]);
        }
        if (b.seq() == -2) {
            try {
                s.send(new Blob(0, true, new byte[40_000]));
                return new Note("sent?!");
            } catch (EncodeException e) {
                return new Note("refused: " + e.getMessage());
            }
        }
        return b;
    }
}

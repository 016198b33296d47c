package io.mozart.encore.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mozart.encore.client.EncoreClient;
import io.mozart.encore.testproto.TestProtocol;
import io.mozart.encore.testproto.TestProtocol.Boom;
import io.mozart.encore.testproto.TestProtocol.Denied;
import io.mozart.encore.testproto.TestProtocol.Failed;
import io.mozart.encore.testproto.TestProtocol.Ping;
import io.mozart.encore.testproto.TestProtocol.Pong;
import io.mozart.encore.testproto.TestProtocol.Secret;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** The handler observer over real sockets: one call per handler run with request, reply and a duration. */
class HandlerObserverIT {

    private static final Duration WAIT = Duration.ofSeconds(10);

    private record Seen(long session, Object request, Object reply, long nanos) {}

    @Test
    void everyHandlerRunIsObservedButGuardRejectionsAreNot() {
        List<Seen> seen = new CopyOnWriteArrayList<>();
        EncoreServer server = new TestGame()
                .server(EncoreOptions.builder().gameThreads(2).build())
                .observer((session, request, reply, nanos) -> seen.add(new Seen(session.id(), request, reply, nanos)))
                .start();
        try (EncoreClient c = EncoreClient.connect("127.0.0.1", server.port(), TestProtocol.REGISTRY)) {
            c.send(new Ping(1, 2));
            assertEquals(new Pong(1, 2), c.expect(Pong.class, WAIT));
            c.send(new Boom(3));
            assertEquals(new Failed("boom 3"), c.expect(Failed.class, WAIT));
            c.send(new Secret(4));
            c.expect(Denied.class, WAIT);
            c.expect(Denied.class, WAIT);
            c.send(new Ping(5, 6));
            assertEquals(new Pong(5, 6), c.expect(Pong.class, WAIT));
        } finally {
            server.close();
        }
        assertEquals(3, seen.size(), seen::toString);
        assertEquals(new Ping(1, 2), seen.get(0).request());
        assertEquals(new Pong(1, 2), seen.get(0).reply());
        assertEquals(new Boom(3), seen.get(1).request());
        assertEquals(new Failed("boom 3"), seen.get(1).reply(), "a failed run reports the error callback's reply");
        assertEquals(new Ping(5, 6), seen.get(2).request());
        for (Seen s : seen) {
            assertTrue(s.nanos() >= 0, s::toString);
            assertEquals(seen.get(0).session(), s.session());
        }
        assertEquals(2, server.metrics().guardRejections());
    }
}

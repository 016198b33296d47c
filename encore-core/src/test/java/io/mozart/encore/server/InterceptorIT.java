package io.mozart.encore.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mozart.encore.client.EncoreClient;
import io.mozart.encore.testproto.TestProtocol;
import io.mozart.encore.testproto.TestProtocol.Note;
import io.mozart.encore.testproto.TestProtocol.Orphan;
import io.mozart.encore.testproto.TestProtocol.Ping;
import io.mozart.encore.testproto.TestProtocol.Pong;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The routes' interceptor: sees every packet first, routed or not, and may take it over. */
class InterceptorIT {

    private static final Duration WAIT = Duration.ofSeconds(10);

    private final TestGame game = new TestGame();
    private EncoreServer server;
    private EncoreClient client;

    @BeforeEach
    void start() {
        server = EncoreServer.builder()
                .address("127.0.0.1")
                .port(0)
                .registry(TestProtocol.REGISTRY)
                .routes(game.routes().toBuilder()
                        .interceptor((s, p) -> {
                            if (p instanceof Orphan o) {
                                s.send(new Note("intercepted " + o.x()));
                                return true;
                            }
                            if (p instanceof Ping ping && ping.client() == 7) {
                                throw new IllegalStateException("interceptor failure");
                            }
                            return p instanceof Ping ping && ping.client() == 9;
                        })
                        .build())
                .start();
        client = EncoreClient.connect("127.0.0.1", server.port(), TestProtocol.REGISTRY);
    }

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    @Test
    void seesPacketsWithoutRoutesTakesSomeOverAndPassesTheRest() {
        client.send(new Orphan(5));
        assertEquals(new Note("intercepted 5"), client.expect(Note.class, WAIT));
        client.send(new Ping(9, 1));
        client.send(new Ping(7, 2));
        client.send(new Ping(1, 3));
        // The two taken over (one of them by failing) get no reply; the third reaches its route.
        assertEquals(new Pong(1, 3), client.expect(Pong.class, WAIT));
        assertTrue(client.isConnected());
        assertEquals(1, server.metrics().handlerErrors());
    }
}
